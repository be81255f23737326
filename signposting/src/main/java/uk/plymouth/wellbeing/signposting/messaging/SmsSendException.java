package uk.plymouth.wellbeing.signposting.messaging;

import org.jspecify.annotations.Nullable;

/**
 * A carrier did not take a text. {@link #retryable()} for what may pass later (server errors, 429, timeouts, network
 * failures), not for what never will (an invalid or blocked number). The message never holds the number or the text.
 *
 * @see SmsSender#send(TextMessage)
 */
public class SmsSendException extends RuntimeException {

    private final boolean retryable;
    private final @Nullable String errorCode;

    public SmsSendException(String message, boolean retryable, @Nullable String errorCode, @Nullable Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
        this.errorCode = errorCode;
    }

    public boolean retryable() {
        return retryable;
    }

    /** The carrier's own error code, e.g. Twilio's "21610" (the number has opted out with the carrier). */
    public @Nullable String errorCode() {
        return errorCode;
    }
}
