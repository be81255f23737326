package uk.plymouth.wellbeing.signposting.callback;

import java.util.UUID;

/** A member of staff took the request on. */
public record CallbackClaimed(UUID requestId, String reference, String hubId, CallbackStatus status, String staff)
        implements CallbackEvent {}
