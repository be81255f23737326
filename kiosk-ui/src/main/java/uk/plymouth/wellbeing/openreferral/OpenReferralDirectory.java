package uk.plymouth.wellbeing.openreferral;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.CatalogueSnapshot;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.location.GeoPoint;
import uk.plymouth.wellbeing.signposting.search.SearchHit;
import uk.plymouth.wellbeing.signposting.search.SearchResults;
import uk.plymouth.wellbeing.signposting.search.ServiceSearch;

/**
 * Answers the open data API from the live directory: lists go through {@link ServiceSearch} (relevance with
 * {@code search}, distance with a postcode), single records are looked up by UUID or content id.
 */
@Component
class OpenReferralDirectory {

    /** Enough pages of 100 for every item we could ever hold; a guard, not a limit we expect to reach. */
    private static final int MAX_SEARCH_PAGES = 100;

    private final Catalogue catalogue;
    private final ServiceSearch search;
    private volatile @Nullable DirectoryIndex index;

    OpenReferralDirectory(Catalogue catalogue, ServiceSearch search) {
        this.catalogue = catalogue;
        this.search = search;
    }

    OrukPage<OrukServiceSummary> services(Map<String, String> query) {
        DirectoryIndex current = index();
        ListParams params = parser(current).parse(query);
        OpenReferralMapper mapper = new OpenReferralMapper(current.snapshot());
        if (params.modifiedAfter() != null) {
            List<SearchHit> changed = allHits(params).stream().filter(hit -> current.snapshot()
                    .changedAt(hit.item().id()).filter(params.modifiedAfter()::isBefore).isPresent()).toList();
            return OrukPage.slice(changed, params.page(), params.perPage())
                    .map(hit -> mapper.summary(hit.item(), hit.nearestHubId(), hit.distanceKm()));
        }
        SearchResults results = search.search(params.searchRequest(0, params.perPage()));
        long offset = (long) (params.page() - 1) * params.perPage();
        if (offset >= results.total()) {
            return OrukPage.of(List.of(), results.total(), params.page(), params.perPage());
        }
        if (params.page() > 1) {
            results = search.search(params.searchRequest(params.page() - 1, params.perPage()));
        }
        List<OrukServiceSummary> contents = results.hits().stream()
                .map(hit -> mapper.summary(hit.item(), hit.nearestHubId(), hit.distanceKm())).toList();
        return OrukPage.of(contents, results.total(), params.page(), params.perPage());
    }

    /** One row per service (or activity) and hub; by distance from the postcode to that hub when given. */
    OrukPage<OrukServiceAtLocationSummary> servicesAtLocations(Map<String, String> query) {
        DirectoryIndex current = index();
        ListParams params = parser(current).parse(query);
        OpenReferralMapper mapper = new OpenReferralMapper(current.snapshot());
        List<Row> rows = new ArrayList<>();
        List<SearchHit> hits = allHits(params);
        for (int rank = 0; rank < hits.size(); rank++) {
            DirectoryItem item = hits.get(rank).item();
            if (params.modifiedAfter() != null && current.snapshot().changedAt(item.id())
                    .filter(params.modifiedAfter()::isBefore).isEmpty()) {
                continue;
            }
            for (Hub hub : mapper.hubsOf(item)) {
                Double km = params.origin() == null ? null : hub.location().distanceKm(params.origin());
                if (wanted(params, item, hub, km)) {
                    rows.add(new Row(item, hub, km, rank));
                }
            }
        }
        if (params.origin() != null) {
            rows.sort(Comparator.comparingDouble((Row row) -> row.km() == null ? 0 : row.km())
                    .thenComparingInt(Row::rank));
        }
        return OrukPage.slice(rows, params.page(), params.perPage()).map(row ->
                mapper.serviceAtLocationSummary(row.item(), row.hub(), row.km() == null ? null : tenths(row.km())));
    }

    Optional<OrukService> service(String id) {
        DirectoryIndex current = index();
        return current.item(id).map(item -> new OpenReferralMapper(current.snapshot()).service(item));
    }

    Optional<OrukServiceAtLocation> serviceAtLocation(String id) {
        DirectoryIndex current = index();
        return current.itemAtHub(id).map(found -> new OpenReferralMapper(current.snapshot())
                .serviceAtLocation(found.item(), found.hub(), true));
    }

    private static boolean wanted(ListParams params, DirectoryItem item, Hub hub, @Nullable Double km) {
        if (params.hubId() != null && !params.hubId().equals(hub.id())) {
            return false;
        }
        if (params.radiusKm() != null && km != null && km > params.radiusKm()) {
            return false;
        }
        // the search already knows the item runs that day; a service without sessions only at hubs open then
        return params.day() == null || !(item instanceof HubService service) || !service.sessions().isEmpty()
                || hub.openingHours().isOpenOn(params.day());
    }

    private List<SearchHit> allHits(ListParams params) {
        List<SearchHit> hits = new ArrayList<>();
        for (int page = 0; page < MAX_SEARCH_PAGES; page++) {
            SearchResults results = search.search(params.searchRequest(page, ListParams.MAX_PER_PAGE));
            hits.addAll(results.hits());
            if (results.hits().isEmpty() || hits.size() >= results.total()) {
                break;
            }
        }
        return hits;
    }

    private ListParamsParser parser(DirectoryIndex current) {
        return new ListParamsParser(current.snapshot().places(), current::hubId);
    }

    /** The index for the live directory version, rebuilt when the content has been reloaded. */
    private DirectoryIndex index() {
        CatalogueSnapshot snapshot = catalogue.snapshot();
        DirectoryIndex known = index;
        if (known == null || known.snapshot() != snapshot) {
            known = DirectoryIndex.of(snapshot);
            index = known;
        }
        return known;
    }

    private static double tenths(double km) {
        return Math.round(km * 10) / 10.0;
    }

    /** A service at a hub, with its distance from the postcode and its item's place in the search ranking. */
    private record Row(DirectoryItem item, Hub hub, @Nullable Double km, int rank) {}
}
