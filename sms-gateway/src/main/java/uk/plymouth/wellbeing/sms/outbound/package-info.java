/** Us calling Twilio: sending texts through its REST API. */
@NullMarked
package uk.plymouth.wellbeing.sms.outbound;

import org.jspecify.annotations.NullMarked;
