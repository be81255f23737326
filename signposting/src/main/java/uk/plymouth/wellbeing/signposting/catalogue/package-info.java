/**
 * The directory of hubs, the services they offer and their weekly activities: the records every channel shows,
 * loaded from the content files into the database, and the {@link uk.plymouth.wellbeing.signposting.catalogue.Catalogue}
 * that serves them.
 */
@NullMarked
package uk.plymouth.wellbeing.signposting.catalogue;

import org.jspecify.annotations.NullMarked;
