/**
 * Reads and checks the content files staff edit (hubs, services, activities, postcodes, synonyms). A broken file
 * fails the whole load with every problem named by file, line and field; nothing loads in part.
 */
@NullMarked
package uk.plymouth.wellbeing.signposting.catalogue.content;

import org.jspecify.annotations.NullMarked;
