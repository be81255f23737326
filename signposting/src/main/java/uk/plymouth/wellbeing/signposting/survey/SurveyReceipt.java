package uk.plymouth.wellbeing.signposting.survey;

import java.util.UUID;

/** A recorded response: its id and what it came to, to show or text the resident. */
public record SurveyReceipt(UUID responseId, SurveyResult result) {}
