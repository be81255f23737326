/** The callback queue on the staff side: the live list, one request's details and the actions on it. */
@NullMarked
package uk.plymouth.wellbeing.staff.callbacks;

import org.jspecify.annotations.NullMarked;
