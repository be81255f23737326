package uk.plymouth.wellbeing.signposting.callback;

import java.time.Instant;
import java.util.UUID;

/** What the resident is told once their request is saved: their reference, and when staff aim to call by. */
public record CallbackReceipt(UUID id, String reference, Instant dueAt) {}
