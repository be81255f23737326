/** Staff accounts screens: admins manage who may log in, with which role and hubs; everyone changes their password. */
@NullMarked
package uk.plymouth.wellbeing.staff.accounts;

import org.jspecify.annotations.NullMarked;
