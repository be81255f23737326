/**
 * Hub staff keep the directory right in the app: the list of their hubs' services and activities, what needs
 * checking, editing with drafts and publishing, history and restore, and a preview as residents will see it.
 */
@NullMarked
package uk.plymouth.wellbeing.staff.directory;

import org.jspecify.annotations.NullMarked;
