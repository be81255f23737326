package uk.plymouth.wellbeing.signposting.callback;

import java.util.UUID;

/** A member of staff texted the resident from the request. */
public record CallbackTextSent(UUID requestId, String reference, String hubId, CallbackStatus status, String staff)
        implements CallbackEvent {}
