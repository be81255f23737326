package uk.plymouth.wellbeing.signposting.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import uk.plymouth.wellbeing.signposting.messaging.InvalidPhoneNumberException.Problem;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"07700 900123", "07700900123", "+44 7700 900123", "+447700900123", "0044 7700 900123",
            "00447700900123", "(07700) 900-123", "07700-900-123", "07700.900.123", "  07700 900 123  ",
            "+44 (0)7700 900123", "+44 (0) 7700 900 123", "447700900123", "7700 900123", "07700\u00A0900123",
            "07700 – 900123"})
    void readsTheWaysResidentsTypeAMobileNumber(String typed) {
        PhoneNumber number = PhoneNumber.parseUkMobile(typed);

        assertThat(number.e164()).isEqualTo("+447700900123");
        assertThat(number.isMobile()).isTrue();
    }

    @Test
    void showsTheNumberAsPeopleInTheUkWriteItForStaffToDial() {
        assertThat(PhoneNumber.parseUk("+441752 304 000").national()).isEqualTo("01752 304000");
        assertThat(PhoneNumber.parseUkMobile("+447700900123").national()).isEqualTo("07700 900123");
        assertThat(PhoneNumber.parseUk("020 7946 0000").national()).isEqualTo("020 7946 0000");
    }

    @Test
    void acceptsOfcomDramaNumbersAsMobilesThoughLibphonenumberDoesNot() {
        assertThat(PhoneNumber.parseUkMobile("07700 900000").e164()).isEqualTo("+447700900000");
        assertThat(PhoneNumber.parseUkMobile("07700 900999").isMobile()).isTrue();
        assertThat(PhoneNumber.parseUk("01632 960100").isMobile()).isFalse();
    }

    @Test
    void acceptsRealMobileRangesIncludingTheCrownDependencies() {
        assertThat(PhoneNumber.parseUkMobile("07400 123456").e164()).isEqualTo("+447400123456");
        assertThat(PhoneNumber.parseUkMobile("07911 123456").isMobile()).isTrue();
        assertThat(PhoneNumber.parseUkMobile("07624 300123").isMobile()).isTrue();
    }

    @Test
    void readsLandlinesWhenAMobileIsNotNeeded() {
        PhoneNumber library = PhoneNumber.parseUk("020 7946 0000");

        assertThat(library.e164()).isEqualTo("+442079460000");
        assertThat(library.isMobile()).isFalse();
        assertThat(PhoneNumber.parseUk("0113 496 0000").e164()).isEqualTo("+441134960000");
        assertThat(PhoneNumber.parseUk("0800 123456").e164()).isEqualTo("+44800123456");
        assertThat(PhoneNumber.parseUk("+44 7700 900123").isMobile()).isTrue();
    }

    @Test
    void masksAllButTheCountryCodeAndLastThreeDigits() {
        PhoneNumber number = PhoneNumber.parseUkMobile("07700 900123");

        assertThat(number.masked()).isEqualTo("+44*******123");
        assertThat(number.toString()).isEqualTo("+44*******123").doesNotContain("900");
        assertThat(new TextMessage(number, "Hello").toString()).contains("+44*******123").doesNotContain("7700");
        assertThat(PhoneNumber.parseUk("0800 123456").masked()).isEqualTo("+44******456");
    }

    @Test
    void refusesSomethingThatIsNotE164() {
        assertThatThrownBy(() -> new PhoneNumber("07700900123")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("07700");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void asksForANumberWhenNothingWasTyped(String typed) {
        assertProblem(() -> PhoneNumber.parseUkMobile(typed), Problem.EMPTY,
                "Please type your mobile number, for example 07700 900123.");
        assertProblem(() -> PhoneNumber.parseUk(typed), Problem.EMPTY,
                "Please type a phone number, for example 07700 900123.");
    }

    @Test
    void asksForOnlyNumbers() {
        assertProblem(() -> PhoneNumber.parseUkMobile("07700 9OO123"), Problem.NOT_DIGITS,
                "Please type only the numbers, for example 07700 900123.");
        assertProblem(() -> PhoneNumber.parseUkMobile("call me"), Problem.NOT_DIGITS,
                "Please type only the numbers, for example 07700 900123.");
    }

    @Test
    void countsTheDigitsOfAMobileNumberThatIsTooShortOrTooLong() {
        assertProblem(() -> PhoneNumber.parseUkMobile("07700 9001"), Problem.TOO_SHORT,
                "That number has 9 digits. UK mobile numbers have 11 digits, starting 07.");
        assertProblem(() -> PhoneNumber.parseUkMobile("07700 9001234"), Problem.TOO_LONG,
                "That number has 12 digits. UK mobile numbers have 11 digits, starting 07.");
        assertProblem(() -> PhoneNumber.parseUk("07700 90012"), Problem.TOO_SHORT,
                "That number has 10 digits. UK mobile numbers have 11 digits, starting 07.");
        assertProblem(() -> PhoneNumber.parseUkMobile("0"), Problem.TOO_SHORT,
                "That number has 1 digit. UK mobile numbers have 11 digits, starting 07.");
    }

    @Test
    void countsTheDigitsAfterPlus44() {
        assertProblem(() -> PhoneNumber.parseUkMobile("+44 7700 9001"), Problem.TOO_SHORT,
                "That number has 8 digits after +44. UK mobile numbers have 10 digits after +44, starting 7.");
        assertProblem(() -> PhoneNumber.parseUkMobile("+44 7700 9001234"), Problem.TOO_LONG,
                "That number has 11 digits after +44. UK mobile numbers have 10 digits after +44, starting 7.");
    }

    @Test
    void countsTheDigitsOfOtherNumbersAndRemindsOfTheAreaCode() {
        assertProblem(() -> PhoneNumber.parseUk("960100"), Problem.TOO_SHORT,
                "That number has 6 digits. UK phone numbers have 10 or 11 digits, starting 0. Remember the area code.");
        assertProblem(() -> PhoneNumber.parseUk("01632 9601001"), Problem.TOO_LONG,
                "That number has 12 digits. UK phone numbers have 10 or 11 digits, starting 0.");
    }

    @Test
    void saysWhenANumberIsNotFromTheUk() {
        assertProblem(() -> PhoneNumber.parseUkMobile("+33 6 12 34 56 78"), Problem.NOT_UK,
                "That is not a UK number. We can only text UK mobile numbers, which start 07.");
        assertProblem(() -> PhoneNumber.parseUkMobile("001 202 555 0123"), Problem.NOT_UK,
                "That is not a UK number. We can only text UK mobile numbers, which start 07.");
        assertProblem(() -> PhoneNumber.parseUk("+1 202 555 0123"), Problem.NOT_UK,
                "That is not a UK number. Please type a UK number, starting 0 or +44.");
    }

    @Test
    void saysWhenATextCannotReachTheNumber() {
        assertProblem(() -> PhoneNumber.parseUkMobile("01752 123456"), Problem.NOT_MOBILE,
                "That looks like a landline number. We can only text mobile numbers, which start 07.");
        assertProblem(() -> PhoneNumber.parseUkMobile("020 7946 0000"), Problem.NOT_MOBILE,
                "That looks like a landline number. We can only text mobile numbers, which start 07.");
        assertProblem(() -> PhoneNumber.parseUkMobile("01632 960"), Problem.NOT_MOBILE,
                "That looks like a landline number. We can only text mobile numbers, which start 07.");
        assertProblem(() -> PhoneNumber.parseUkMobile("0800 123456"), Problem.NOT_MOBILE,
                "That number is not a mobile, so it cannot get texts. Please type a mobile number, starting 07.");
        assertProblem(() -> PhoneNumber.parseUkMobile("07600 123456"), Problem.NOT_MOBILE,
                "That number is not a mobile, so it cannot get texts. Please type a mobile number, starting 07.");
        assertProblem(() -> PhoneNumber.parseUkMobile("070 1234 5678"), Problem.NOT_MOBILE,
                "That number is not a mobile, so it cannot get texts. Please type a mobile number, starting 07.");
    }

    @Test
    void saysWhenNoUkNumberStartsThatWay() {
        assertProblem(() -> PhoneNumber.parseUk("06123 456789"), Problem.NOT_IN_USE,
                "That number does not look right: no UK numbers start like that. Please check it and try again.");
    }

    @Test
    void neverRepeatsTheTypedNumberInAMessage() {
        for (String typed : new String[] {"07700 9001", "+33 6 12 34 56 78", "01752 123456", "06123 456789"}) {
            InvalidPhoneNumberException problem =
                    catchThrowableOfType(() -> PhoneNumber.parseUkMobile(typed), InvalidPhoneNumberException.class);
            assertThat(problem.getMessage()).doesNotContain(typed.replace(" ", "").substring(0, 5));
        }
    }

    private static void assertProblem(org.assertj.core.api.ThrowableAssert.ThrowingCallable parse, Problem problem,
            String message) {
        InvalidPhoneNumberException thrown = catchThrowableOfType(parse, InvalidPhoneNumberException.class);
        assertThat(thrown).as("expected %s", problem).isNotNull();
        assertThat(thrown.problem()).isEqualTo(problem);
        assertThat(thrown.getMessage()).isEqualTo(message);
    }
}
