/**
 * Residents say a listing is wrong (it has closed, the time is wrong, the phone number does not work, something
 * else), at a kiosk or by text, and staff at that hub check and resolve it. The
 * {@link uk.plymouth.wellbeing.signposting.problems.ProblemReports} facade is the one entry point. Nothing stored says
 * who reported: no phone number, no kiosk address.
 */
@NullMarked
package uk.plymouth.wellbeing.signposting.problems;

import org.jspecify.annotations.NullMarked;
