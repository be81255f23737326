package uk.plymouth.wellbeing.signposting.problems;

/** A {@link ProblemReportChanged} committed on another app instance sharing the database. */
public record ProblemReportChangedElsewhere(ProblemReportChanged event) {}
