package uk.plymouth.wellbeing.signposting.survey;

import java.util.UUID;

/**
 * A recorded response: its id, what it came to, to show or text the resident, and what became of a follow-up they
 * agreed to.
 */
public record SurveyReceipt(UUID responseId, SurveyResult result, FollowUp followUp) {

    /** With no follow-up. */
    public SurveyReceipt(UUID responseId, SurveyResult result) {
        this(responseId, result, FollowUp.NONE);
    }

    /**
     * A follow-up text was booked for it (a first response with a {@code followUpPhone}; a later one with the same
     * number is the "after" of a pair and books none), so a screen may say "We will text you".
     */
    public boolean followUpBooked() {
        return followUp == FollowUp.BOOKED;
    }

    /** What agreeing to be followed up came to. */
    public enum FollowUp {
        /** Not asked for. */
        NONE,
        /** A follow-up survey will be texted after {@code hub.surveys.follow-up-after}. */
        BOOKED,
        /** An earlier response from the same number was found: the two are linked as before and after. */
        LINKED
    }
}
