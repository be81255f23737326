package uk.plymouth.wellbeing.signposting.catalogue;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.plymouth.wellbeing.signposting.location.PostcodeDirectory;
import uk.plymouth.wellbeing.signposting.location.PostcodeDistrict;

/**
 * The live directory at one moment: every hub, service and activity, and the places and words to find them by.
 *
 * @param changedAt when each hub, service and activity (by id) was last published; missing for content that never
 *     went through the database (tests, benchmarks)
 */
public record CatalogueSnapshot(
        Map<String, Hub> hubs,
        Map<String, HubService> services,
        Map<String, Activity> activities,
        List<PostcodeDistrict> districts,
        String synonyms,
        Instant loadedAt,
        Map<String, Instant> changedAt) {

    public static final CatalogueSnapshot EMPTY =
            new CatalogueSnapshot(Map.of(), Map.of(), Map.of(), List.of(), "", Instant.EPOCH, Map.of());

    public CatalogueSnapshot {
        hubs = Collections.unmodifiableMap(new LinkedHashMap<>(hubs));
        services = Collections.unmodifiableMap(new LinkedHashMap<>(services));
        activities = Collections.unmodifiableMap(new LinkedHashMap<>(activities));
        districts = List.copyOf(districts);
        changedAt = Map.copyOf(changedAt);
    }

    public static CatalogueSnapshot of(Collection<Hub> hubs, Collection<HubService> services,
            Collection<Activity> activities, List<PostcodeDistrict> districts, String synonyms, Instant loadedAt) {
        return of(hubs, services, activities, districts, synonyms, loadedAt, Map.of());
    }

    public static CatalogueSnapshot of(Collection<Hub> hubs, Collection<HubService> services,
            Collection<Activity> activities, List<PostcodeDistrict> districts, String synonyms, Instant loadedAt,
            Map<String, Instant> changedAt) {
        return new CatalogueSnapshot(byId(hubs, Hub::id), byId(services, HubService::id),
                byId(activities, Activity::id), districts, synonyms, loadedAt, changedAt);
    }

    public PostcodeDirectory places() {
        return new PostcodeDirectory(districts);
    }

    public int itemCount() {
        return services.size() + activities.size();
    }

    /** When this hub, service or activity was last published, if it came from the database. */
    public Optional<Instant> changedAt(String id) {
        return Optional.ofNullable(changedAt.get(id));
    }

    private static <T> Map<String, T> byId(Collection<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, t -> t, (a, b) -> a, LinkedHashMap::new));
    }
}
