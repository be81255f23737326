/**
 * Staff accounts in the database: the {@link uk.plymouth.wellbeing.signposting.staff.store.StaffAccount} entity with
 * its guarded login and admin transitions, and {@link uk.plymouth.wellbeing.signposting.staff.store.StaffStore} for
 * the staff feature's facade.
 */
@NullMarked
package uk.plymouth.wellbeing.signposting.staff.store;

import org.jspecify.annotations.NullMarked;
