/** Admins' screen for the directory's content files: load them again, confirm a large removal, download. */
@NullMarked
package uk.plymouth.wellbeing.staff.files;

import org.jspecify.annotations.NullMarked;
