package uk.plymouth.wellbeing.kiosk.survey;

import static uk.plymouth.wellbeing.kiosk.survey.SurveyView.CHECK;
import static uk.plymouth.wellbeing.kiosk.survey.SurveyView.FOLLOW_UP;
import static uk.plymouth.wellbeing.kiosk.survey.SurveyView.RESULT;
import static uk.plymouth.wellbeing.kiosk.survey.SurveyView.START;

import java.util.Optional;
import uk.plymouth.wellbeing.signposting.survey.Survey;

/**
 * Which survey addresses can be shown now: one that skips ahead goes back to the first step not yet answered, one
 * from before the response was sent goes to the result, and anything else to the start.
 */
final class SurveyAddresses {

    private SurveyAddresses() {}

    /**
     * Where to send an address that cannot be shown yet (or any more); empty when it can be.
     *
     * @param followUp whether this survey asks "Would you like us to text you ...?" before the check page
     */
    static Optional<String> redirect(Survey asked, String step, SurveyProgress progress, boolean followUp) {
        if (START.equals(step)) {
            return Optional.empty();
        }
        if (RESULT.equals(step)) {
            return progress.receipt() == null ? Optional.of(START) : Optional.empty();
        }
        if (progress.receipt() != null) {
            return Optional.of(RESULT);
        }
        if (!progress.consented()) {
            return Optional.of(START);
        }
        int open = progress.firstOpen();
        int count = asked.questions().size();
        if (open <= count && (CHECK.equals(step) || FOLLOW_UP.equals(step))) {
            return Optional.of(String.valueOf(open));
        }
        if (FOLLOW_UP.equals(step)) {
            return followUp ? Optional.empty() : Optional.of(CHECK);
        }
        if (CHECK.equals(step)) {
            return followUp && !progress.followUpAnswered() ? Optional.of(FOLLOW_UP) : Optional.empty();
        }
        int asking = questionNumber(step, count);
        if (asking == 0) {
            return Optional.of(START);
        }
        return asking > open ? Optional.of(String.valueOf(open)) : Optional.empty();
    }

    /** The question number in an address ("3"), or 0 when it names no question of the survey. */
    static int questionNumber(String step, int count) {
        if (!step.matches("\\d{1,3}")) {
            return 0;
        }
        int asked = Integer.parseInt(step);
        return asked >= 1 && asked <= count ? asked : 0;
    }
}
