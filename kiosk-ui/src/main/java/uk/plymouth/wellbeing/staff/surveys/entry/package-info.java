/** Staff enter a survey answered on a paper form or over the phone, stored as staff-assisted. */
@NullMarked
package uk.plymouth.wellbeing.staff.surveys.entry;

import org.jspecify.annotations.NullMarked;
