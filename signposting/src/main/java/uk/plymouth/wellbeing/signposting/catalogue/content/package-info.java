/**
 * Reads and checks the content files staff edit (hubs, services, activities, postcodes, synonyms). A broken file
 * fails the whole load with every problem named by file, line and field; nothing loads in part. The same readers
 * check one item typed on a screen or sent by a feed ({@link ItemForms}), and {@link ContentWriter} writes records
 * back as files they read to the same records.
 */
@NullMarked
package uk.plymouth.wellbeing.signposting.catalogue.content;

import org.jspecify.annotations.NullMarked;
