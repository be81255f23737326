package uk.plymouth.wellbeing.staff.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.catalogue.ItemKind;
import uk.plymouth.wellbeing.signposting.catalogue.ItemRef;
import uk.plymouth.wellbeing.signposting.catalogue.content.Checked;
import uk.plymouth.wellbeing.signposting.directory.edit.DirectoryEditor;
import uk.plymouth.wellbeing.signposting.directory.imports.ImportOverrides;
import uk.plymouth.wellbeing.signposting.directory.edit.DirectoryListing;
import uk.plymouth.wellbeing.signposting.directory.edit.ItemChecks;
import uk.plymouth.wellbeing.signposting.directory.edit.ItemVersion;
import uk.plymouth.wellbeing.signposting.staff.StaffIdentity;
import uk.plymouth.wellbeing.staff.CurrentStaff;

/**
 * What an item's editing page asks of the directory, always as the member of staff logged in now: the domain decides
 * who may see, save, publish, archive and restore, and says no with {@code EditNotAllowedException}.
 */
@Component
class ItemEditing {

    private final DirectoryEditor editor;
    private final DirectoryListing listing;
    private final ItemChecks checks;
    private final CurrentStaff current;
    private final ImportOverrides imports;

    ItemEditing(DirectoryEditor editor, DirectoryListing listing, ItemChecks checks, CurrentStaff current,
            ImportOverrides imports) {
        this.imports = imports;
        this.editor = editor;
        this.listing = listing;
        this.checks = checks;
        this.current = current;
    }

    StaffIdentity me() {
        return current.identity();
    }

    Optional<ItemVersion> open(ItemRef ref) {
        return editor.open(me(), ref);
    }

    /** Where an imported item came from and what was edited here over it; empty for items made here. */
    Optional<ImportOverrides.Overrides> imported(ItemRef ref) {
        return imports.of(me(), ref);
    }

    List<ItemVersion> history(ItemRef ref) {
        return editor.history(me(), ref);
    }

    Checked<?> check(ItemKind kind, Map<String, ?> fields, boolean isNew) {
        return checks.check(kind, fields, isNew);
    }

    Map<String, Object> fieldsOf(Object record) {
        return ItemChecks.fieldsOf(record);
    }

    boolean mayPublish(Collection<String> hubIds) {
        return listing.mayPublish(me(), hubIds);
    }

    boolean needsChecking(Object record) {
        return record instanceof uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem item
                && listing.needsChecking(item.lastVerified());
    }

    ItemVersion save(Object record, int basedOn, @Nullable String note, boolean publish) {
        return editor.save(me(), record, basedOn, note, publish);
    }

    ItemVersion publish(ItemRef ref, int version) {
        return editor.publish(me(), ref, version);
    }

    ItemVersion archive(ItemRef ref, int basedOn, @Nullable String note, boolean publish) {
        return editor.archive(me(), ref, basedOn, note, publish);
    }

    ItemVersion restore(ItemRef ref, int version, int basedOn, boolean publish) {
        return editor.restore(me(), ref, version, basedOn, publish);
    }

    ItemVersion stillRight(ItemRef ref, int basedOn) {
        return editor.confirmStillRight(me(), ref, basedOn);
    }
}
