package uk.plymouth.wellbeing.signposting.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.plymouth.wellbeing.signposting.survey.SurveyResult.QuestionResult;

/**
 * ONS4: each answer falls in the ONS band for its question (../shared/design/domain.md 2.2), checked on both sides
 * of every boundary; anxiety's bands run the other way, a high answer being the harder outcome.
 */
class Ons4ScoringTest {

    private final SurveyScorer scorer = new SurveyScorer();
    private final Survey ons4 = ShippedSurveys.survey("ons4");

    @ParameterizedTest(name = "{0} answered {1} is {2}")
    @CsvSource({
        "life-satisfaction, 0, low", "life-satisfaction, 4, low", "life-satisfaction, 5, medium",
        "life-satisfaction, 6, medium", "life-satisfaction, 7, high", "life-satisfaction, 8, high",
        "life-satisfaction, 9, very-high", "life-satisfaction, 10, very-high",
        "worthwhile, 0, low", "worthwhile, 4, low", "worthwhile, 5, medium", "worthwhile, 6, medium",
        "worthwhile, 7, high", "worthwhile, 8, high", "worthwhile, 9, very-high", "worthwhile, 10, very-high",
        "happiness, 0, low", "happiness, 4, low", "happiness, 5, medium", "happiness, 6, medium",
        "happiness, 7, high", "happiness, 8, high", "happiness, 9, very-high", "happiness, 10, very-high",
        "anxiety, 0, very-low", "anxiety, 1, very-low", "anxiety, 2, low", "anxiety, 3, low",
        "anxiety, 4, medium", "anxiety, 5, medium", "anxiety, 6, high", "anxiety, 10, high"})
    void eachAnswerFallsInItsOnsBand(String questionId, int answer, String band) {
        SurveyResult result = scorer.score(ons4, allAnswered(5, questionId, answer));

        QuestionResult banded = result.questions().stream().filter(q -> q.questionId().equals(questionId))
                .findFirst().orElseThrow();
        assertThat(banded.value()).isEqualTo(answer);
        assertThat(banded.bandId()).isEqualTo(band);
        assertThat(banded.message()).startsWith(answer + " out of 10 for ");
    }

    @Test
    void everyBandCoversItsWholeRangeOnEveryQuestion() {
        for (Question question : ons4.questions()) {
            for (int answer = 0; answer <= 10; answer++) {
                assertThat(question.bandFor(answer)).as("%s answered %d", question.id(), answer).isPresent();
            }
        }
    }

    @Test
    void anxietyIsReversedSoAHighAnswerIsTheHarderOutcome() {
        Question anxiety = ons4.question("anxiety").orElseThrow();
        Question happiness = ons4.question("happiness").orElseThrow();

        assertThat(anxiety.reversed()).isTrue();
        assertThat(happiness.reversed()).isFalse();
        assertThat(anxiety.scoredValue(9)).isEqualTo(1);
        assertThat(anxiety.bandFor(9).orElseThrow().message()).contains("high anxiety")
                .contains("staff here can help you find support");
        assertThat(happiness.bandFor(9).orElseThrow().id()).isEqualTo("very-high");
    }

    @Test
    void theResultThanksThenSaysEachAnswerInWords() {
        SurveyResult result = scorer.score(ons4, List.of(Answer.number("life-satisfaction", 7),
                Answer.number("worthwhile", 9), Answer.number("happiness", 4), Answer.number("anxiety", 2)));

        assertThat(result.raw()).isNull();
        assertThat(result.metric()).isNull();
        assertThat(result.bandId()).isNull();
        assertThat(result.message()).isEqualTo("""
                Thank you for answering. Here is what you told us.
                7 out of 10 for how satisfied you are with life: a high score.
                9 out of 10 for feeling what you do is worthwhile: a very high score.
                4 out of 10 for how happy you felt yesterday: on the low side.
                2 out of 10 for feeling anxious yesterday: low anxiety.""");
    }

    private List<Answer> allAnswered(int otherwise, String questionId, int answer) {
        return ons4.questions().stream()
                .map(q -> Answer.number(q.id(), q.id().equals(questionId) ? answer : otherwise))
                .toList();
    }
}
