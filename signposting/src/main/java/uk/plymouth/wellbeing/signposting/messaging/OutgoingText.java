package uk.plymouth.wellbeing.signposting.messaging;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A text to queue in the {@link Outbox}. Its {@link #toString()} masks the number and leaves out the body.
 *
 * @param purpose why we are texting, for staff and for the rules (a reply is not a survey reminder)
 * @param callbackId the callback request it belongs to, if any, so staff see its texts on the request
 */
public record OutgoingText(PhoneNumber to, String body, TextPurpose purpose, @Nullable UUID callbackId) {

    public OutgoingText {
        if (body.isBlank()) {
            throw new IllegalArgumentException("A text message needs something to say");
        }
    }

    @Override
    public String toString() {
        return "OutgoingText[to=" + to.masked() + ", purpose=" + purpose + ", callbackId=" + callbackId + "]";
    }
}
