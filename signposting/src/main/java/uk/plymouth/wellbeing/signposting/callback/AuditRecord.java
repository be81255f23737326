package uk.plymouth.wellbeing.signposting.callback;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of a request's audit trail: who looked at or changed it, when, and how. Never the resident's details.
 *
 * @param actor a staff username, or "resident" or "system"
 */
public record AuditRecord(String actor, Instant at, AuditAction action, @Nullable String detail) {}
