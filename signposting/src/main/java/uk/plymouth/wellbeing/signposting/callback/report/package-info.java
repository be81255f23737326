/**
 * The callback dashboard for hub leads and admins: requests, time to first contact, calls within target, outcomes,
 * categories and channels per hub and week, aggregated in the database, and the same figures as CSV. Entry point:
 * {@link uk.plymouth.wellbeing.signposting.callback.report.CallbackDashboard}.
 */
@NullMarked
package uk.plymouth.wellbeing.signposting.callback.report;

import org.jspecify.annotations.NullMarked;
