package uk.plymouth.wellbeing.signposting.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GroundingCheckTest {

    static final Set<String> DIRECTORY = Set.of("Walking Football", "Four Greens Wellbeing and Family Hub",
            "Debt advice drop-in", "Art", "Stop Smoking Clinic", "Football", "Walking Football Plus");
    static final GroundingFacts TOOLS_GAVE = GroundingFacts.none(DIRECTORY)
            .with(List.of("01752 306 300"), List.of(10 * 60, 14 * 60 + 30), List.of("Walking Football",
                    "Four Greens Wellbeing and Family Hub"));

    static Grounding check(String reply) {
        return GroundingCheck.check(reply, TOOLS_GAVE);
    }

    static List<Grounding.Kind> kinds(String reply) {
        return check(reply).problems().stream().map(Grounding.Problem::kind).toList();
    }

    @Test
    void aReplyGivingOnlyWhatTheToolsReturnedIsGrounded() {
        assertThat(check("Walking Football is at Four Greens Wellbeing and Family Hub on Tuesdays at 10am and 2.30pm."
                + " Call them on 01752 306300 or +44 (0)1752 306 300.").grounded()).isTrue();
        assertThat(check("Reply 1 or 2 for details. In danger? Call 999, Samaritans on 116 123 or text SHOUT to"
                + " 85258, or NHS 111.").grounded()).isTrue();
        assertThat(check("It costs £3.50 and lasts 1.5 hours.").grounded()).as("prices are not times").isTrue();
    }

    @Test
    void anInventedPhoneNumberIsCaughtHoweverItIsWritten() {
        assertThat(kinds("Ring 01752 999888 to book.")).containsExactly(Grounding.Kind.PHONE);
        assertThat(kinds("Call 0800-123-4567 free.")).containsExactly(Grounding.Kind.PHONE);
        assertThat(kinds("Or +447700900123.")).containsExactly(Grounding.Kind.PHONE);
        assertThat(kinds("Text HELP to 60777.")).containsExactly(Grounding.Kind.PHONE);
        assertThat(check("Ring 01752 999888").problems().get(0).value()).isEqualTo("01752999888");
    }

    @Test
    void anInventedTimeIsCaught() {
        assertThat(kinds("Walking Football starts at 11am.")).containsExactly(Grounding.Kind.TIME);
        assertThat(kinds("Doors open 9.30, see you then")).containsExactly(Grounding.Kind.TIME);
        assertThat(kinds("from 14:00")).containsExactly(Grounding.Kind.TIME);
        assertThat(kinds("at midday")).containsExactly(Grounding.Kind.TIME);
        assertThat(kinds("at 10:00 or 2:30 pm")).isEmpty();
    }

    @Test
    void aDirectoryNameTheToolsDidNotReturnIsCaughtAsWholeWordsOnly() {
        assertThat(kinds("You could also try the Stop Smoking Clinic.")).containsExactly(Grounding.Kind.NAME);
        assertThat(kinds("There is a debt advice drop-in too.")).containsExactly(Grounding.Kind.NAME);
        assertThat(kinds("Take heart: the hearts of our volunteers are big.")).as("'Art' only as a word").isEmpty();
    }

    @Test
    void aDirectoryNameInsideAReturnedNameIsNotCaughtButOneOutsideItIs() {
        assertThat(kinds("Walking Football is on Tuesdays.")).as("'Football' is part of a returned name").isEmpty();
        assertThat(kinds("Walking Football is on Tuesdays, and there is other football too."))
                .containsExactly(Grounding.Kind.NAME);
        assertThat(kinds("Try Walking Football Plus.")).as("a longer name holding a returned one")
                .containsExactly(Grounding.Kind.NAME);
    }

    @Test
    void itsDescriptionNamesOnlyTheKindsNeverTheNumbers() {
        assertThat(check("Ring 01752 999888 at 11am").toString()).isEqualTo("Grounding[PHONE, TIME]")
                .doesNotContain("999888");
    }
}
