package uk.plymouth.wellbeing.signposting.directory.imports;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One item as a source gave it, turned into our record.
 *
 * @param record a {@code HubService} or {@code Activity} whose id is still to be decided (matching keeps an existing
 *     item's id, a new item gets one from its name)
 * @param hash of what the source gave, to tell a change from a repeat
 * @param postcode where the source says it happens, to match it with an item we already have
 * @param notes what the import had to decide for it (a category chosen, a long text shortened), for the version note
 * @param listHash of its entry in the source's list, when that entry says when the item last changed
 */
record FetchedItem(String externalId, Object record, String hash, @Nullable String postcode, List<String> notes,
        @Nullable String listHash) {

    FetchedItem {
        notes = List.copyOf(notes);
    }

    FetchedItem withListHash(@Nullable String hash) {
        return new FetchedItem(externalId, record, this.hash, postcode, notes, hash);
    }
}
