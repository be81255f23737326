package uk.plymouth.wellbeing.signposting.directory.edit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.plymouth.wellbeing.signposting.catalogue.ItemKind;
import uk.plymouth.wellbeing.signposting.catalogue.ItemRef;
import uk.plymouth.wellbeing.signposting.catalogue.content.ContentProblem;
import uk.plymouth.wellbeing.signposting.catalogue.store.DirectoryVersions;
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

    /** Who may make a version live. */
    private enum Publish {
        NO,
        BY_LEAD,
        BY_ANY_EDITOR
    }

    private final DirectoryVersions versions;
    private final VersionLedger ledger;
    private final DirectoryAudit audit;
    private final LiveDirectory liveDirectory;
    private final TransactionTemplate transaction;
    private final ItemRules rules;
    private final Clock clock;
    private final ThreadLocal<Boolean> batching = ThreadLocal.withInitial(() -> false);

    DirectoryEditor(DirectoryVersions versions, VersionLedger ledger, DirectoryAudit audit, LiveDirectory liveDirectory,
            TransactionTemplate transaction, ItemRules rules, Clock clock) {
        this.versions = versions;
        this.ledger = ledger;
        this.audit = audit;
        this.liveDirectory = liveDirectory;
        this.transaction = transaction;
        this.rules = rules;
        this.clock = clock;
    }

    /** The newest version of an item (a draft if one is waiting), for editing; the look is audited. */
    public Optional<ItemVersion> open(StaffIdentity who, ItemRef ref) {
        Optional<ItemVersion> latest = inTransaction(() -> ledger.find(ref, ledger.baseline(ref))
                .map(ItemVersion::of));
        latest.ifPresent(v -> {
            checkSee(who, v.record());
            audit.record(clock.instant(), who.username(), Action.VIEWED, ref, v.version(), null);
        });
        return latest;
    }

    /** Every version, newest first. */
    public List<ItemVersion> history(StaffIdentity who, ItemRef ref) {
        List<ItemVersion> all = versions.history(ref).stream().map(ItemVersion::of).toList();
        if (!all.isEmpty()) {
            checkSee(who, all.get(0).record());
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
     * @throws InvalidItemException the record breaks the directory's rules (the content files' rules)
     */
    public ItemVersion save(StaffIdentity who, Object record, int basedOn, @Nullable String note, boolean publish) {
        List<ContentProblem> problems = rules.problemsWith(record);
        if (!problems.isEmpty()) {
            throw new InvalidItemException(problems);
        }
        return write(who, ItemRef.of(record), basedOn, record, false, note, publish ? Publish.BY_LEAD : Publish.NO,
                publish ? Action.PUBLISHED : Action.SAVED_DRAFT);
    }

    /** Takes an item off the directory (kept, and restorable). */
    public ItemVersion archive(StaffIdentity who, ItemRef ref, int basedOn, @Nullable String note, boolean publish) {
        if (ref.kind() == ItemKind.HUB) {
            EditRights.checkArchiveHub(who);
        }
        return write(who, ref, basedOn, ledger.record(ref, basedOn), true, note,
                publish ? Publish.BY_LEAD : Publish.NO, Action.ARCHIVED);
    }

    /** Makes an earlier version the newest again (also brings an archived item back). */
    public ItemVersion restore(StaffIdentity who, ItemRef ref, int version, int basedOn, boolean publish) {
        return write(who, ref, basedOn, ledger.record(ref, version), false, "Restored version " + version,
                publish ? Publish.BY_LEAD : Publish.NO, Action.RESTORED);
    }

    /**
     * Records that someone checked a live service or activity and it is still right: its "last checked" date
     * becomes today. Any member of staff of its hubs may do this without a hub lead, as nothing else changes.
     */
    public ItemVersion confirmStillRight(StaffIdentity who, ItemRef ref, int basedOn) {
        StoredVersion checking = ledger.find(ref, basedOn)
                .orElseThrow(() -> new IllegalArgumentException("No version " + basedOn + " of " + ref));
        if (checking.state() != VersionState.PUBLISHED || checking.archived()) {
            throw new EditNotAllowedException("Only what residents see now can be confirmed as still right: a "
                    + "change waiting for a hub lead must be published or replaced first.");
        }
        Object checked = CheckedToday.of(checking.record(ref.kind().recordType()), LocalDate.now(clock));
        return write(who, ref, basedOn, checked, false, "Checked: still right", Publish.BY_ANY_EDITOR,
                Action.CHECKED_STILL_RIGHT);
    }

    /** Publishes a waiting draft as it is. */
    public ItemVersion publish(StaffIdentity who, ItemRef ref, int version) {
        ItemVersion published = inTransaction(() -> {
            StoredVersion draft = ledger.find(ref, version).filter(v -> v.state() == VersionState.DRAFT)
                    .orElseThrow(() -> new IllegalStateException("Version " + version + " of " + ref
                            + " is not a draft waiting to be published"));
            int latest = ledger.latest(ref);
            if (latest != version) {
                throw ledger.conflict(ref, version, latest);
            }
            EditRights.checkPublish(who, draft.hubIds());
            audit.record(clock.instant(), who.username(), Action.PUBLISHED, ref, version, null);
            return ledger.publishDraft(draft, who.username());
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
            @Nullable String note, Publish publish, Action action) {
        ItemVersion saved;
        try {
            saved = inTransaction(() -> writeVersion(who, ref, basedOn, record, archived, note, publish, action));
        } catch (DataIntegrityViolationException collided) {
            // another instance took the same version number at the same moment
            audit.record(clock.instant(), who.username(), Action.CONFLICT, ref, basedOn, null);
            throw ledger.conflict(ref, basedOn, ledger.latest(ref));
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
            @Nullable String note, Publish publish, Action action) {
        int latest = ledger.baseline(ref);
        if (basedOn == 0 && latest > 0) {
            throw new InvalidItemException(List.of(new ContentProblem(ref.kind().id(), 0, "id",
                    "\"" + ref.id() + "\" is already used by another " + ref.kind().id() + "; choose another id")));
        }
        if (basedOn != latest) {
            throw ledger.conflict(ref, basedOn, latest);
        }
        List<String> hubsBefore = ledger.find(ref, latest).map(StoredVersion::hubIds).orElse(List.of());
        EditRights.checkEdit(who, ref.kind(), hubsBefore, ItemKind.hubIdsOf(record));
        if (publish == Publish.BY_LEAD) {
            EditRights.checkPublish(who, ItemKind.hubIdsOf(record));
        }
        String why = note == null || note.isBlank() ? null : note.strip();
        audit.record(clock.instant(), who.username(), action, ref, latest + 1, why);
        return ledger.append(ref, latest + 1, record, archived, why, who.username(), publish != Publish.NO);
    }

    private void checkSee(StaffIdentity who, Object record) {
        if (!EditRights.maySee(who, ItemKind.hubIdsOf(record))) {
            throw new EditNotAllowedException("This item belongs to a hub you do not work for.");
        }
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return transaction.execute(status -> work.get());
    }
}
