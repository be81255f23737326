package uk.plymouth.wellbeing.signposting.directory.edit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.plymouth.wellbeing.signposting.catalogue.ItemKind;
import uk.plymouth.wellbeing.signposting.catalogue.ItemRef;
import uk.plymouth.wellbeing.signposting.catalogue.store.DirectoryChangeLog;
import uk.plymouth.wellbeing.signposting.catalogue.store.DirectoryVersions;
import uk.plymouth.wellbeing.signposting.catalogue.store.ItemJson;
import uk.plymouth.wellbeing.signposting.catalogue.store.LiveRecords;
import uk.plymouth.wellbeing.signposting.catalogue.store.StoredVersion;
import uk.plymouth.wellbeing.signposting.catalogue.store.StoredVersion.VersionState;
import uk.plymouth.wellbeing.signposting.directory.LiveDirectory;
import uk.plymouth.wellbeing.signposting.directory.edit.DirectoryAudit.Action;
import uk.plymouth.wellbeing.signposting.staff.StaffIdentity;

/**
 * Staff keep the directory right: every save is a new version (a draft, or published by someone who may), any
 * version can be restored, and two people saving on the same version never overwrite each other. Published
 * versions go live on this instance at once and on every other within {@code hub.directory.follow-every}.
 */
@Service
public class DirectoryEditor {

    private final DirectoryVersions versions;
    private final LiveRecords live;
    private final DirectoryChangeLog changes;
    private final DirectoryAudit audit;
    private final LiveDirectory liveDirectory;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ThreadLocal<Boolean> batching = ThreadLocal.withInitial(() -> false);

    DirectoryEditor(DirectoryVersions versions, LiveRecords live, DirectoryChangeLog changes, DirectoryAudit audit,
            LiveDirectory liveDirectory, TransactionTemplate transaction, Clock clock) {
        this.versions = versions;
        this.live = live;
        this.changes = changes;
        this.audit = audit;
        this.liveDirectory = liveDirectory;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The newest version of an item (a draft if one is waiting), for editing; the look is audited. */
    public Optional<ItemVersion> open(StaffIdentity who, ItemRef ref) {
        Optional<ItemVersion> latest = inTransaction(() -> {
            int number = baseline(ref);
            return versions.find(ref, number).map(ItemVersion::of);
        });
        latest.ifPresent(v -> {
            if (!EditRights.maySee(who, ItemKind.hubIdsOf(v.record()))) {
                throw new EditNotAllowedException("This item belongs to a hub you do not work for.");
            }
            audit.record(clock.instant(), who.username(), Action.VIEWED, ref, v.version(), null);
        });
        return latest;
    }

    /** Every version, newest first. */
    public List<ItemVersion> history(StaffIdentity who, ItemRef ref) {
        List<ItemVersion> all = versions.history(ref).stream().map(ItemVersion::of).toList();
        if (!all.isEmpty() && !EditRights.maySee(who, ItemKind.hubIdsOf(all.get(0).record()))) {
            throw new EditNotAllowedException("This item belongs to a hub you do not work for.");
        }
        return all;
    }

    /**
     * Saves an edited (or new) record as the next version after {@code basedOn}.
     *
     * @param basedOn the version the editor started from (0 for a new item)
     * @param publish make it live now (hub leads and admins); otherwise it waits as a draft
     * @throws EditConflictException someone saved a newer version meanwhile; nothing was saved
     * @throws EditNotAllowedException the change is outside what this member of staff may do
     */
    public ItemVersion save(StaffIdentity who, Object record, int basedOn, @Nullable String note, boolean publish) {
        return write(who, ItemRef.of(record), basedOn, record, false, note, publish, Action.SAVED_DRAFT);
    }

    /** Takes an item off the directory (kept, and restorable). */
    public ItemVersion archive(StaffIdentity who, ItemRef ref, int basedOn, @Nullable String note, boolean publish) {
        if (ref.kind() == ItemKind.HUB) {
            EditRights.checkArchiveHub(who);
        }
        Object current = versions.find(ref, basedOn).map(v -> v.record(ref.kind().recordType()))
                .orElseThrow(() -> new IllegalArgumentException("No version " + basedOn + " of " + ref));
        return write(who, ref, basedOn, current, true, note, publish, Action.ARCHIVED);
    }

    /** Makes an earlier version the newest again (also brings an archived item back). */
    public ItemVersion restore(StaffIdentity who, ItemRef ref, int version, int basedOn, boolean publish) {
        Object earlier = versions.find(ref, version).map(v -> v.record(ref.kind().recordType()))
                .orElseThrow(() -> new IllegalArgumentException("No version " + version + " of " + ref));
        return write(who, ref, basedOn, earlier, false, "Restored version " + version, publish, Action.RESTORED);
    }

    /**
     * Records that someone checked a live service or activity and it is still right: its "last checked" date
     * becomes today. Any member of staff of its hubs may do this without a hub lead, as nothing else changes.
     */
    public ItemVersion confirmStillRight(StaffIdentity who, ItemRef ref, int basedOn) {
        Object current = versions.find(ref, basedOn).map(v -> v.record(ref.kind().recordType()))
                .orElseThrow(() -> new IllegalArgumentException("No version " + basedOn + " of " + ref));
        Object checked = CheckedToday.of(current, java.time.LocalDate.now(clock));
        EditRights.checkEdit(who, ref.kind(), ItemKind.hubIdsOf(current), ItemKind.hubIdsOf(checked));
        ItemVersion saved;
        try {
            saved = inTransaction(() -> {
                int latest = baseline(ref);
                if (latest != basedOn) {
                    throw conflict(ref, basedOn, latest);
                }
                Instant now = clock.instant();
                int number = latest + 1;
                List<FieldChange> changed = FieldChanges.between(current, checked);
                versions.insert(new StoredVersion(ref, number, VersionState.PUBLISHED, false,
                        ItemJson.of(checked).text(), FieldChanges.toJson(changed), "Checked: still right",
                        ItemKind.hubIdsOf(checked), who.username(), now, who.username(), now));
                goLive(ref, checked, false, number, now);
                audit.record(now, who.username(), Action.CHECKED_STILL_RIGHT, ref, number, null);
                return versions.find(ref, number).map(ItemVersion::of).orElseThrow();
            });
        } catch (DataIntegrityViolationException collided) {
            throw conflict(ref, basedOn, versions.latest(ref));
        }
        catchUpUnlessBatching();
        return saved;
    }

    /** Publishes a waiting draft as it is. */
    public ItemVersion publish(StaffIdentity who, ItemRef ref, int version) {
        ItemVersion published = inTransaction(() -> {
            StoredVersion draft = versions.find(ref, version).filter(v -> v.state() == VersionState.DRAFT)
                    .orElseThrow(() -> new IllegalStateException("Version " + version + " of " + ref
                            + " is not a draft waiting to be published"));
            int latest = versions.latest(ref);
            if (latest != version) {
                throw conflict(ref, version, latest);
            }
            EditRights.checkPublish(who, draft.hubIds());
            Instant now = clock.instant();
            versions.markPublished(ref, version, who.username(), now);
            goLive(ref, draft.record(ref.kind().recordType()), draft.archived(), version, now);
            audit.record(now, who.username(), Action.PUBLISHED, ref, version, null);
            return versions.find(ref, version).map(ItemVersion::of).orElseThrow();
        });
        catchUpUnlessBatching();
        return published;
    }

    /**
     * Runs many saves (an import) and brings this instance's live directory up to date once at the end, instead of
     * after each published save. Other instances follow the change log as always.
     */
    public <T> T batch(java.util.function.Supplier<T> saves) {
        if (batching.get()) {
            return saves.get();
        }
        batching.set(true);
        try {
            return saves.get();
        } finally {
            batching.remove();
            liveDirectory.catchUp();
        }
    }

    private void catchUpUnlessBatching() {
        if (!batching.get()) {
            liveDirectory.catchUp();
        }
    }

    private ItemVersion write(StaffIdentity who, ItemRef ref, int basedOn, Object record, boolean archived,
            @Nullable String note, boolean publish, Action action) {
        ItemVersion saved;
        try {
            saved = inTransaction(() -> writeVersion(who, ref, basedOn, record, archived, note, publish, action));
        } catch (DataIntegrityViolationException collided) {
            // another instance took the same version number at the same moment
            audit.record(clock.instant(), who.username(), Action.CONFLICT, ref, basedOn, null);
            throw conflict(ref, basedOn, versions.latest(ref));
        } catch (EditConflictException conflict) {
            audit.record(clock.instant(), who.username(), Action.CONFLICT, ref, basedOn, null);
            throw conflict;
        }
        if (saved.state() == VersionState.PUBLISHED) {
            catchUpUnlessBatching();
        }
        return saved;
    }

    private ItemVersion writeVersion(StaffIdentity who, ItemRef ref, int basedOn, Object record, boolean archived,
            @Nullable String note, boolean publish, Action action) {
        int latest = baseline(ref);
        if (basedOn != latest) {
            throw conflict(ref, basedOn, latest);
        }
        Optional<StoredVersion> before = versions.find(ref, latest);
        List<String> hubsBefore = before.map(StoredVersion::hubIds).orElse(List.of());
        List<String> hubsAfter = ItemKind.hubIdsOf(record);
        EditRights.checkEdit(who, ref.kind(), hubsBefore, hubsAfter);
        if (publish) {
            EditRights.checkPublish(who, hubsAfter);
        }
        Object previous = before.map(v -> v.record(ref.kind().recordType())).orElse(null);
        List<FieldChange> changed = new java.util.ArrayList<>(FieldChanges.between(previous, record));
        if (before.map(StoredVersion::archived).orElse(false) != archived) {
            changed.add(new FieldChange("archived", String.valueOf(!archived), String.valueOf(archived)));
        }
        Instant now = clock.instant();
        int number = latest + 1;
        versions.insert(new StoredVersion(ref, number, publish ? VersionState.PUBLISHED : VersionState.DRAFT, archived,
                ItemJson.of(record).text(), FieldChanges.toJson(changed), blankToNull(note), hubsAfter,
                who.username(), now, publish ? who.username() : null, publish ? now : null));
        if (publish) {
            goLive(ref, record, archived, number, now);
        }
        audit.record(now, who.username(), publish && action == Action.SAVED_DRAFT ? Action.PUBLISHED : action, ref,
                number, blankToNull(note));
        return versions.find(ref, number).map(ItemVersion::of).orElseThrow();
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

    /** The newest version number; an item live from before versions were kept gets its live record as version 1. */
    private int baseline(ItemRef ref) {
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

    private EditConflictException conflict(ItemRef ref, int basedOn, int latest) {
        Optional<StoredVersion> theirs = versions.find(ref, latest);
        Object mine = versions.find(ref, basedOn).map(v -> v.record(ref.kind().recordType())).orElse(null);
        List<FieldChange> theirChanges = theirs.map(v -> FieldChanges.between(mine,
                v.record(ref.kind().recordType()))).orElse(List.of());
        return new EditConflictException(latest, theirs.map(StoredVersion::author).orElse("someone"), theirChanges);
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return transaction.execute(status -> work.get());
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
