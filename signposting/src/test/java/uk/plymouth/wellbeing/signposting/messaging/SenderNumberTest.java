package uk.plymouth.wellbeing.signposting.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Senders of texts read with libphonenumber: one number whatever its formatting; invalid numbers are nobody. */
class SenderNumberTest {

    @ParameterizedTest
    @CsvSource({
        "+12025550123, +12025550123",
        "+1 202 555 0123, +12025550123",
        "+1 (202) 555-0123, +12025550123",
        "0012025550123, +12025550123",
        "+48 601 234 567, +48601234567",
        "+447911123456, +447911123456",
        "+44 7911 123456, +447911123456",
        "07911 123456, +447911123456",
        "+447700900123, +447700900123",
        "+441752123456, +441752123456"})
    void readsOneNumberWhateverItsFormatting(String from, String e164) {
        assertThat(SenderNumber.read(from)).map(PhoneNumber::e164).contains(e164);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+440000000000", "+44000", "+10000000000", "+999123456789", "VODAFONE", "", "  ",
        "12345", "+44 7911 12345\n6", "+447911123456; drop"})
    void isNobodyForAnythingThatIsNotAValidNumber(String from) {
        assertThat(SenderNumber.read(from)).isEmpty();
    }
}
