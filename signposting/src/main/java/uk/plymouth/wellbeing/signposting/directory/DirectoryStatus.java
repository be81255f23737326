package uk.plymouth.wellbeing.signposting.directory;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.content.ContentProblem;

/**
 * How the directory stands after the latest load attempt.
 *
 * @param servingSince when the directory being served was loaded (null: nothing loaded yet)
 * @param problems what was wrong with the files at the latest attempt (empty: the latest attempt loaded)
 */
public record DirectoryStatus(
        String source,
        @Nullable Instant servingSince,
        int hubs,
        int services,
        int activities,
        Instant lastAttempt,
        List<ContentProblem> problems) {

    public DirectoryStatus {
        problems = List.copyOf(problems);
    }

    public boolean isServing() {
        return servingSince != null && hubs > 0;
    }

    public boolean latestFilesLoaded() {
        return problems.isEmpty();
    }
}
