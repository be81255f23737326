package uk.plymouth.wellbeing.signposting.callback;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.messaging.DeliveryState;
import uk.plymouth.wellbeing.signposting.messaging.TextPurpose;

/**
 * One text in a callback request's thread, as staff see it: one we sent (a confirmation, a staff reply) or one the
 * resident sent back. Never the number. Its {@link #toString()} leaves out the body.
 *
 * @param staff who sent it, for a staff text
 * @param purpose why we sent it; null for one from the resident
 * @param state how delivery went; null for one from the resident
 * @param problem why the last attempt failed, if it did: a carrier's error code or the kind of failure
 * @param body what it said; null once erased
 */
public record ThreadText(Instant at, boolean fromResident, @Nullable String staff, @Nullable TextPurpose purpose,
        @Nullable DeliveryState state, @Nullable String problem, @Nullable String body) {

    @Override
    public String toString() {
        return "ThreadText[at=" + at + ", fromResident=" + fromResident + ", staff=" + staff + ", purpose=" + purpose
                + ", state=" + state + "]";
    }
}
