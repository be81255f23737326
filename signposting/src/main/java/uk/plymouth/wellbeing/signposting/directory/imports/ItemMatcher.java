package uk.plymouth.wellbeing.signposting.directory.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.CatalogueSnapshot;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.ItemKind;
import uk.plymouth.wellbeing.signposting.catalogue.ItemRef;

/**
 * Finds which of our items an incoming item is: the one the source gave under the same external id before; else a
 * live item of the same kind with the same name (case, spaces and punctuation aside) at the source's hub or at a hub
 * with the item's postcode, that no other external id of this source has claimed; else none (a new item).
 */
final class ItemMatcher {

    private final ImportSource source;
    private final CatalogueSnapshot live;
    private final Set<ItemRef> claimed = new HashSet<>();
    /** Live services and activities by kind and plain name. */
    private final Map<String, List<DirectoryItem>> byName = new HashMap<>();

    ItemMatcher(ImportSource source, Collection<ItemLink> links, CatalogueSnapshot live) {
        this.source = source;
        this.live = live;
        links.forEach(link -> claimed.add(link.item()));
        live.services().values().forEach(s -> index(ItemKind.SERVICE, s));
        live.activities().values().forEach(a -> index(ItemKind.ACTIVITY, a));
    }

    private void index(ItemKind kind, DirectoryItem item) {
        byName.computeIfAbsent(kind.id() + ":" + ImportFields.plain(item.title()), k -> new ArrayList<>()).add(item);
    }

    Optional<ItemRef> byNameAndPlace(FetchedItem incoming) {
        ItemKind kind = ItemKind.of(incoming.record());
        String name = ImportFields.plain(ItemKind.nameOf(incoming.record()));
        String postcode = postcode(incoming.postcode());
        for (DirectoryItem item : byName.getOrDefault(kind.id() + ":" + name, List.of())) {
            ItemRef ref = new ItemRef(kind, item.id());
            if (!claimed.contains(ref) && isAt(item, postcode)) {
                claimed.add(ref);
                return Optional.of(ref);
            }
        }
        return Optional.empty();
    }

    /** An item now linked to this source can no longer be matched by name to another of its items. */
    void claim(ItemRef ref) {
        claimed.add(ref);
    }

    private boolean isAt(DirectoryItem item, @Nullable String postcode) {
        for (String hubId : item.hubIds()) {
            Hub hub = live.hubs().get(hubId);
            if (hubId.equals(source.hubId()) || (hub != null && postcode != null
                    && postcode.equals(postcode(hub.postcode())))) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable String postcode(@Nullable String postcode) {
        return postcode == null ? null : postcode.replaceAll("\\s+", "").toUpperCase(Locale.UK);
    }
}
