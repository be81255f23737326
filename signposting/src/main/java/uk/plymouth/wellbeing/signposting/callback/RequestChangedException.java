package uk.plymouth.wellbeing.signposting.callback;

/**
 * Someone else changed the request while this change was being made, so this one was not saved. The message can be
 * shown to staff as it is.
 */
public class RequestChangedException extends IllegalStateException {

    public static final String MESSAGE = "Someone else has just changed this request. Please look at it again.";

    public RequestChangedException(Throwable cause) {
        super(MESSAGE, cause);
    }
}
