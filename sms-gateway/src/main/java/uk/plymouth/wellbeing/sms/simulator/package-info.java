/**
 * The SMS simulator behind the staff screen: texts posted to this app's own inbound webhook over real HTTP, signed as
 * Twilio signs them, and the TwiML answer read back.
 */
@NullMarked
package uk.plymouth.wellbeing.sms.simulator;

import org.jspecify.annotations.NullMarked;
