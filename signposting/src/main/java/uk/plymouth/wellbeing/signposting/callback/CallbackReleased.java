package uk.plymouth.wellbeing.signposting.callback;

import java.util.UUID;

/** A claimed request went back to the queue. */
public record CallbackReleased(UUID requestId, String reference, String hubId, CallbackStatus status, String staff)
        implements CallbackEvent {}
