/**
 * Keeps the live directory in step with the content files: read and check them, save them to the database,
 * publish the catalogue and rebuild the search, at start-up and whenever the files change.
 */
@NullMarked
package uk.plymouth.wellbeing.signposting.directory;

import org.jspecify.annotations.NullMarked;
