/**
 * What may be written to the log: text that came from outside (webhook fields, paths, user agents, client addresses)
 * made safe by {@link uk.plymouth.wellbeing.signposting.logging.LogSafe}, so it cannot forge log lines.
 */
@NullMarked
package uk.plymouth.wellbeing.signposting.logging;

import org.jspecify.annotations.NullMarked;
