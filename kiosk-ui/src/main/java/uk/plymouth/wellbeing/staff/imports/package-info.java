/** Admins' screen for the directories we import from: their status lines, their settings and "Run now". */
@NullMarked
package uk.plymouth.wellbeing.staff.imports;

import org.jspecify.annotations.NullMarked;
