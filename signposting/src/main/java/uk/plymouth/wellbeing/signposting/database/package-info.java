/** What the features share about the database itself: which kind it is, and locks that hold across instances. */
@NullMarked
package uk.plymouth.wellbeing.signposting.database;

import org.jspecify.annotations.NullMarked;
