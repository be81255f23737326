/** Twilio calling us: the inbound text and delivery status webhooks, and their signatures. */
@NullMarked
package uk.plymouth.wellbeing.sms.inbound;

import org.jspecify.annotations.NullMarked;
