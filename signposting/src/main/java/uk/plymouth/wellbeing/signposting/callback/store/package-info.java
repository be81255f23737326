/**
 * Callback requests in the database: the request aggregate with its guarded transitions, its call attempts, staff
 * notes and audit trail, and the queries the queue needs.
 */
@NullMarked
package uk.plymouth.wellbeing.signposting.callback.store;

import org.jspecify.annotations.NullMarked;
