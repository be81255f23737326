package uk.plymouth.wellbeing.signposting.directory.imports;

import java.util.List;

/**
 * What asking a source to run did.
 *
 * @param ran false when another run of the source (on any instance) was already under way, so this one did not start
 * @param problems one plain line per item skipped or not saved
 */
public record RunReport(long sourceId, boolean ran, RunStatus status, String message, ImportCounts counts,
        List<String> problems) {

    public RunReport {
        problems = List.copyOf(problems);
    }

    static RunReport notStarted(long sourceId) {
        return new RunReport(sourceId, false, RunStatus.OK, "Already running: this run did not start",
                ImportCounts.NONE, List.of());
    }
}
