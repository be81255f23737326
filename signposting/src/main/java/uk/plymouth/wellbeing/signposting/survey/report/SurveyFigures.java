package uk.plymouth.wellbeing.signposting.survey.report;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A survey report for one period.
 *
 * @param hubIds the hubs it covers; null for every hub (an admin's report across hubs)
 * @param responses responses per survey and channel, by survey then channel
 * @param swemwbs SWEMWBS scores, their distribution, England norms and before/after pairs
 * @param bandedQuestions ONS4 and any other per-question-banded survey: answers per band
 * @param satisfaction unscored surveys: answers per option and the share positive
 * @param comments free-text answers, newest first (at most {@link SurveyReport#MAX_COMMENTS}); staff only
 */
public record SurveyFigures(SurveyReportQuery query, @Nullable List<String> hubIds, List<ResponseCount> responses,
        SwemwbsFigures swemwbs, List<QuestionFigures> bandedQuestions, List<QuestionFigures> satisfaction,
        List<SurveyComment> comments, Instant madeAt) {

    public SurveyFigures {
        hubIds = hubIds == null ? null : List.copyOf(hubIds);
        responses = List.copyOf(responses);
        bandedQuestions = List.copyOf(bandedQuestions);
        satisfaction = List.copyOf(satisfaction);
        comments = List.copyOf(comments);
    }

    /** All responses in the period, every survey and channel. */
    public long total() {
        return responses.stream().mapToLong(ResponseCount::responses).sum();
    }
}
