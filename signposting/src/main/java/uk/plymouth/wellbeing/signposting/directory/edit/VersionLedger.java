package uk.plymouth.wellbeing.signposting.directory.edit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.catalogue.ItemKind;
import uk.plymouth.wellbeing.signposting.catalogue.ItemRef;
import uk.plymouth.wellbeing.signposting.catalogue.store.DirectoryChangeLog;
import uk.plymouth.wellbeing.signposting.catalogue.store.DirectoryVersions;
import uk.plymouth.wellbeing.signposting.catalogue.store.ItemJson;
import uk.plymouth.wellbeing.signposting.catalogue.store.LiveRecords;
import uk.plymouth.wellbeing.signposting.catalogue.store.StoredVersion;
import uk.plymouth.wellbeing.signposting.catalogue.store.StoredVersion.VersionState;

/**
 * Writes an item's versions and makes published ones live, inside the editor's transaction: the version row, the
 * live row, the drafts it overtakes and the change every instance follows, all or nothing.
 */
@Component
class VersionLedger {

    private final DirectoryVersions versions;
    private final LiveRecords live;
    private final DirectoryChangeLog changes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VersionLedger(DirectoryVersions versions, LiveRecords live, DirectoryChangeLog changes,
            ApplicationEventPublisher events, Clock clock) {
        this.versions = versions;
        this.live = live;
        this.changes = changes;
        this.events = events;
        this.clock = clock;
    }

    Optional<StoredVersion> find(ItemRef ref, int version) {
        return versions.find(ref, version);
    }

    Object record(ItemRef ref, int version) {
        return versions.find(ref, version).map(v -> v.record(ref.kind().recordType()))
                .orElseThrow(() -> new IllegalArgumentException("No version " + version + " of " + ref));
    }

    /** Adds version {@code number}, published (and live) or a draft; returns it as staff see it. */
    ItemVersion append(ItemRef ref, int number, Object record, boolean archived, @Nullable String note,
            String author, boolean publish) {
        Optional<StoredVersion> before = versions.find(ref, number - 1);
        Object previous = before.map(v -> v.record(ref.kind().recordType())).orElse(null);
        List<FieldChange> changed = new ArrayList<>(FieldChanges.between(previous, record));
        if (before.map(StoredVersion::archived).orElse(false) != archived) {
            changed.add(new FieldChange("archived", String.valueOf(!archived), String.valueOf(archived)));
        }
        Instant now = clock.instant();
        versions.insert(new StoredVersion(ref, number, publish ? VersionState.PUBLISHED : VersionState.DRAFT, archived,
                ItemJson.of(record).text(), FieldChanges.toJson(changed), note, ItemKind.hubIdsOf(record), author, now,
                publish ? author : null, publish ? now : null));
        if (publish) {
            goLive(ref, record, archived, number, now);
        }
        events.publishEvent(new DirectoryItemChanged(ref.kind().id(), ref.id(), number, publish));
        return versions.find(ref, number).map(ItemVersion::of).orElseThrow();
    }

    /** Publishes a waiting draft as it is. */
    ItemVersion publishDraft(StoredVersion draft, String by) {
        Instant now = clock.instant();
        versions.markPublished(draft.ref(), draft.version(), by, now);
        goLive(draft.ref(), draft.record(draft.ref().kind().recordType()), draft.archived(), draft.version(), now);
        events.publishEvent(new DirectoryItemChanged(draft.ref().kind().id(), draft.ref().id(), draft.version(), true));
        return versions.find(draft.ref(), draft.version()).map(ItemVersion::of).orElseThrow();
    }

    /** The newest version number; an item live from before versions were kept gets its live record as version 1. */
    int baseline(ItemRef ref) {
        int latest = versions.latest(ref);
        if (latest > 0) {
            return latest;
        }
        return live.find(ref).map(current -> {
            versions.insert(new StoredVersion(ref, 1, VersionState.PUBLISHED, current.archived(),
                    ItemJson.of(current.record()).text(), "[]", "As it was before versions were kept",
                    ItemKind.hubIdsOf(current.record()), "directory", current.changedAt(), "directory",
                    current.changedAt()));
            return 1;
        }).orElse(0);
    }

    int latest(ItemRef ref) {
        return versions.latest(ref);
    }

    /** What the newer version changed from the one the editor started from. */
    EditConflictException conflict(ItemRef ref, int basedOn, int latest) {
        Optional<StoredVersion> theirs = versions.find(ref, latest);
        Object mine = versions.find(ref, basedOn).map(v -> v.record(ref.kind().recordType())).orElse(null);
        List<FieldChange> theirChanges = theirs.map(v -> FieldChanges.between(mine,
                v.record(ref.kind().recordType()))).orElse(List.of());
        return new EditConflictException(latest, theirs.map(StoredVersion::author).orElse("someone"), theirChanges);
    }

    private void goLive(ItemRef ref, Object record, boolean archived, int version, Instant now) {
        live.publish(record, archived, now);
        versions.discardDraftsBefore(ref, version);
        if (ref.kind() == ItemKind.HUB) {
            changes.recordEverything(now);
        } else {
            changes.record(List.of(ref), now);
        }
    }
}
