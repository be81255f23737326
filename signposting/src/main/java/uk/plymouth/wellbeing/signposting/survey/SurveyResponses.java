package uk.plymouth.wellbeing.signposting.survey;

/**
 * Where every channel records a finished survey. Implemented by the survey storage; the kiosk, the text
 * conversation and the staff screens depend only on this.
 */
public interface SurveyResponses {

    /**
     * Checks every answer against the survey version asked, scores it and stores it with its score.
     *
     * @throws InvalidAnswerException when an answer is not one the question allows (its message says which)
     * @throws IllegalArgumentException for a survey, version or hub that does not exist, or a survey not offered
     */
    SurveyReceipt record(NewSurveyResponse response);
}
