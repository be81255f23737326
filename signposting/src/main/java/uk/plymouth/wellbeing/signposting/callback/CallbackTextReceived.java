package uk.plymouth.wellbeing.signposting.callback;

import java.util.UUID;

/** The resident texted back after a staff text; what they wrote is on the request's thread, not in the event. */
public record CallbackTextReceived(UUID requestId, String reference, String hubId, CallbackStatus status)
        implements CallbackEvent {}
