package uk.plymouth.wellbeing.signposting.callback;

import java.util.UUID;

/** The callback was made and the request is done. */
public record CallbackCompleted(UUID requestId, String reference, String hubId, CallbackStatus status, String staff)
        implements CallbackEvent {}
