package uk.plymouth.wellbeing.signposting.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SWEMWBS: every raw score from 7 to 35 gives the metric score in the published conversion table, written out here
 * again from ../shared/design/domain.md 1.2 (not copied from the code), and the bands split where the file says.
 */
class SwemwbsScoringTest {

    private final SurveyScorer scorer = new SurveyScorer();
    private final Survey swemwbs = ShippedSurveys.survey("swemwbs");

    @ParameterizedTest(name = "raw {0} is metric {1}")
    @CsvSource({
        "7, 7.00", "8, 9.51", "9, 11.25", "10, 12.40", "11, 13.33", "12, 14.08", "13, 14.75", "14, 15.32",
        "15, 15.84", "16, 16.36", "17, 16.88", "18, 17.43", "19, 17.98", "20, 18.59", "21, 19.25", "22, 19.98",
        "23, 20.73", "24, 21.54", "25, 22.35", "26, 23.21", "27, 24.11", "28, 25.03", "29, 26.02", "30, 27.03",
        "31, 28.13", "32, 29.31", "33, 30.70", "34, 32.55", "35, 35.00"})
    void convertsEveryRawScoreAsPublished(int raw, String metric) {
        assertThat(Swemwbs.metric(raw)).isEqualTo(new BigDecimal(metric));

        SurveyResult result = scorer.score(swemwbs, answersAddingUpTo(raw));

        assertThat(result.raw()).isEqualTo(raw);
        assertThat(result.metric()).isEqualTo(new BigDecimal(metric));
        assertThat(result.message()).contains("Your score is " + metric + " out of 35.");
    }

    @ParameterizedTest(name = "raw {0} (metric {1}) is in band {2}")
    @CsvSource({"7, 7.00, lower", "22, 19.98, lower", "23, 20.73, middle", "31, 28.13, middle",
        "32, 29.31, higher", "35, 35.00, higher"})
    void bandsSplitAtThe15thAnd85thPercentiles(int raw, String metric, String band) {
        SurveyResult result = scorer.score(swemwbs, answersAddingUpTo(raw));

        assertThat(result.bandId()).isEqualTo(band);
        assertThat(result.message()).startsWith(swemwbs.thanks() + "\n").contains(metric);
    }

    @Test
    void saysTheScoreKindlyAndNeverAsADiagnosis() {
        SurveyResult lowest = scorer.score(swemwbs, answersAddingUpTo(7));

        assertThat(lowest.message()).isEqualTo("""
                Thank you for answering.
                Your score is 7.00 out of 35. That is lower than most adults score. It is not a diagnosis, just a \
                snapshot of the last 2 weeks. If you would like some support, our staff can help you find it.""");
    }

    @Test
    void refusesRawScoresOutsideTheScale() {
        assertThatThrownBy(() -> Swemwbs.metric(6)).hasMessageContaining("from 7 to 35, not 6");
        assertThatThrownBy(() -> Swemwbs.metric(36)).hasMessageContaining("from 7 to 35, not 36");
    }

    @Test
    void needsAllSevenAnswers() {
        List<Answer> six = answersAddingUpTo(21).subList(0, 6);

        assertThatThrownBy(() -> scorer.score(swemwbs, six))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessage("Please answer every question: \"I've been able to make up my own mind about things\" "
                        + "has no answer");
    }

    /** Seven answers from 1 to 5 adding up to raw, spread as evenly as they go. */
    private List<Answer> answersAddingUpTo(int raw) {
        List<Answer> answers = new ArrayList<>();
        int left = raw;
        List<Question> items = swemwbs.questions();
        for (int i = 0; i < items.size(); i++) {
            int itemsLeft = items.size() - i;
            int value = Math.min(5, Math.max(1, left - (itemsLeft - 1)));
            value = Math.min(value, (left + itemsLeft - 1) / itemsLeft);
            answers.add(Answer.number(items.get(i).id(), value));
            left -= value;
        }
        assertThat(left).as("answers for raw %d", raw).isZero();
        return answers;
    }
}
