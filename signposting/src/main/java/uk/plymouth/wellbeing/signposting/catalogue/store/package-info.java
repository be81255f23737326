/**
 * The directory in the database: content is written here idempotently by stable id (new rows added, changed rows
 * updated, removed rows archived) and the live catalogue is read back from here.
 */
@NullMarked
package uk.plymouth.wellbeing.signposting.catalogue.store;

import org.jspecify.annotations.NullMarked;
