package uk.plymouth.wellbeing.signposting.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.catalogue.Activity;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.CatalogueSnapshot;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.catalogue.ItemKind;
import uk.plymouth.wellbeing.signposting.catalogue.ItemRef;
import uk.plymouth.wellbeing.signposting.catalogue.store.CatalogueStore;
import uk.plymouth.wellbeing.signposting.catalogue.store.DirectoryChangeLog;
import uk.plymouth.wellbeing.signposting.catalogue.store.LiveRecords;
import uk.plymouth.wellbeing.signposting.search.IndexStats;
import uk.plymouth.wellbeing.signposting.search.ServiceSearch;

/**
 * What this app instance serves: the catalogue and the search index, kept level with the database's change log.
 * Every instance follows the log, so an item published on any of them reaches all of them; one changed item
 * changes one entry, never the whole index.
 */
@Component
public class LiveDirectory {

    private static final Logger log = LoggerFactory.getLogger(LiveDirectory.class);
    /** More changes than this at once are cheaper to take as a whole reload. */
    private static final int MOST_SINGLE_CHANGES = 500;

    private final CatalogueStore store;
    private final LiveRecords records;
    private final DirectoryChangeLog changes;
    private final Catalogue catalogue;
    private final ServiceSearch search;
    private final Clock clock;
    /** The revision served; -1 until the loader first serves the directory. Guarded by this. */
    private long revision = -1;

    LiveDirectory(CatalogueStore store, LiveRecords records, DirectoryChangeLog changes, Catalogue catalogue,
            ServiceSearch search, Clock clock) {
        this.store = store;
        this.records = records;
        this.changes = changes;
        this.catalogue = catalogue;
        this.search = search;
        this.clock = clock;
    }

    /** Serves a whole directory as of a revision (the content loader, or a whole reload). */
    public synchronized IndexStats serveAll(CatalogueSnapshot snapshot, long asOfRevision) {
        IndexStats stats = search.rebuild(snapshot); // search first: once the catalogue shows it, search finds it
        catalogue.replace(snapshot);
        revision = Math.max(revision, asOfRevision);
        return stats;
    }

    /** Serves the directory saved in the database, if there is one. */
    public synchronized Optional<CatalogueSnapshot> serveStored() {
        long asOf = changes.current();
        Optional<CatalogueSnapshot> stored = storedSnapshot();
        stored.ifPresent(snapshot -> serveAll(snapshot, asOf));
        return stored;
    }

    /** The live directory in the database, with when each item last changed. */
    public Optional<CatalogueSnapshot> storedSnapshot() {
        return store.snapshot(clock.instant());
    }

    public synchronized long revision() {
        return revision;
    }

    @Scheduled(fixedDelayString = "${hub.directory.follow-every:500ms}")
    void follow() {
        try {
            catchUp();
        } catch (RuntimeException failed) {
            log.warn("Following the directory's changes failed; trying again shortly: {}", failed.toString());
        }
    }

    /** Takes every change published since the revision served; returns how many changes were taken. */
    public synchronized int catchUp() {
        if (revision < 0) {
            return 0;
        }
        List<DirectoryChangeLog.Change> pending = changes.after(revision);
        if (pending.isEmpty()) {
            return 0;
        }
        long last = pending.get(pending.size() - 1).revision();
        boolean whole = pending.size() > MOST_SINGLE_CHANGES || pending.stream()
                .anyMatch(c -> c.isEverything() || c.kind().equals(ItemKind.HUB.id()));
        if (whole) {
            storedSnapshot().ifPresent(snapshot -> serveAll(snapshot, last));
        } else {
            Set<ItemRef> refs = new LinkedHashSet<>();
            pending.forEach(c -> refs.add(c.ref()));
            CatalogueSnapshot next = withChanges(catalogue.snapshot(), refs, records.findAll(refs));
            Set<String> ids = new LinkedHashSet<>();
            refs.forEach(r -> ids.add(r.id()));
            search.update(next, ids);
            catalogue.replace(next);
            revision = last;
        }
        return pending.size();
    }

    private CatalogueSnapshot withChanges(CatalogueSnapshot current, Set<ItemRef> refs,
            Map<ItemRef, LiveRecords.Live> found) {
        Map<String, HubService> services = new LinkedHashMap<>(current.services());
        Map<String, Activity> activities = new LinkedHashMap<>(current.activities());
        Map<String, Instant> changedAt = new LinkedHashMap<>(current.changedAt());
        for (ItemRef ref : refs) {
            LiveRecords.Live live = found.get(ref);
            boolean shown = live != null && !live.archived();
            services.remove(ref.id());
            activities.remove(ref.id());
            changedAt.remove(ref.id());
            if (shown) {
                if (live.record() instanceof HubService service) {
                    services.put(ref.id(), service);
                } else if (live.record() instanceof Activity activity) {
                    activities.put(ref.id(), activity);
                }
                changedAt.put(ref.id(), live.changedAt());
            }
        }
        return CatalogueSnapshot.of(current.hubs().values(), services.values(), activities.values(),
                current.districts(), current.synonyms(), clock.instant(), changedAt);
    }
}
