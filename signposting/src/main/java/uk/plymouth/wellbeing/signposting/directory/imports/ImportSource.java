package uk.plymouth.wellbeing.signposting.directory.imports;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A directory we import from, as an admin set it up, and how its last run went.
 *
 * @param runningSince when a run started that has not finished (on any instance), or null
 */
public record ImportSource(
        long id,
        String name,
        SourceKind kind,
        String url,
        String hubId,
        Duration every,
        boolean publish,
        boolean enabled,
        @Nullable Instant runningSince,
        @Nullable Instant lastRunAt,
        @Nullable RunStatus lastStatus,
        @Nullable String lastMessage,
        ImportCounts lastCounts) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    /** The author of every version this source writes, e.g. {@code import:Plymouth Online Directory}. */
    public String author() {
        return authorFor(name);
    }

    static String authorFor(String name) {
        return "import:" + name;
    }

    public SourceSettings settings() {
        return new SourceSettings(name, kind, url, hubId, every, publish, enabled);
    }

    /** "Running since 24 Nov 2026 10:00", "Never run", or "OK, 24 Nov 2026 10:00: 3 added. ..." for staff. */
    public String statusLine() {
        if (runningSince != null) {
            return "Running since " + WHEN.format(runningSince);
        }
        if (lastRunAt == null || lastStatus == null) {
            return "Never run";
        }
        String outcome = lastStatus == RunStatus.OK ? "OK" : "Failed";
        return outcome + ", " + WHEN.format(lastRunAt) + ": " + (lastMessage == null ? "" : lastMessage);
    }

    /** Whether the next scheduled run is due at {@code now} (a run in progress is the claim's business). */
    boolean isDue(Instant now) {
        return enabled && (lastRunAt == null || !lastRunAt.plus(every).isAfter(now));
    }
}
