package uk.plymouth.wellbeing.signposting.directory.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Collects what a read of a source gives, entry by entry; the last word on an external id wins. */
final class FeedBuilder {

    private final Map<String, FetchedItem> items = new LinkedHashMap<>();
    private final Set<String> unchanged = new LinkedHashSet<>();
    private final Set<String> removed = new LinkedHashSet<>();
    private final Set<String> unusable = new LinkedHashSet<>();
    private final List<String> skipped = new ArrayList<>();
    private @Nullable String failure;

    void add(FetchedItem item) {
        String id = item.externalId();
        removed.remove(Feed.whole(id));
        unusable.remove(Feed.whole(id));
        items.put(id, item);
    }

    /** The source's list says this item has not changed since it was last taken. */
    void unchanged(String externalId) {
        unchanged.add(externalId);
    }

    void removed(String externalId) {
        items.keySet().removeIf(id -> Feed.whole(id).equals(externalId));
        unusable.remove(externalId);
        removed.add(externalId);
    }

    /** An entry that cannot be used; with an id, its items are left as they are (neither changed nor archived). */
    void skip(@Nullable String externalId, String reason) {
        if (externalId != null) {
            items.keySet().removeIf(id -> Feed.whole(id).equals(externalId));
            removed.remove(externalId);
            unusable.add(externalId);
        }
        skipped.add(reason);
    }

    void fail(String why) {
        failure = why;
    }

    Feed build() {
        return new Feed(List.copyOf(items.values()), unchanged, removed, unusable, skipped, failure);
    }
}
