package uk.plymouth.wellbeing.signposting.callback;

/**
 * No such request, as far as this member of staff can tell: it does not exist, or it belongs to a hub they do not
 * work for (staff are never told which).
 */
public class CallbackNotFoundException extends RuntimeException {

    public CallbackNotFoundException() {
        super("There is no such callback request.");
    }
}
