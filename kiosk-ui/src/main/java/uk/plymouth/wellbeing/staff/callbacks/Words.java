package uk.plymouth.wellbeing.staff.callbacks;

import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.callback.AttemptOutcome;
import uk.plymouth.wellbeing.signposting.callback.AuditAction;
import uk.plymouth.wellbeing.signposting.callback.BestTime;
import uk.plymouth.wellbeing.signposting.callback.CallbackAttemptLogged;
import uk.plymouth.wellbeing.signposting.callback.CallbackClaimed;
import uk.plymouth.wellbeing.signposting.callback.CallbackCompleted;
import uk.plymouth.wellbeing.signposting.callback.CallbackEvent;
import uk.plymouth.wellbeing.signposting.callback.CallbackMarkedUrgent;
import uk.plymouth.wellbeing.signposting.callback.CallbackReleased;
import uk.plymouth.wellbeing.signposting.callback.CallbackReopened;
import uk.plymouth.wellbeing.signposting.callback.CallbackStatus;
import uk.plymouth.wellbeing.signposting.callback.CallbackTextReceived;
import uk.plymouth.wellbeing.signposting.callback.CallbackTextSent;
import uk.plymouth.wellbeing.signposting.callback.Channel;
import uk.plymouth.wellbeing.signposting.callback.ConfirmationStatus;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.crisis.CrisisKind;
import uk.plymouth.wellbeing.signposting.messaging.DeliveryState;
import uk.plymouth.wellbeing.signposting.messaging.TextPurpose;

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

    /** "kim just claimed this request." */
    static String change(CallbackEvent event) {
        if (event instanceof CallbackTextReceived) {
            return "The resident just texted back about this request.";
        }
        String who = event.staff() == null ? "Someone" : event.staff();
        String what;
        if (event instanceof CallbackAttemptLogged attempt) {
            what = "logged a call (" + outcome(attempt.outcome()).toLowerCase(java.util.Locale.ROOT) + ") on";
        } else if (event instanceof CallbackMarkedUrgent marked) {
            what = marked.urgent() ? "marked urgent" : "marked not urgent";
        } else if (event instanceof CallbackClaimed) {
            what = "claimed";
        } else if (event instanceof CallbackReleased) {
            what = "released";
        } else if (event instanceof CallbackCompleted) {
            what = "completed";
        } else if (event instanceof CallbackReopened) {
            what = "reopened";
        } else if (event instanceof CallbackTextSent) {
            what = "texted the resident about";
        } else {
            what = "changed";
        }
        return who + " just " + what + " this request.";
    }

    static String purpose(TextPurpose purpose) {
        return switch (purpose) {
            case REPLY -> "Reply";
            case CALLBACK_CONFIRMATION -> "Confirmation with the reference";
            case DETAILS_TO_PHONE -> "Service details";
            case STAFF_REPLY -> "Staff reply";
            case SURVEY_FOLLOW_UP -> "Survey follow-up";
            case OPT_OUT_CONFIRMATION -> "Opt-out confirmation";
        };
    }

    static String delivery(DeliveryState state) {
        return switch (state) {
            case PENDING -> "waiting to be sent";
            case SUPPRESSED -> "not sent, they opted out";
            case QUEUED -> "with the carrier";
            case SENT -> "sent";
            case DELIVERED -> "delivered";
            case UNDELIVERED -> "NOT delivered";
            case FAILED -> "FAILED to send";
        };
    }

    /**
     * Why a request is urgent, as the queue and the request's page say it: "Urgent: crisis words (suicidal thoughts)"
     * when the system made it urgent for crisis words of that kind, "Urgent" otherwise; "" when it is not urgent.
     * The kind of crisis, never the resident's words.
     */
    static String urgency(boolean urgent, @Nullable CrisisKind kind) {
        if (!urgent) {
            return "";
        }
        return kind == null ? "Urgent" : "Urgent: crisis words (" + kind.inWords() + ")";
    }

    static String yesNo(boolean yes) {
        return yes ? "Yes" : "No";
    }
}
