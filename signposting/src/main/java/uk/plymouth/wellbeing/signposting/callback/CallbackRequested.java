package uk.plymouth.wellbeing.signposting.callback;

import java.time.Instant;
import java.util.UUID;

/** A resident asked to be called back. */
public record CallbackRequested(UUID requestId, String reference, String hubId, CallbackStatus status,
        Channel channel, Instant dueAt, boolean confirmationWanted) implements CallbackEvent {}
