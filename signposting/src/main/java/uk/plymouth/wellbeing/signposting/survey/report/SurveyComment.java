package uk.plymouth.wellbeing.signposting.survey.report;

import java.time.Instant;
import uk.plymouth.wellbeing.signposting.survey.SurveyChannel;

/** A free-text answer, for staff only: it may name people. Erased after {@code hub.surveys.comment-retention}. */
public record SurveyComment(String surveyId, String questionId, String hubId, SurveyChannel channel,
        Instant answeredAt, String text) {}
