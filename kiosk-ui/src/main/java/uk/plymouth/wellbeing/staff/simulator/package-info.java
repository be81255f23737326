/**
 * The SMS simulator screen: staff text the hubs as a resident would, without Twilio, through the same webhook and
 * outbox as real texts, and see every answer in a phone-like thread.
 */
@NullMarked
package uk.plymouth.wellbeing.staff.simulator;

import org.jspecify.annotations.NullMarked;
