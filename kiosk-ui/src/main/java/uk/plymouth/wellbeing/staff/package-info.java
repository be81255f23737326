/** The staff screens: login, the callback queue, request details, staff accounts and the dashboard. */
@NullMarked
package uk.plymouth.wellbeing.staff;

import org.jspecify.annotations.NullMarked;
