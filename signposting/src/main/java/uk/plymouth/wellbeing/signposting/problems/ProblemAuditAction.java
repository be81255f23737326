package uk.plymouth.wellbeing.signposting.problems;

/** What a report's audit row records: its arrival, every look at it by staff, and how it was dealt with. */
public enum ProblemAuditAction {
    REPORTED,
    VIEWED,
    FIXED,
    DISMISSED
}
