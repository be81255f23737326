package uk.plymouth.wellbeing.signposting.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.plymouth.wellbeing.signposting.problems.ProblemKind;

/** How a text saying a listing is wrong is read: the keyword at the start, what is wrong, and the rest as the note. */
class ProblemWordsTest {

    @Test
    void theKeywordsAndPhrasesSayWhatIsWrongWhenTheyCan() {
        assertThat(ProblemWords.read("WRONG")).isEqualTo(new ProblemWords(ProblemKind.OTHER, null));
        assertThat(ProblemWords.read("wrong.")).isEqualTo(new ProblemWords(ProblemKind.OTHER, null));
        assertThat(ProblemWords.read("That's wrong!")).isEqualTo(new ProblemWords(ProblemKind.OTHER, null));
        assertThat(ProblemWords.read("thats not right")).isEqualTo(new ProblemWords(ProblemKind.OTHER, null));
        assertThat(ProblemWords.read("its wrong")).isEqualTo(new ProblemWords(ProblemKind.OTHER, null));
        assertThat(ProblemWords.read("It\u2019s closed")).isEqualTo(new ProblemWords(ProblemKind.CLOSED, null));
        assertThat(ProblemWords.read("it was closed")).isEqualTo(new ProblemWords(ProblemKind.CLOSED, null));
        assertThat(ProblemWords.read("wrong number")).isEqualTo(new ProblemWords(ProblemKind.PHONE_NOT_WORKING,
                null));
        assertThat(ProblemWords.read("Wrong phone number")).isEqualTo(new ProblemWords(
                ProblemKind.PHONE_NOT_WORKING, null));
        assertThat(ProblemWords.read("wrong time")).isEqualTo(new ProblemWords(ProblemKind.WRONG_TIME, null));
        assertThat(ProblemWords.read("wrong day")).isEqualTo(new ProblemWords(ProblemKind.WRONG_TIME, null));
    }

    @Test
    void theRestOfTheWordsAreTheNoteAndMaySayWhatIsWrong() {
        assertThat(ProblemWords.read("WRONG they moved to Tuesdays")).isEqualTo(new ProblemWords(
                ProblemKind.WRONG_TIME, "they moved to Tuesdays"));
        assertThat(ProblemWords.read("wrong - it was shut when I got there")).isEqualTo(new ProblemWords(
                ProblemKind.CLOSED, "it was shut when I got there"));
        assertThat(ProblemWords.read("that's wrong, nobody answers the phone")).isEqualTo(new ProblemWords(
                ProblemKind.PHONE_NOT_WORKING, "nobody answers the phone"));
        assertThat(ProblemWords.read("it was closed, sign on the door says moved to the library")).isEqualTo(
                new ProblemWords(ProblemKind.CLOSED, "sign on the door says moved to the library"));
        assertThat(ProblemWords.read("Wrong: the cafe is upstairs now")).isEqualTo(new ProblemWords(
                ProblemKind.OTHER, "the cafe is upstairs now"));
    }

    @Test
    void wordsThatOnlyMentionWrongOrClosedAreNotAReport() {
        assertThat(ProblemWords.read("wrongful dismissal advice")).isNull();
        assertThat(ProblemWords.read("I was given the wrong advice about benefits")).isNull();
        assertThat(ProblemWords.read("is the food bank closed on monday")).isNull();
        assertThat(ProblemWords.read("its a closed group?")).isNull();
        assertThat(ProblemWords.read("itsy bitsy")).isNull();
        assertThat(ProblemWords.read("")).isNull();
    }

    @Test
    void wrongNumberAloneIsToldApartFromAReportWithWords() {
        assertThat(ProblemWords.isWrongNumberAlone("Wrong number")).isTrue();
        assertThat(ProblemWords.isWrongNumberAlone("that's the wrong number")).isTrue();
        assertThat(ProblemWords.isWrongNumberAlone("wrong number, stop")).isFalse();
        assertThat(ProblemWords.isWrongNumberAlone("wrong number for the food bank")).isFalse();
    }
}
