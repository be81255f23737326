package uk.plymouth.wellbeing.signposting.callback;

import java.time.Instant;
import java.util.UUID;

/** Staff marked the request urgent ({@code urgent} true) or not urgent after all; it is now due at {@code dueAt}. */
public record CallbackMarkedUrgent(UUID requestId, String reference, String hubId, CallbackStatus status,
        String staff, boolean urgent, Instant dueAt) implements CallbackEvent {}
