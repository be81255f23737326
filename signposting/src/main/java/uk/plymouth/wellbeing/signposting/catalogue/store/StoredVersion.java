package uk.plymouth.wellbeing.signposting.catalogue.store;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.ItemRef;

/**
 * One version of a hub, service or activity as kept in {@code directory_version}.
 *
 * @param details the whole record as JSON ({@link ItemJson})
 * @param changes what changed from the version before, as JSON (written and read by the editing service)
 * @param archived whether this version takes the item off the directory
 */
public record StoredVersion(
        ItemRef ref,
        int version,
        VersionState state,
        boolean archived,
        String details,
        String changes,
        @Nullable String note,
        List<String> hubIds,
        String author,
        Instant createdAt,
        @Nullable String publishedBy,
        @Nullable Instant publishedAt) {

    public StoredVersion {
        hubIds = List.copyOf(hubIds);
    }

    /** Where a version stands. */
    public enum VersionState {
        /** Saved but not live: waits for someone who may publish it. */
        DRAFT,
        /** Was made live (it may since have been replaced by a later one). */
        PUBLISHED,
        /** A draft that was overtaken by a later published version, or thrown away. */
        DISCARDED
    }

    public <T> T record(Class<T> type) {
        return ItemJson.read(details, type);
    }
}
