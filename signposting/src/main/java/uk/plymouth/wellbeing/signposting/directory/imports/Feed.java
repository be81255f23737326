package uk.plymouth.wellbeing.signposting.directory.imports;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What one read of a source gave. An entry the source gives on several days becomes one item per day, the first
 * under the source's id and the others under {@code <id>#<day>}; what the source says of the id holds for them all.
 *
 * @param items the usable items, in the source's order
 * @param unchanged external ids whose entry in the source's list is as it was last time, so were not read again
 * @param removed external ids the source itself says were deleted or closed for good
 * @param unusable external ids the source gave that could not be used: their items are left as they are
 * @param skipped one plain line per entry that could not be used
 * @param failure why the read stopped before the end, or null when every page was read
 */
record Feed(List<FetchedItem> items, Set<String> unchanged, Set<String> removed, Set<String> unusable,
        List<String> skipped, @Nullable String failure) {

    Feed {
        items = List.copyOf(items);
        unchanged = Set.copyOf(unchanged);
        removed = Set.copyOf(removed);
        unusable = Set.copyOf(unusable);
        skipped = List.copyOf(skipped);
    }

    /** Every page was read: only then may items missing from the source be archived. */
    boolean complete() {
        return failure == null;
    }

    boolean isRemoved(String externalId) {
        return removed.contains(externalId) || removed.contains(whole(externalId));
    }

    boolean isUnusable(String externalId) {
        return unusable.contains(externalId) || unusable.contains(whole(externalId));
    }

    /** The source's own id of a per-day item ({@code abc#tuesday} is {@code abc}). */
    static String whole(String externalId) {
        int day = externalId.lastIndexOf('#');
        return day > 0 ? externalId.substring(0, day) : externalId;
    }
}
