package uk.plymouth.wellbeing.signposting.callback;

import java.util.UUID;

/** A closed request is back in the queue, unclaimed. */
public record CallbackReopened(UUID requestId, String reference, String hubId, CallbackStatus status, String staff)
        implements CallbackEvent {}
