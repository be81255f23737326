/** Reported problems: residents said a listing is wrong; staff at its hub check it and mark it fixed or not. */
@NullMarked
package uk.plymouth.wellbeing.staff.problems;

import org.jspecify.annotations.NullMarked;
