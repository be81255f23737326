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
 */
record ItemLink(long sourceId, String externalId, ItemRef item, Instant fetchedAt, @Nullable String hash,
        @Nullable Instant goneAt) {}
