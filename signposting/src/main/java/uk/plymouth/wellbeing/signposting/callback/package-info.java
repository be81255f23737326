/**
 * Callback requests: a resident asks to be rung back (at the kiosk, by text or through staff), staff at their hub
 * claim, call, log attempts and close them, and personal details are erased after the retention period. The
 * {@link uk.plymouth.wellbeing.signposting.callback.CallbackQueue} is the one entry point for every channel.
 */
@NullMarked
package uk.plymouth.wellbeing.signposting.callback;

import org.jspecify.annotations.NullMarked;
