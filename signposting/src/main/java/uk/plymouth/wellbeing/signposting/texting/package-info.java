/**
 * Texts residents send us, whatever channel brings them: stored before they are answered, answered once however often
 * the channel delivers them, rate-limited per number, retried when answering fails, and erased after a while.
 */
@NullMarked
package uk.plymouth.wellbeing.signposting.texting;

import org.jspecify.annotations.NullMarked;
