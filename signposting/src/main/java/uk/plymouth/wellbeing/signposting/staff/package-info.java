/**
 * Staff accounts: who may log in to the staff screens, with which role and for which hubs; hashed passwords,
 * lockout after repeated failed logins, and the first admin from the environment. {@link
 * uk.plymouth.wellbeing.signposting.staff.StaffAccounts} is the one entry point.
 */
@NullMarked
package uk.plymouth.wellbeing.signposting.staff;

import org.jspecify.annotations.NullMarked;
