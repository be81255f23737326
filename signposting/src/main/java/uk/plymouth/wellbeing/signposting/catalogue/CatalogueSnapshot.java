package uk.plymouth.wellbeing.signposting.catalogue;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.plymouth.wellbeing.signposting.location.PostcodeDirectory;
import uk.plymouth.wellbeing.signposting.location.PostcodeDistrict;

/** The live directory at one moment: every hub, service and activity, and the places and words to find them by. */
public record CatalogueSnapshot(
        Map<String, Hub> hubs,
        Map<String, HubService> services,
        Map<String, Activity> activities,
        List<PostcodeDistrict> districts,
        String synonyms,
        Instant loadedAt) {

    public static final CatalogueSnapshot EMPTY =
            new CatalogueSnapshot(Map.of(), Map.of(), Map.of(), List.of(), "", Instant.EPOCH);

    public CatalogueSnapshot {
        hubs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(hubs));
        services = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(services));
        activities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(activities));
        districts = List.copyOf(districts);
    }

    public static CatalogueSnapshot of(Collection<Hub> hubs, Collection<HubService> services,
            Collection<Activity> activities, List<PostcodeDistrict> districts, String synonyms, Instant loadedAt) {
        return new CatalogueSnapshot(byId(hubs, Hub::id), byId(services, HubService::id),
                byId(activities, Activity::id), districts, synonyms, loadedAt);
    }

    public PostcodeDirectory places() {
        return new PostcodeDirectory(districts);
    }

    public int itemCount() {
        return services.size() + activities.size();
    }

    private static <T> Map<String, T> byId(Collection<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, t -> t, (a, b) -> a, LinkedHashMap::new));
    }
}
