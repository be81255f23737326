/**
 * The SMS channel over Twilio: inbound webhooks, outbound sending and delivery status. Twilio's SDK is used here and
 * nowhere else.
 */
@NullMarked
package uk.plymouth.wellbeing.sms;

import org.jspecify.annotations.NullMarked;
