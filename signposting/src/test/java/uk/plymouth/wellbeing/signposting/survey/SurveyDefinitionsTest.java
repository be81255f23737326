package uk.plymouth.wellbeing.signposting.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.plymouth.wellbeing.signposting.catalogue.content.ContentProblem;

/**
 * Survey files in a content folder: good ones load with every version kept; each kind of fault is refused with the
 * file, the line and the field named.
 */
class SurveyDefinitionsTest {

    /** A small survey scored by sum, with a reversed question; line numbers matter to the tests below. */
    static final String MOOD = """
            id: mood
            version: 1
            title: Your mood
            intro: Two questions about your mood.
            consent: Answering is up to you.
            keyword: MOOD
            thanks: Thank you.
            scoring: sum
            bands:
              - {id: low, from: 2, to: 5, message: "You scored {score} out of 10: lower than most."}
              - {id: high, from: 6, to: 10, message: "You scored {score} out of 10: higher than most."}
            questions:
              - id: calm
                text: How calm have you felt?
                type: scale
                options:
                  - {value: 1, label: Not at all}
                  - {value: 2, label: A little}
                  - {value: 3, label: Somewhat}
                  - {value: 4, label: Mostly}
                  - {value: 5, label: Completely}
              - id: worried
                text: How worried have you felt?
                type: scale
                reversed: true
                options:
                  - {value: 1, label: Not at all}
                  - {value: 2, label: A little}
                  - {value: 3, label: Somewhat}
                  - {value: 4, label: Mostly}
                  - {value: 5, label: Completely}
            """;

    @TempDir
    Path content;

    @Test
    void loadsAGoodSurveyAndScoresReversedQuestionsTurnedRound() throws IOException {
        write("mood.yaml", MOOD);

        SurveyDefinitions surveys = load();

        Survey mood = surveys.current("mood").orElseThrow();
        assertThat(mood.version()).isEqualTo(1);
        assertThat(mood.questions()).extracting(Question::id).containsExactly("calm", "worried");
        assertThat(surveys.offered()).containsExactly(mood);
        assertThat(surveys.offeredByKeyword(" mood ")).contains(mood);

        SurveyScorer scorer = new SurveyScorer();
        SurveyResult calmButWorried = scorer.score(mood, List.of(Answer.number("calm", 5),
                Answer.number("worried", 5)));
        SurveyResult calmNotWorried = scorer.score(mood, List.of(Answer.number("calm", 5),
                Answer.number("worried", 1)));
        assertThat(calmButWorried.raw()).isEqualTo(6);
        assertThat(calmButWorried.bandId()).isEqualTo("high");
        assertThat(calmNotWorried.raw()).isEqualTo(10);
        assertThat(calmNotWorried.message()).isEqualTo("Thank you.\nYou scored 10 out of 10: higher than most.");
        assertThat(scorer.score(mood, List.of(Answer.number("calm", 1), Answer.number("worried", 2))).bandId())
                .isEqualTo("low");
    }

    @Test
    void noSurveyFolderMeansNoSurveys() {
        for (SurveyDefinitions surveys : List.of(load(),
                SurveyDefinitions.read("classpath:fixtures/content/", List.of()),
                SurveyDefinitions.read("classpath:no-such-folder/", List.of()))) {
            assertThat(surveys.offered()).isEmpty();
            assertThat(surveys.versionCount()).isZero();
        }
    }

    @Test
    void aScaleWithOneOptionIsRefused() throws IOException {
        write("mood.yaml", once(MOOD, """
                      - {value: 2, label: A little}
                      - {value: 3, label: Somewhat}
                      - {value: 4, label: Mostly}
                      - {value: 5, label: Completely}
                """, ""));

        assertRefusedWith("surveys/mood.yaml, line 17, field 'questions[1].options': a scale question needs at least"
                + " 2 options");
    }

    @Test
    void aMisspeltFieldIsNamedWithASuggestion() throws IOException {
        write("mood.yaml", MOOD.replace("    reversed: true", "    reversd: true"));

        assertRefusedWith("surveys/mood.yaml, line 25, field 'questions[2].reversd': is not a field of a question "
                + "(did you mean 'reversed'?)");
    }

    @Test
    void anUnknownFieldAtTheTopIsRefusedToo() throws IOException {
        write("mood.yaml", MOOD + "notes: for staff only\n");

        assertRefusedWith("surveys/mood.yaml, line 32, field 'notes': is not a field of a survey");
    }

    @Test
    void anUnknownQuestionTypeListsTheKnownOnes() throws IOException {
        write("mood.yaml", MOOD.replace("    type: scale\n    reversed", "    type: slider\n    reversed"));

        assertRefusedWith("surveys/mood.yaml, line 24, field 'questions[2].type': \"slider\" is not one of: scale, "
                + "zero-to-ten, choice, free-text");
    }

    @Test
    void aMissingRequiredFieldIsNamed() throws IOException {
        write("mood.yaml", MOOD.replace("consent: Answering is up to you.\n", ""));

        assertRefusedWith("surveys/mood.yaml, line 1, field 'consent': is missing (required)");
    }

    @Test
    void brokenYamlIsRefusedAtItsLine() throws IOException {
        write("mood.yaml", MOOD.replace("title: Your mood", "title: Your mood: today"));

        assertThat(refusal()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("surveys/mood.yaml");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).startsWith("this is not valid YAML");
        });
    }

    @Test
    void bandsWithAGapOrNotCoveringEveryScoreAreRefused() throws IOException {
        write("mood.yaml", MOOD.replace("{id: high, from: 6,", "{id: high, from: 7,"));
        write("other.yaml", MOOD.replace("id: mood", "id: other").replace("MOOD", "OTHER")
                .replace("to: 10,", "to: 9,"));

        assertRefusedWith(
                "surveys/mood.yaml, line 10, field 'bands': band high should start at 6, just after band low ends; "
                        + "scores in between have no band",
                "surveys/other.yaml, line 10, field 'bands': the highest band should end at 10 (scores run from 2 "
                        + "to 10)");
    }

    @Test
    void aBandMessageMayOnlyHoldTheScore() throws IOException {
        write("mood.yaml", MOOD.replace("You scored {score}", "You scored {points}"));

        assertRefusedWith(
                "surveys/mood.yaml, line 10, field 'bands[1].message': {points} is not known; the only placeholder is "
                        + "{score}",
                "surveys/mood.yaml, line 11, field 'bands[2].message': {points} is not known; the only placeholder is "
                        + "{score}");
    }

    @Test
    void aSurveyStartedByTextMustBeSendableAsPlainText() throws IOException {
        write("mood.yaml", MOOD.replace("How calm have you felt?", "How calm have you felt? \uD83D\uDE0A")
                .replace("text: How worried have you felt?", "text: How worried have you felt? " + "x".repeat(223)));

        assertRefusedWith(
                "surveys/mood.yaml, line 14, field 'questions[1].text': \"\uD83D\uDE0A\" cannot go in a plain text "
                        + "message and this survey can be started by text (it has a keyword); use plain letters and "
                        + "punctuation",
                "surveys/mood.yaml, line 23, field 'questions[2].text': takes 3 text messages with the reply "
                        + "options added; keep it to 2 (306 characters)");
    }

    @Test
    void aSurveyNotStartedByTextMayUseAnyCharacters() throws IOException {
        write("mood.yaml", MOOD.replace("keyword: MOOD\n", "").replace("How calm", "How calm \u2014 really"));

        assertThat(load().current("mood")).isPresent();
    }

    @Test
    void keywordsMustBeFreeAndUnique() throws IOException {
        write("mood.yaml", MOOD.replace("keyword: MOOD", "keyword: STOP"));
        write("mood-again.yaml", MOOD.replace("id: mood", "id: mood-again").replace("MOOD", "FEEL"));
        write("mood-twice.yaml", MOOD.replace("id: mood", "id: mood-twice").replace("MOOD", "FEEL"));

        assertRefusedWith(
                "surveys/mood-twice.yaml, line 6, field 'keyword': FEEL already starts the survey in "
                        + "surveys/mood-again.yaml; each survey needs its own keyword",
                "surveys/mood.yaml, line 6, field 'keyword': STOP already means something to the texting service; "
                        + "choose another word");
    }

    @Test
    void aFileIsNamedAfterItsSurvey() throws IOException {
        write("feelings.yaml", MOOD);
        write("Mood Survey.yaml", MOOD);

        assertRefusedWith(
                "surveys/Mood Survey.yaml: name a survey file after its id: <id>.yaml for the version asked now, "
                        + "<id>.v<version>.yaml for an older version kept as it was (swemwbs.v1.yaml)",
                "surveys/feelings.yaml, line 1, field 'id': \"mood\" differs from the file name; a survey's file is "
                        + "named after its id (mood.yaml)");
    }

    @Test
    void swemwbsMustBeAskedAsPublished() throws IOException {
        String published = Files.readString(Path.of("../content/surveys/swemwbs.yaml"));
        write("swemwbs.yaml", published
                .replace("text: I've been feeling relaxed", "text: I've been feeling calm")
                .replace("all rights reserved.\nsms_attribution", "all rights reserved\nsms_attribution"));

        assertRefusedWith(
                "surveys/swemwbs.yaml, line " + lineOf(published, "^attribution:") + ", field 'attribution': "
                        + "SWEMWBS must carry its copyright line exactly as published: \"" + Swemwbs.COPYRIGHT + "\"",
                "surveys/swemwbs.yaml, line " + lineOf(published, "^    text: I've been feeling relaxed") + ", field "
                        + "'questions[3].text': statement 3 of SWEMWBS must be worded exactly as published: "
                        + "\"I've been feeling relaxed\"");
    }

    @Test
    void keepsEveryVersionAndAsksTheNewest() throws IOException {
        write("mood.v1.yaml", MOOD);
        write("mood.yaml", MOOD.replace("version: 1", "version: 2").replace("How calm have you felt?",
                "How calm have you felt this week?"));

        SurveyDefinitions surveys = load();

        assertThat(surveys.current("mood").orElseThrow().version()).isEqualTo(2);
        assertThat(surveys.version("mood", 1).orElseThrow().questions().get(0).text())
                .isEqualTo("How calm have you felt?");
        assertThat(surveys.version("mood", 2).orElseThrow().questions().get(0).text())
                .isEqualTo("How calm have you felt this week?");
        assertThat(surveys.versions("mood")).extracting(Survey::version).containsExactly(1, 2);
        assertThat(surveys.version("mood", 3)).isEmpty();
        assertThat(surveys.versionCount()).isEqualTo(2);
    }

    @Test
    void aSurveyChangedWithoutANewVersionNumberIsRefused() throws IOException {
        write("mood.v1.yaml", MOOD);
        write("mood.yaml", MOOD.replace("How calm have you felt?", "How calm have you felt this week?"));

        assertRefusedWith("surveys/mood.yaml, line 2, field 'version': version 1 is kept in surveys/mood.v1.yaml and "
                + "this file says something different; a changed survey needs a new version number: make this "
                + "version 2");
    }

    @Test
    void theSameVersionKeptTwiceIsFineWhenNothingChangedButTheSwitch() throws IOException {
        write("mood.v1.yaml", MOOD);
        write("mood.yaml", "# a comment is not a change, nor is 2.0 for 2\n" + MOOD.replace("thanks:",
                "enabled: false\nthanks:").replace("from: 2,", "from: 2.0,"));

        SurveyDefinitions surveys = load();

        assertThat(surveys.versions("mood")).hasSize(1);
        assertThat(surveys.isOffered("mood")).isFalse();
    }

    @Test
    void theVersionAskedNowMustBeTheNewestAndAKeptFileMustHoldItsVersion() throws IOException {
        write("mood.v2.yaml", MOOD.replace("version: 1", "version: 2"));
        write("mood.v3.yaml", MOOD.replace("version: 1", "version: 4"));
        write("mood.yaml", MOOD);

        assertRefusedWith(
                "surveys/mood.v3.yaml, line 2, field 'version': the file name says it keeps version 3 but it holds "
                        + "version 4",
                "surveys/mood.yaml, line 2, field 'version': version 1 is older than the kept surveys/mood.v2.yaml; "
                        + "the version asked now needs the highest number (3 or more)");
    }

    @Test
    void aRetiredSurveyKeepsItsVersionsButIsNotOffered() throws IOException {
        write("mood.v1.yaml", MOOD);

        SurveyDefinitions surveys = load();

        assertThat(surveys.current("mood")).isEmpty();
        assertThat(surveys.version("mood", 1)).isPresent();
        assertThat(surveys.offered()).isEmpty();
    }

    @Test
    void aSurveyCanBeSwitchedOffInItsFileOrInTheSettings() throws IOException {
        write("mood.yaml", MOOD);
        write("calm.yaml", MOOD.replace("id: mood", "id: calm").replace("MOOD", "CALM")
                .replace("thanks:", "enabled: false\nthanks:"));
        write("sleep.yaml", MOOD.replace("id: mood", "id: sleep").replace("MOOD", "SLEEP"));

        SurveyDefinitions surveys = SurveyDefinitions.read(location(), List.of(" Sleep "));

        assertThat(surveys.offered()).extracting(Survey::id).containsExactly("mood");
        assertThat(surveys.isOffered("calm")).isFalse();
        assertThat(surveys.isOffered("sleep")).isFalse();
        assertThat(surveys.offeredByKeyword("SLEEP")).isEmpty();
        assertThat(surveys.current("sleep")).isPresent();
    }

    @Test
    void everyProblemInEveryFileIsListedTogether() throws IOException {
        write("mood.yaml", MOOD.replace("scoring: sum", "scoring: total").replace("      - {value: 5, label: "
                + "Completely}\n  - id: worried", "      - {value: 4, label: Completely}\n  - id: worried"));
        write("calm.yaml", MOOD.replace("id: mood", "id: calm").replace("version: 1", "version: first"));

        assertThat(refusal()).extracting(ContentProblem::toString).containsExactlyInAnyOrder(
                "surveys/calm.yaml, line 2, field 'version': \"first\" should be a whole number from 1 to 9999",
                "surveys/mood.yaml, line 8, field 'scoring': \"total\" is not one of: sum, swemwbs-metric, "
                        + "per-question-bands, none",
                "surveys/mood.yaml, line 21, field 'questions[1].options[5].value': two options have the value 4; "
                        + "each needs its own");
    }

    private void assertRefusedWith(String... problems) {
        assertThat(refusal()).extracting(ContentProblem::toString).containsExactly(problems);
    }

    private List<ContentProblem> refusal() {
        try {
            load();
        } catch (InvalidSurveyException refused) {
            assertThat(refused.getMessage()).startsWith("Surveys not loaded: " + refused.problems().size()
                    + (refused.problems().size() == 1 ? " problem" : " problems") + " to fix\n  - ");
            return refused.problems();
        }
        throw new AssertionError("the survey files were loaded, but should have been refused");
    }

    private SurveyDefinitions load() {
        return SurveyDefinitions.read(location(), List.of());
    }

    private String location() {
        return content.toUri().toString();
    }

    private void write(String name, String text) throws IOException {
        Files.createDirectories(content.resolve("surveys"));
        Files.writeString(content.resolve("surveys").resolve(name), text);
    }

    private static String once(String text, String from, String to) {
        int at = text.indexOf(from);
        assertThat(at).as("text to replace").isNotNegative();
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    private static int lineOf(String text, String regex) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].matches(regex + ".*")) {
                return i + 1;
            }
        }
        throw new AssertionError("no line matching " + regex);
    }
}
