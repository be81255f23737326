package uk.plymouth.wellbeing.signposting.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.plymouth.wellbeing.signposting.survey.SurveySummary.QuestionSummary;

/** Many residents' satisfaction answers, added up for staff: counts per answer and the share who would recommend. */
class SatisfactionSummaryTest {

    private final SurveyScorer scorer = new SurveyScorer();
    private final Survey residents = ShippedSurveys.survey("resident-satisfaction");

    @Test
    void countsEachAnswerAndTheShareWhoWouldRecommendTheHub() {
        SurveySummary summary = scorer.summarise(residents, List.of(
                response(1, 4, 5, 1, "Lovely staff."),
                response(2, 3, 4, 1, null),
                response(3, 2, 2, 3, "Too noisy."),
                response(1, 4, 4, 2, null)));

        assertThat(summary.responses()).isEqualTo(4);
        QuestionSummary recommend = summary.question("recommend").orElseThrow();
        assertThat(recommend.answered()).isEqualTo(4);
        assertThat(recommend.counts()).containsExactly(Map.entry(1, 2), Map.entry(2, 1), Map.entry(3, 1));
        assertThat(recommend.positiveShare()).hasValue(0.5);

        QuestionSummary overall = summary.question("overall").orElseThrow();
        assertThat(overall.counts()).containsExactly(Map.entry(1, 0), Map.entry(2, 1), Map.entry(3, 0),
                Map.entry(4, 2), Map.entry(5, 1));
        assertThat(overall.positiveShare().getAsDouble()).isCloseTo(0.75, within(1e-9));

        QuestionSummary comments = summary.question("comment").orElseThrow();
        assertThat(comments.answered()).isEqualTo(2);
        assertThat(comments.counts()).isEmpty();
        assertThat(comments.positiveShare()).isEmpty();
    }

    @Test
    void saysNothingOfAShareWhenNoOneAnsweredOrNoOptionIsPositive() {
        Survey staff = ShippedSurveys.survey("staff-satisfaction");

        SurveySummary none = scorer.summarise(residents, List.of());
        SurveySummary roles = scorer.summarise(staff, List.of(List.of(Answer.number("role", 2),
                Answer.number("referrals", 4), Answer.number("working-together", 5), Answer.number("space", 3),
                Answer.number("recommend", 1))));

        assertThat(none.question("recommend").orElseThrow().positiveShare()).isEmpty();
        assertThat(roles.question("role").orElseThrow().positive()).isNull();
        assertThat(roles.question("recommend").orElseThrow().positiveShare()).hasValue(1.0);
    }

    @Test
    void refusesToAddUpAnAnswerThatCouldNotHaveBeenGiven() {
        assertThatThrownBy(() -> scorer.summarise(residents, List.of(response(1, 9, 5, 1, null))))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessage("Please answer with a number from 1 to 4");
    }

    private static List<Answer> response(int foundHelp, int welcome, int overall, int recommend, String comment) {
        List<Answer> answers = new java.util.ArrayList<>(List.of(Answer.number("found-help", foundHelp),
                Answer.number("welcome", welcome), Answer.number("overall", overall),
                Answer.number("recommend", recommend)));
        if (comment != null) {
            answers.add(Answer.words("comment", comment));
        }
        return answers;
    }
}
