/**
 * The callback dashboard for hub leads and admins: summary figures, charts drawn on the server as inline SVG, the
 * same numbers in tables, and the CSV download. The figures come from signposting's {@code CallbackDashboard}.
 */
@NullMarked
package uk.plymouth.wellbeing.staff.dashboard;

import org.jspecify.annotations.NullMarked;
