package uk.plymouth.wellbeing.signposting.directory.imports;

import java.util.List;
import java.util.Optional;
import uk.plymouth.wellbeing.signposting.catalogue.store.StoredVersion.VersionState;
import uk.plymouth.wellbeing.signposting.directory.edit.FieldChange;
import uk.plymouth.wellbeing.signposting.directory.edit.ItemVersion;

/**
 * An item's versions as an import sees them: the newest (to save on top of), and whether anyone but this import
 * changed it. Versions that only say it was checked and is still right, and discarded drafts, are not changes.
 */
record ItemHistory(List<ItemVersion> versions) {

    ItemVersion newest() {
        return versions.get(0);
    }

    /**
     * True when the newest change (draft or not) or the newest published change is not this import's: staff edited
     * the item, or it was not the import's to begin with (from the content files, or matched by name).
     */
    boolean changedByOthers(String author) {
        Optional<ItemVersion> newestChange = changes().findFirst();
        Optional<ItemVersion> live = changes().filter(v -> v.state() == VersionState.PUBLISHED).findFirst();
        return newestChange.map(v -> !v.author().equals(author)).orElse(false)
                || live.map(v -> !v.author().equals(author)).orElse(false);
    }

    private java.util.stream.Stream<ItemVersion> changes() {
        return versions.stream().filter(v -> v.state() != VersionState.DISCARDED).filter(v -> !isCheckOnly(v));
    }

    private static boolean isCheckOnly(ItemVersion version) {
        return !version.changes().isEmpty()
                && version.changes().stream().map(FieldChange::field).allMatch("lastVerified"::equals);
    }
}
