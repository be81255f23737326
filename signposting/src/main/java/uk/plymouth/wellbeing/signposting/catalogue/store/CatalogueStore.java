package uk.plymouth.wellbeing.signposting.catalogue.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.plymouth.wellbeing.signposting.catalogue.Activity;
import uk.plymouth.wellbeing.signposting.catalogue.CatalogueSnapshot;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.catalogue.content.ContentSet;
import uk.plymouth.wellbeing.signposting.location.PostcodeDistrict;

/**
 * Writes checked content files to the database by stable id and reads the live directory back. Loading the same
 * files twice changes nothing; a record the files changed is updated; a record gone from the files is archived, not
 * deleted; an item edited in the app keeps its edit until the files change that item.
 */
@Service
public class CatalogueStore {

    private static final String POSTCODES = "postcodes";
    private static final String SYNONYMS = "synonyms";

    private final StoredHubRepository hubs;
    private final StoredServiceRepository services;
    private final StoredActivityRepository activities;
    private final StoredTextRepository texts;
    private final ContentLoadRepository loads;
    private final DirectoryVersions versions;
    private final DirectoryChangeLog changes;

    CatalogueStore(StoredHubRepository hubs, StoredServiceRepository services, StoredActivityRepository activities,
            StoredTextRepository texts, ContentLoadRepository loads, DirectoryVersions versions,
            DirectoryChangeLog changes) {
        this.hubs = hubs;
        this.services = services;
        this.activities = activities;
        this.texts = texts;
        this.loads = loads;
        this.versions = versions;
        this.changes = changes;
    }

    /** Saves a load that may remove at most a fifth of the live services and activities (see below). */
    @Transactional
    public SyncReport save(ContentSet content, String source, Instant startedAt, Instant now) {
        return save(content, source, startedAt, now, 0.2, false);
    }

    /**
     * Saves a whole checked content set in one transaction and records the load. Only what the files changed
     * since they were last loaded is taken, so edits made in the app stay; each change becomes a version.
     *
     * @param removalConfirmed an admin agreed to a load that takes more than {@code maxRemovedShare} of the
     *     live services and activities off the directory (asked only when the files are those of the last load:
     *     pointing {@code hub.catalogue.location} at other files is taken as meant)
     * @throws LargeRemovalException when the load would remove more than that share without confirmation
     */
    @Transactional
    public SyncReport save(ContentSet content, String source, Instant startedAt, Instant now, double maxRemovedShare,
            boolean removalConfirmed) {
        // each table read once: the removal check and the sync share the rows
        List<StoredService> storedServices = services.findAll();
        List<StoredActivity> storedActivities = activities.findAll();
        int dropping = FileSync.wouldDrop(content.services(), storedServices, HubService::id)
                + FileSync.wouldDrop(content.activities(), storedActivities, Activity::id);
        long live = storedServices.stream().filter(s -> !s.isArchived()).count()
                + storedActivities.stream().filter(a -> !a.isArchived()).count();
        // the guard is for the same files half-copied or emptied; pointing the app at other files is a choice
        boolean sameFiles = loads.findFirstByOutcomeOrderByIdDesc("LOADED").map(last -> last.source().equals(source))
                .orElse(true);
        if (sameFiles && !removalConfirmed && dropping > 0 && dropping > maxRemovedShare * live) {
            throw new LargeRemovalException(dropping, (int) live);
        }
        FileSync sync = new FileSync(versions.latestOfAll(), source, now);
        sync.sync(content.hubs(), hubs.findAll(), hubs, Hub::id, h -> new StoredHub(h, now, true),
                (s, h) -> s.takeFromFiles(h, now));
        hubs.flush();
        sync.sync(content.services(), storedServices, services, HubService::id, s -> new StoredService(s, now, true),
                (s, r) -> s.takeFromFiles(r, now));
        sync.sync(content.activities(), storedActivities, activities, Activity::id, a -> new StoredActivity(a, now, true),
                (s, a) -> s.takeFromFiles(a, now));
        boolean textsChanged = saveText(POSTCODES, ItemJson.of(content.districts()).text(), now)
                | saveText(SYNONYMS, content.synonyms(), now);
        versions.insertAll(sync.versions);
        long revision = sync.changedAnything() || textsChanged ? changes.recordEverything(now) : changes.current();
        SyncReport report = new SyncReport(content.hubs().size(), content.services().size(),
                content.activities().size(), sync.added, sync.updated, sync.unchanged, sync.archived, sync.restored,
                revision);
        loads.save(ContentLoad.loaded(startedAt, source, report, Duration.between(startedAt, now)));
        return report;
    }

    /**
     * Replaces residents' words (the synonyms search reads) as an admin typed them; every instance reloads the
     * directory. Returns the new revision.
     */
    @Transactional
    public long saveResidentWords(String text, Instant now) {
        saveText(SYNONYMS, text, now);
        return changes.recordEverything(now);
    }

    /** Replaces the postcode places as an admin typed them; every instance reloads the directory. */
    @Transactional
    public long savePlaces(List<PostcodeDistrict> districts, Instant now) {
        saveText(POSTCODES, ItemJson.of(districts).text(), now);
        return changes.recordEverything(now);
    }

    /** Notes that the files were refused, so staff can see why the directory did not change. */
    @Transactional
    public void recordRefusal(String source, String problems, Instant startedAt, Instant now) {
        loads.save(ContentLoad.refused(startedAt, source, problems, Duration.between(startedAt, now)));
    }

    /** The live (not archived) directory from the last good load; empty if nothing was ever loaded. */
    @Transactional(readOnly = true)
    public Optional<ContentSet> load() {
        List<Hub> liveHubs = hubs.findAll().stream().filter(s -> !s.isArchived())
                .sorted(Comparator.comparing(StoredItem::id)).map(StoredHub::hub).toList();
        if (liveHubs.isEmpty()) {
            return Optional.empty();
        }
        List<HubService> liveServices = services.findAll().stream().filter(s -> !s.isArchived())
                .sorted(Comparator.comparing(StoredItem::id)).map(StoredService::service).toList();
        List<Activity> liveActivities = activities.findAll().stream().filter(s -> !s.isArchived())
                .sorted(Comparator.comparing(StoredItem::id)).map(StoredActivity::activity).toList();
        return Optional.of(new ContentSet(liveHubs, liveServices, liveActivities, districts(), text(SYNONYMS)));
    }

    /** The live directory as a snapshot, with when each item last changed; each table is read once. */
    @Transactional(readOnly = true)
    public Optional<CatalogueSnapshot> snapshot(Instant loadedAt) {
        Map<String, Instant> changed = new HashMap<>();
        List<Hub> liveHubs = live(hubs.findAll(), changed).stream().map(StoredHub::hub).toList();
        if (liveHubs.isEmpty()) {
            return Optional.empty();
        }
        List<HubService> liveServices = live(services.findAll(), changed).stream().map(StoredService::service)
                .toList();
        List<Activity> liveActivities = live(activities.findAll(), changed).stream().map(StoredActivity::activity)
                .toList();
        return Optional.of(CatalogueSnapshot.of(liveHubs, liveServices, liveActivities, districts(), text(SYNONYMS),
                loadedAt, changed));
    }

    private static <E extends StoredItem> List<E> live(List<E> rows, Map<String, Instant> changed) {
        List<E> live = rows.stream().filter(row -> !row.isArchived()).sorted(Comparator.comparing(StoredItem::id))
                .toList();
        live.forEach(row -> changed.put(row.id(), row.updatedAt()));
        return live;
    }

    /** Ids of archived items: kept for history, never shown. */
    @Transactional(readOnly = true)
    public Set<String> archivedIds() {
        Set<String> ids = new HashSet<>();
        hubs.findAll().stream().filter(StoredItem::isArchived).forEach(s -> ids.add(s.id()));
        services.findAll().stream().filter(StoredItem::isArchived).forEach(s -> ids.add(s.id()));
        activities.findAll().stream().filter(StoredItem::isArchived).forEach(s -> ids.add(s.id()));
        return ids;
    }

    private boolean saveText(String name, String body, Instant now) {
        StoredText text = texts.findById(name).orElseGet(() -> new StoredText(name));
        boolean changed = text.replace(body, now);
        texts.save(text);
        return changed;
    }

    private String text(String name) {
        return texts.findById(name).map(StoredText::body).orElse("");
    }

    private List<PostcodeDistrict> districts() {
        String json = text(POSTCODES);
        if (json.isEmpty()) {
            return List.of();
        }
        try {
            return ItemJson.MAPPER.readValue(json, new TypeReference<List<PostcodeDistrict>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored postcode districts cannot be read back", e);
        }
    }
}
