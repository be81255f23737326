package uk.plymouth.wellbeing.signposting.directory.edit;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.ItemRef;
import uk.plymouth.wellbeing.signposting.catalogue.store.StoredVersion;
import uk.plymouth.wellbeing.signposting.catalogue.store.StoredVersion.VersionState;

/**
 * One version of a hub, service or activity, as staff see it in its history.
 *
 * @param record the whole {@code Hub}, {@code HubService} or {@code Activity} as it was in this version
 * @param changes what this version changed from the one before
 */
public record ItemVersion(
        ItemRef ref,
        int version,
        VersionState state,
        boolean archived,
        Object record,
        List<FieldChange> changes,
        @Nullable String note,
        String author,
        Instant createdAt,
        @Nullable String publishedBy,
        @Nullable Instant publishedAt) {

    static ItemVersion of(StoredVersion stored) {
        return new ItemVersion(stored.ref(), stored.version(), stored.state(), stored.archived(),
                stored.record(stored.ref().kind().recordType()), FieldChanges.fromJson(stored.changes()),
                stored.note(), stored.author(), stored.createdAt(), stored.publishedBy(), stored.publishedAt());
    }

    public boolean isDraft() {
        return state == VersionState.DRAFT;
    }

    /** Made live (it may since have been replaced by a later version). */
    public boolean isPublished() {
        return state == VersionState.PUBLISHED;
    }
}
