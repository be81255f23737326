package uk.plymouth.wellbeing.signposting.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.catalogue.CatalogueProperties;
import uk.plymouth.wellbeing.signposting.catalogue.CatalogueSnapshot;
import uk.plymouth.wellbeing.signposting.catalogue.content.ContentProblem;
import uk.plymouth.wellbeing.signposting.catalogue.content.ContentReader;
import uk.plymouth.wellbeing.signposting.catalogue.content.ContentSet;
import uk.plymouth.wellbeing.signposting.catalogue.content.InvalidContentException;
import uk.plymouth.wellbeing.signposting.catalogue.store.CatalogueStore;
import uk.plymouth.wellbeing.signposting.catalogue.store.LargeRemovalException;
import uk.plymouth.wellbeing.signposting.catalogue.store.SyncReport;
import uk.plymouth.wellbeing.signposting.search.IndexStats;

/**
 * Loads the content files into the database, the catalogue and the search, before the app takes requests, and
 * again whenever the files on disk change. Files with problems are refused as a whole: the last good directory
 * stays live and the problems are logged and reported by {@link #status()}.
 */
@Component
public class DirectoryLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DirectoryLoader.class);

    private final CatalogueProperties properties;
    private final DirectoryProperties directory;
    private final CatalogueStore store;
    private final LiveDirectory live;
    private final Clock clock;
    private final ContentReader reader = new ContentReader();

    private volatile DirectoryStatus status;
    private volatile String fingerprint = "";
    private volatile Instant lastCheck = Instant.EPOCH;

    DirectoryLoader(CatalogueProperties properties, DirectoryProperties directory, CatalogueStore store,
            LiveDirectory live, Clock clock) {
        this.properties = properties;
        this.directory = directory;
        this.store = store;
        this.live = live;
        this.clock = clock;
        this.status = new DirectoryStatus(properties.location(), null, 0, 0, 0, clock.instant(), List.of());
    }

    @Override
    public void afterSingletonsInstantiated() {
        reload();
    }

    public DirectoryStatus status() {
        return status;
    }

    /** Reads the files again and makes them live if they are all right and remove no more than a set share. */
    public DirectoryStatus reload() {
        return reload(false);
    }

    /**
     * Reads the files again and makes them live if they are all right.
     *
     * @param removalConfirmed an admin agreed to take more than {@code hub.directory.max-removed-share} of the
     *     live services and activities off the directory
     */
    public synchronized DirectoryStatus reload(boolean removalConfirmed) {
        long started = System.nanoTime();
        Instant startedAt = clock.instant();
        String location = properties.location();
        fingerprint = isOnDisk() ? ContentFingerprint.of(location) : "";
        try {
            ContentSet content = reader.read(location, LocalDate.now(clock));
            SyncReport report = store.save(content, location, startedAt, clock.instant(), directory.maxRemovedShare(),
                    removalConfirmed);
            publish(startedAt, report, started);
        } catch (LargeRemovalException tooMuch) {
            log.error("Content files in {} refused, the directory is unchanged. {}", location, tooMuch.getMessage());
            store.recordRefusal(location, tooMuch.getMessage(), startedAt, clock.instant());
            serveLastGood(startedAt, List.of(new ContentProblem(location, 0, null, tooMuch.getMessage())));
        } catch (InvalidContentException refused) {
            log.error("Content files in {} refused, the directory is unchanged. {}", location, refused.getMessage());
            store.recordRefusal(location, refused.getMessage(), startedAt, clock.instant());
            serveLastGood(startedAt, refused.problems());
        } catch (RuntimeException failed) {
            // e.g. the database is down: keep serving, and try these files again at the next check
            fingerprint = "";
            log.error("Loading content from {} failed; the directory is unchanged and the load will be retried",
                    location, failed);
            serveLastGood(startedAt, List.of(new ContentProblem(location, 0, null,
                    "could not be saved: " + failed.getClass().getSimpleName())));
        }
        return status;
    }

    /** Staff edit files on the server: pick up their changes without a restart. */
    @Scheduled(fixedDelay = 5, initialDelay = 5, timeUnit = TimeUnit.SECONDS)
    void reloadWhenFilesChange() {
        Duration every = properties.checkForChangesEvery();
        Instant now = clock.instant();
        if (!isOnDisk() || every.isZero() || Duration.between(lastCheck, now).compareTo(every) < 0) {
            return;
        }
        lastCheck = now;
        String latest = ContentFingerprint.of(properties.location());
        if (!latest.equals(fingerprint)) {
            log.info("Content files in {} changed; reloading", properties.location());
            reload();
        }
    }

    private boolean isOnDisk() {
        return properties.location().startsWith("file:");
    }

    private void publish(Instant startedAt, SyncReport report, long started) {
        CatalogueSnapshot snapshot = live.storedSnapshot().orElse(CatalogueSnapshot.EMPTY);
        IndexStats index = live.serveAll(snapshot, report.revision());
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        log.info(String.format(Locale.UK, "Directory loaded from %s in %d ms: %d hubs, %d services, %d activities "
                + "(%d added, %d updated, %d archived, %d restored); search index of %d documents (%.1f MB) built "
                + "in %d ms", properties.location(), millis, report.hubs(), report.services(), report.activities(),
                report.added(), report.updated(), report.archived(), report.restored(), index.documents(),
                index.indexBytes() / 1_048_576.0, index.buildTime().toMillis()));
        status = new DirectoryStatus(properties.location(), startedAt, snapshot.hubs().size(),
                snapshot.services().size(), snapshot.activities().size(), startedAt, List.of());
    }

    private void serveLastGood(Instant attempt, List<ContentProblem> problems) {
        DirectoryStatus previous = status;
        if (previous.servingSince() == null) {
            Optional<CatalogueSnapshot> stored = servedFromDatabase();
            stored.ifPresent(snapshot -> log.warn("Serving the directory last saved in the database: {} hubs, {} "
                    + "services, {} activities", snapshot.hubs().size(), snapshot.services().size(),
                    snapshot.activities().size()));
            CatalogueSnapshot served = stored.orElse(CatalogueSnapshot.EMPTY);
            status = new DirectoryStatus(properties.location(), stored.isPresent() ? attempt : null,
                    served.hubs().size(), served.services().size(), served.activities().size(), attempt,
                    problems);
        } else {
            status = new DirectoryStatus(previous.source(), previous.servingSince(), previous.hubs(),
                    previous.services(), previous.activities(), attempt, problems);
        }
    }

    private Optional<CatalogueSnapshot> servedFromDatabase() {
        try {
            return live.serveStored();
        } catch (RuntimeException unavailable) {
            log.error("The stored directory cannot be read either; nothing to serve yet", unavailable);
            return Optional.empty();
        }
    }
}
