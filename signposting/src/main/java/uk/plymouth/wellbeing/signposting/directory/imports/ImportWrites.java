package uk.plymouth.wellbeing.signposting.directory.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.plymouth.wellbeing.signposting.catalogue.ItemRef;
import uk.plymouth.wellbeing.signposting.catalogue.store.ItemJson;
import uk.plymouth.wellbeing.signposting.directory.edit.DirectoryEditor;
import uk.plymouth.wellbeing.signposting.directory.edit.EditConflictException;
import uk.plymouth.wellbeing.signposting.directory.edit.ItemVersion;
import uk.plymouth.wellbeing.signposting.staff.StaffIdentity;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;

/**
 * One run's changes to the directory, each a version by the import through {@link DirectoryEditor}, so imports
 * follow the same versions, conflicts, audit and change log as staff edits. Published or a draft as the source is
 * set up, and always a draft when someone else changed the item since the import last wrote it.
 */
final class ImportWrites {

    static final String WAITS_FOR_REVIEW = "Imported changes wait for review because staff edited this item";
    private static final int NOTE_LENGTH = 500;

    private final DirectoryEditor editor;
    private final ImportSource source;
    private final StaffIdentity who;
    private final List<String> conflicts = new ArrayList<>();
    int added;
    int updated;
    int unchanged;
    int archived;
    int drafts;

    ImportWrites(DirectoryEditor editor, ImportSource source) {
        this.editor = editor;
        this.source = source;
        this.who = new StaffIdentity(source.author(), "Import from " + source.name(), StaffRole.ADMIN, Set.of());
    }

    void add(Object record, List<String> notes) {
        editor.save(who, record, 0, note("Imported from " + source.name(), notes), source.publish());
        added++;
        drafts += source.publish() ? 0 : 1;
    }

    /** Saves the source's version of an existing item; false if it was saved by someone else meanwhile. */
    boolean change(ItemRef ref, Object incoming, List<String> notes) {
        ItemHistory history = history(ref);
        ItemVersion newest = history.newest();
        Object record = ImportedRecords.atHubsOf(incoming, newest.record());
        if (!newest.archived() && ItemJson.of(record).hash().equals(ItemJson.of(newest.record()).hash())) {
            unchanged++;
            return true;
        }
        boolean review = history.changedByOthers(who.username());
        String note = note(review ? WAITS_FOR_REVIEW : "Imported from " + source.name(), notes);
        return attempt(ref, () -> editor.save(who, record, newest.version(), note, source.publish() && !review),
                () -> {
                    updated++;
                    drafts += source.publish() && !review ? 0 : 1;
                });
    }

    /** Archives an item the source no longer gives; false if it was saved by someone else meanwhile. */
    boolean archive(ItemRef ref, String why) {
        ItemHistory history = history(ref);
        ItemVersion newest = history.newest();
        if (newest.archived()) {
            return true;
        }
        boolean review = history.changedByOthers(who.username());
        String note = note(why + (review ? ". " + WAITS_FOR_REVIEW : ""), List.of());
        return attempt(ref, () -> editor.archive(who, ref, newest.version(), note, source.publish() && !review),
                () -> {
                    archived++;
                    drafts += source.publish() && !review ? 0 : 1;
                });
    }

    /** Saves lost to someone else's save at the same moment: the items are tried again next run. */
    List<String> conflicts() {
        return List.copyOf(conflicts);
    }

    private ItemHistory history(ItemRef ref) {
        List<ItemVersion> versions = editor.history(who, ref);
        if (versions.isEmpty()) {
            editor.open(who, ref); // an item live from before versions were kept gets its first version
            versions = editor.history(who, ref);
        }
        return new ItemHistory(versions);
    }

    private boolean attempt(ItemRef ref, Runnable save, Runnable count) {
        try {
            save.run();
            count.run();
            return true;
        } catch (EditConflictException conflict) {
            conflicts.add(ref.id() + " was saved by " + conflict.changedBy() + " at the same moment");
            return false;
        }
    }

    private static String note(String first, List<String> notes) {
        String note = notes.isEmpty() ? first : first + ": " + String.join("; ", notes);
        return note.length() <= NOTE_LENGTH ? note : note.substring(0, NOTE_LENGTH - 3) + "...";
    }
}
