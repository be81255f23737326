package uk.plymouth.wellbeing.signposting.directory.imports;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.ItemRef;

/**
 * One of our items as a source knows it.
 *
 * @param hash of what the source last gave for it; null when the source's last version was not taken (it waits to
 *     be tried again)
 * @param goneAt when a complete run last found it gone from the source, or null while the source gives it
 * @param listHash of its entry in the source's list, when that entry says when it last changed (see OrukReader)
 */
record ItemLink(long sourceId, String externalId, ItemRef item, Instant fetchedAt, @Nullable String hash,
        @Nullable Instant goneAt, @Nullable String listHash) {

    /** The list hashes of the items this source gave last time and whose version was taken. */
    static java.util.Map<String, String> listHashes(java.util.Collection<ItemLink> links) {
        java.util.Map<String, String> hashes = new java.util.HashMap<>();
        links.stream().filter(l -> l.goneAt() == null && l.hash() != null && l.listHash() != null)
                .forEach(l -> hashes.put(l.externalId(), l.listHash()));
        return hashes;
    }
}
