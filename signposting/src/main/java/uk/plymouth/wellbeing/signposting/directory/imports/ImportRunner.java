package uk.plymouth.wellbeing.signposting.directory.imports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import uk.plymouth.wellbeing.signposting.logging.LogSafe;

/**
 * Runs one source: claims it (once across instances), reads it, takes what it gave into the directory and records
 * how it went on the source's status line. A source that cannot be read, or not all of it, never archives anything;
 * an error in the middle leaves what was already saved and says so.
 */
@Service
class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
    private static final int PROBLEMS_SHOWN = 3;

    private final ImportSourceStore sources;
    private final OrukReader oruk;
    private final RpdeReader rpde;
    private final ImportMerge merge;
    private final ItemSourceStore links;
    private final ImportProperties properties;
    private final Clock clock;

    ImportRunner(ImportSourceStore sources, OrukReader oruk, RpdeReader rpde, ImportMerge merge,
            ItemSourceStore links, ImportProperties properties, Clock clock) {
        this.links = links;
        this.sources = sources;
        this.oruk = oruk;
        this.rpde = rpde;
        this.merge = merge;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Runs the source if no run of it is under way anywhere.
     *
     * @param dueIfRunBefore for scheduled runs: run only if it has not run since this moment (another instance may
     *     just have run it); null to run now whatever
     */
    RunReport run(ImportSource source, @Nullable Instant dueIfRunBefore) {
        Instant started = clock.instant();
        String token = UUID.randomUUID().toString();
        if (!sources.claim(source.id(), token, started, started.minus(properties.staleAfter()), dueIfRunBefore)) {
            return RunReport.notStarted(source.id());
        }
        RunReport report;
        try {
            report = readAndMerge(source, started);
        } catch (RuntimeException failed) {
            log.error("Import from source {} ({}) stopped", source.id(), source.name(), failed);
            report = new RunReport(source.id(), true, RunStatus.FAILED, "The import stopped with an error ("
                    + failed.getClass().getSimpleName() + "); changes saved before it are kept and nothing was "
                    + "archived. The log has the details.", ImportCounts.NONE, List.of());
        }
        if (!sources.finish(source.id(), token, started, report.status(), report.message(), report.counts())) {
            log.warn("Import from source {} finished after its claim was taken over as stale", source.id());
        }
        log.info("Import from source {} ({}): {} {}", source.id(), LogSafe.text(source.name()), report.status(),
                LogSafe.text(report.message(), 500));
        return report;
    }

    private RunReport readAndMerge(ImportSource source, Instant started) {
        LocalDate today = LocalDate.now(clock);
        Feed feed = switch (source.kind()) {
            case ORUK -> oruk.read(source, today, ItemLink.listHashes(links.ofSource(source.id()).values()));
            case OPENACTIVE -> rpde.read(source, today);
        };
        ImportMerge.Outcome outcome = merge.apply(source, feed, started);
        List<String> parts = new ArrayList<>();
        if (!feed.complete()) {
            parts.add("Could not read all of the source: " + feed.failure() + ". Nothing was archived.");
        }
        parts.add(capitalised(outcome.counts().inWords()) + ".");
        if (!outcome.problems().isEmpty()) {
            List<String> shown = outcome.problems().subList(0, Math.min(PROBLEMS_SHOWN, outcome.problems().size()));
            int more = outcome.problems().size() - shown.size();
            parts.add("Skipped: " + String.join("; ", shown) + (more > 0 ? " and " + more + " more" : "") + ".");
        }
        return new RunReport(source.id(), true, feed.complete() ? RunStatus.OK : RunStatus.FAILED,
                String.join(" ", parts), outcome.counts(), outcome.problems());
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
