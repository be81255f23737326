package uk.plymouth.wellbeing.signposting.problems;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A problem report was kept ({@code resolution} null) or dealt with, published in the transaction that saved it; staff
 * screens hear of it once it commits, on this instance or, as a {@link ProblemReportChangedElsewhere}, on the others.
 * Never who reported it or what they wrote.
 */
public record ProblemReportChanged(UUID reportId, String hubId, @Nullable Resolution resolution) {}
