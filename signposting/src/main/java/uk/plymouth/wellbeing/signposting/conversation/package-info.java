/** The conversation by text, whatever the channel: understanding a message and answering it. */
@NullMarked
package uk.plymouth.wellbeing.signposting.conversation;

import org.jspecify.annotations.NullMarked;
