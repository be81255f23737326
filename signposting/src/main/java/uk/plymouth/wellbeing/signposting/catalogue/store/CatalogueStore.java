package uk.plymouth.wellbeing.signposting.catalogue.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.plymouth.wellbeing.signposting.catalogue.Activity;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.catalogue.content.ContentSet;
import uk.plymouth.wellbeing.signposting.location.PostcodeDistrict;

/**
 * Writes checked content to the database by stable id and reads the live directory back. Loading the same files
 * twice changes nothing; an edited record is updated; a record gone from the files is archived, not deleted.
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

    CatalogueStore(StoredHubRepository hubs, StoredServiceRepository services, StoredActivityRepository activities,
            StoredTextRepository texts, ContentLoadRepository loads) {
        this.hubs = hubs;
        this.services = services;
        this.activities = activities;
        this.texts = texts;
        this.loads = loads;
    }

    /** Saves a whole checked content set in one transaction and records the load. */
    @Transactional
    public SyncReport save(ContentSet content, String source, Instant startedAt, Instant now) {
        Counter counter = new Counter();
        sync(content.hubs(), hubs, Hub::id, h -> new StoredHub(h, now), (s, h) -> s.take(h, now), counter, now);
        hubs.flush();
        sync(content.services(), services, HubService::id, s -> new StoredService(s, now), (s, r) -> s.take(r, now),
                counter, now);
        sync(content.activities(), activities, Activity::id, a -> new StoredActivity(a, now),
                (s, a) -> s.take(a, now), counter, now);
        saveText(POSTCODES, ItemJson.of(content.districts()).text(), now);
        saveText(SYNONYMS, content.synonyms(), now);
        SyncReport report = new SyncReport(content.hubs().size(), content.services().size(),
                content.activities().size(), counter.added, counter.updated, counter.unchanged, counter.archived,
                counter.restored);
        loads.save(ContentLoad.loaded(startedAt, source, report, Duration.between(startedAt, now)));
        return report;
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

    /** Ids of archived items: kept for history, never shown. */
    @Transactional(readOnly = true)
    public Set<String> archivedIds() {
        Set<String> ids = new HashSet<>();
        hubs.findAll().stream().filter(StoredItem::isArchived).forEach(s -> ids.add(s.id()));
        services.findAll().stream().filter(StoredItem::isArchived).forEach(s -> ids.add(s.id()));
        activities.findAll().stream().filter(StoredItem::isArchived).forEach(s -> ids.add(s.id()));
        return ids;
    }

    private <R, E extends StoredItem> void sync(List<R> records, JpaRepository<E, String> repository,
            Function<R, String> idOf, Function<R, E> create, BiFunction<E, R, StoredItem.Change> take,
            Counter counter, Instant now) {
        Map<String, E> existing = repository.findAll().stream().collect(Collectors.toMap(StoredItem::id, e -> e));
        for (R record : records) {
            E stored = existing.remove(idOf.apply(record));
            if (stored == null) {
                repository.save(create.apply(record));
                counter.added++;
            } else {
                counter.count(take.apply(stored, record));
            }
        }
        for (E leftOver : existing.values()) {
            if (leftOver.archive(now)) {
                counter.archived++;
            }
        }
    }

    private void saveText(String name, String body, Instant now) {
        StoredText text = texts.findById(name).orElseGet(() -> new StoredText(name));
        text.replace(body, now);
        texts.save(text);
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

    private static final class Counter {
        int added;
        int updated;
        int unchanged;
        int archived;
        int restored;

        void count(StoredItem.Change change) {
            switch (change) {
                case ADDED -> added++;
                case UPDATED -> updated++;
                case RESTORED -> restored++;
                case UNCHANGED -> unchanged++;
            }
        }
    }
}
