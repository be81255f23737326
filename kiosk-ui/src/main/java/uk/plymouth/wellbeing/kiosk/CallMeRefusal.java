package uk.plymouth.wellbeing.kiosk;

import java.util.Locale;
import uk.plymouth.wellbeing.signposting.messaging.InvalidPhoneNumberException;

/**
 * What "Ask us to call you" does when the domain refuses a request: the question it is about (the domain's messages
 * start with the field's name, "first name: at most ..."), and the message to show there without that name.
 */
final class CallMeRefusal {

    private CallMeRefusal() {}

    /** The question to go back to; {@code wantsText}: they asked for a text, which needs a mobile. */
    static CallMeStep questionFor(RuntimeException refused, boolean wantsText) {
        if (refused instanceof InvalidPhoneNumberException invalid) {
            return wantsText && invalid.problem() == InvalidPhoneNumberException.Problem.NOT_MOBILE
                    ? CallMeStep.CONSENT : CallMeStep.PHONE;
        }
        String message = String.valueOf(refused.getMessage());
        if (message.startsWith("consent")) {
            return CallMeStep.CONSENT;
        } else if (message.startsWith("first name")) {
            return CallMeStep.NAME;
        } else if (message.startsWith("about")) {
            return CallMeStep.ABOUT;
        } else if (message.startsWith("hub")) {
            return CallMeStep.HUB;
        }
        return CallMeStep.CHECK;
    }

    /** The domain's message without the field name it starts with ("first name: at most ..."). */
    static String withoutFieldName(RuntimeException refused) {
        String message = String.valueOf(refused.getMessage());
        int colon = message.indexOf(": ");
        if (refused instanceof InvalidPhoneNumberException || colon < 0 || colon > 20) {
            return message;
        }
        String rest = message.substring(colon + 2);
        return rest.isEmpty() ? message : rest.substring(0, 1).toUpperCase(Locale.ROOT) + rest.substring(1);
    }
}
