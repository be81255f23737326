package uk.plymouth.wellbeing.openreferral;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import uk.plymouth.wellbeing.signposting.catalogue.CatalogueSnapshot;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;

/** One directory version's records by their published UUIDs, so ids can be looked up the other way round. */
record DirectoryIndex(
        CatalogueSnapshot snapshot,
        Map<UUID, DirectoryItem> items,
        Map<UUID, ItemAtHub> itemsAtHubs,
        Map<UUID, Hub> locations) {

    /** A service or activity at one of its hubs. */
    record ItemAtHub(DirectoryItem item, Hub hub) {}

    static DirectoryIndex of(CatalogueSnapshot snapshot) {
        Map<UUID, DirectoryItem> items = new HashMap<>();
        Map<UUID, ItemAtHub> itemsAtHubs = new HashMap<>();
        Map<UUID, Hub> locations = new HashMap<>();
        snapshot.hubs().values().forEach(hub -> locations.put(OpenReferralIds.location(hub.id()), hub));
        snapshot.services().values().forEach(service -> add(service, snapshot, items, itemsAtHubs));
        snapshot.activities().values().forEach(activity -> add(activity, snapshot, items, itemsAtHubs));
        return new DirectoryIndex(snapshot, Map.copyOf(items), Map.copyOf(itemsAtHubs), Map.copyOf(locations));
    }

    /** A service or activity by its UUID or by our content id. */
    Optional<DirectoryItem> item(String id) {
        Optional<UUID> uuid = OpenReferralIds.parse(id);
        if (uuid.isPresent()) {
            return Optional.ofNullable(items.get(uuid.get()));
        }
        DirectoryItem service = snapshot.services().get(id);
        return Optional.ofNullable(service != null ? service : snapshot.activities().get(id));
    }

    Optional<ItemAtHub> itemAtHub(String id) {
        return OpenReferralIds.parse(id).map(itemsAtHubs::get);
    }

    /** Our hub id for a hub id or a location UUID. */
    Optional<String> hubId(String idOrLocation) {
        Optional<UUID> uuid = OpenReferralIds.parse(idOrLocation);
        if (uuid.isPresent()) {
            return Optional.ofNullable(locations.get(uuid.get())).map(Hub::id);
        }
        return Optional.ofNullable(snapshot.hubs().get(idOrLocation.strip())).map(Hub::id);
    }

    private static void add(DirectoryItem item, CatalogueSnapshot snapshot, Map<UUID, DirectoryItem> items,
            Map<UUID, ItemAtHub> itemsAtHubs) {
        items.put(OpenReferralIds.service(item), item);
        for (String hubId : item.hubIds()) {
            Hub hub = snapshot.hubs().get(hubId);
            if (hub != null) {
                itemsAtHubs.put(OpenReferralIds.serviceAtLocation(item, hubId), new ItemAtHub(item, hub));
            }
        }
    }
}
