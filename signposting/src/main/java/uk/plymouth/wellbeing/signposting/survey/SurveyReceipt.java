package uk.plymouth.wellbeing.signposting.survey;

import java.util.UUID;

/**
 * A recorded response: its id and what it came to, to show or text the resident.
 *
 * @param followUpBooked a follow-up text was booked for it (a first response with a {@code followUpPhone}; a later
 *     one with the same number is the "after" of a pair and books none), so a screen may say "We will text you"
 */
public record SurveyReceipt(UUID responseId, SurveyResult result, boolean followUpBooked) {

    /** A response with no follow-up booked. */
    public SurveyReceipt(UUID responseId, SurveyResult result) {
        this(responseId, result, false);
    }
}
