package uk.plymouth.wellbeing.signposting.survey.report;

import uk.plymouth.wellbeing.signposting.survey.SurveyChannel;

/** How many responses to one survey came by one channel (staff-assisted ones on their own row). */
public record ResponseCount(String surveyId, SurveyChannel channel, long responses) {}
