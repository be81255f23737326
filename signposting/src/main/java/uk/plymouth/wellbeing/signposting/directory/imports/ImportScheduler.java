package uk.plymouth.wellbeing.signposting.directory.imports;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every {@code hub.imports.check-every}, runs the enabled sources that are due, one after another. Every instance
 * looks; the claim in {@link ImportSourceStore#claim} lets exactly one of them run each due source.
 */
@Component
class ImportScheduler {

    private static final Logger log = LoggerFactory.getLogger(ImportScheduler.class);

    private final ImportSourceStore sources;
    private final ImportRunner runner;
    private final Clock clock;

    ImportScheduler(ImportSourceStore sources, ImportRunner runner, Clock clock) {
        this.sources = sources;
        this.runner = runner;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${hub.imports.check-every:60s}",
            initialDelayString = "${hub.imports.check-every:60s}")
    void runDueSources() {
        try {
            runDue();
        } catch (RuntimeException failed) {
            log.warn("Looking for import sources that are due failed; trying again at the next check: {}",
                    failed.toString());
        }
    }

    /** Runs every source due now that no other instance runs first; returns what each run did. */
    List<RunReport> runDue() {
        Instant now = clock.instant();
        List<RunReport> reports = new ArrayList<>();
        for (ImportSource source : sources.all()) {
            if (source.isDue(now)) {
                RunReport report = runner.run(source, now.minus(source.every()));
                if (report.ran()) {
                    reports.add(report);
                }
            }
        }
        return reports;
    }
}
