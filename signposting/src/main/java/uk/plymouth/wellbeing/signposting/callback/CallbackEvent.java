package uk.plymouth.wellbeing.signposting.callback;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened to a callback request, published by {@link CallbackQueue} inside its transaction and
 * delivered to {@code @TransactionalEventListener(phase = AFTER_COMMIT)} listeners once it is saved. Events carry
 * ids, the hub, the reference and the status, never the resident's details; {@code staff} is a staff username.
 */
public sealed interface CallbackEvent permits CallbackRequested, CallbackClaimed, CallbackReleased,
        CallbackAttemptLogged, CallbackCompleted, CallbackReopened, CallbackMarkedUrgent, CallbackTextSent,
        CallbackTextReceived {

    UUID requestId();

    String reference();

    String hubId();

    /** The status after the change. */
    CallbackStatus status();

    /** The staff username who made the change; null when a resident or the system did. */
    default @Nullable String staff() {
        return null;
    }
}
