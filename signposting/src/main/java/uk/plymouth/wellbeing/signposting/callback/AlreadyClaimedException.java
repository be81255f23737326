package uk.plymouth.wellbeing.signposting.callback;

/**
 * Someone else claimed the request first, a moment ago or earlier. The message can be shown to staff as it is. An
 * {@link IllegalStateException}, since claiming a claimed request breaks the request's rules.
 */
public class AlreadyClaimedException extends IllegalStateException {

    public static final String MESSAGE = "Someone else has just claimed this request.";

    public AlreadyClaimedException() {
        super(MESSAGE);
    }

    public AlreadyClaimedException(Throwable cause) {
        super(MESSAGE, cause);
    }
}
