package uk.plymouth.wellbeing.signposting.callback;

import java.util.UUID;

/**
 * Staff rang the resident. {@code status} is UNABLE_TO_CONTACT when this attempt was the last failed one allowed.
 */
public record CallbackAttemptLogged(UUID requestId, String reference, String hubId, CallbackStatus status,
        String staff, AttemptOutcome outcome, int failedAttempts) implements CallbackEvent {}
