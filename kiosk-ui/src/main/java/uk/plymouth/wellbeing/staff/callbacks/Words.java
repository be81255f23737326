package uk.plymouth.wellbeing.staff.callbacks;

import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.callback.AttemptOutcome;
import uk.plymouth.wellbeing.signposting.callback.AuditAction;
import uk.plymouth.wellbeing.signposting.callback.BestTime;
import uk.plymouth.wellbeing.signposting.callback.CallbackStatus;
import uk.plymouth.wellbeing.signposting.callback.Channel;
import uk.plymouth.wellbeing.signposting.callback.ConfirmationStatus;
import uk.plymouth.wellbeing.signposting.catalogue.Category;

/** The plain words staff screens use for the queue's codes. */
final class Words {

    private Words() {}

    static String status(CallbackStatus status) {
        return switch (status) {
            case NEW -> "New";
            case CLAIMED -> "Claimed";
            case DONE -> "Done";
            case UNABLE_TO_CONTACT -> "Unable to contact";
        };
    }

    static String bestTime(BestTime time) {
        return switch (time) {
            case MORNING -> "Morning";
            case AFTERNOON -> "Afternoon";
            case EVENING -> "Evening";
            case ANY -> "Any time";
        };
    }

    static String outcome(AttemptOutcome outcome) {
        return switch (outcome) {
            case REACHED -> "Reached them";
            case NO_ANSWER -> "No answer";
            case VOICEMAIL_LEFT -> "Left a voicemail";
            case WRONG_NUMBER -> "Wrong number";
            case DECLINED -> "They declined";
        };
    }

    static String channel(Channel channel) {
        return switch (channel) {
            case KIOSK -> "Kiosk";
            case SMS -> "Text message";
            case STAFF -> "Staff, for the resident";
        };
    }

    static String confirmation(ConfirmationStatus status) {
        return switch (status) {
            case NOT_WANTED -> "Not asked for";
            case PENDING -> "Being sent";
            case SENT -> "Sent";
            case FAILED -> "Failed: tell them the reference when you call";
            case OPTED_OUT -> "Not sent: they asked us to stop texting";
        };
    }

    static String category(@Nullable Category category) {
        return category == null ? "Not said" : category.label();
    }

    static String action(AuditAction action) {
        String words = action.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static String yesNo(boolean yes) {
        return yes ? "Yes" : "No";
    }
}
