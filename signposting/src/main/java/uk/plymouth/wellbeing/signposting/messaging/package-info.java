/** Texting directory details to residents, whatever carries the text: phone numbers, GSM-7 text and the sender port. */
@NullMarked
package uk.plymouth.wellbeing.signposting.messaging;

import org.jspecify.annotations.NullMarked;
