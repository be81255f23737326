package uk.plymouth.wellbeing.signposting.problems;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of a report's audit trail: who looked at it or dealt with it, when, and how.
 *
 * @param actor a staff username, or "resident"
 */
public record ProblemAuditRecord(String actor, Instant at, ProblemAuditAction action, @Nullable String detail) {}
