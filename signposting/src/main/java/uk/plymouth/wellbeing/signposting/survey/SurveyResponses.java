package uk.plymouth.wellbeing.signposting.survey;

import java.time.Duration;

/**
 * Where every channel records a finished survey. Implemented by the survey storage; the kiosk, the text
 * conversation and the staff screens depend only on this.
 *
 * <p>Stored by {@code survey.store.StoredSurveyResponses}: the kiosk and SMS record the current version only; staff
 * entering a paper form ({@link SurveyChannel#STAFF_ASSISTED}, with {@code enteredBy}) may record an older kept
 * version. A {@code followUpPhone} must be a mobile number; the first response with it books a follow-up text and a
 * later one with the same number (by any channel) is linked to it as before/after, by a keyed hash of the number.
 */
public interface SurveyResponses {

    /**
     * Checks every answer against the survey version asked, scores it and stores it with its score.
     *
     * @throws InvalidAnswerException when an answer is not one the question allows (its message says which)
     * @throws IllegalArgumentException for a survey, version or hub that does not exist, or a survey not offered
     */
    SurveyReceipt record(NewSurveyResponse response);

    /**
     * How long after a response with a {@code followUpPhone} its follow-up text is due ({@code
     * hub.surveys.follow-up-after}), so a screen can say when; {@link FollowUpDelay#of} words it.
     */
    Duration followUpAfter();
}
