package uk.plymouth.wellbeing.signposting.conversation;

import java.time.Instant;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;

/**
 * A text a resident sent us. Its {@link #toString()} masks the number and leaves out what they wrote.
 *
 * @param from who sent it (any country: replies only go to numbers we can text)
 * @param body what they wrote, as received (may be empty, long, any script or emoji)
 * @param receivedAt when it reached us
 */
public record IncomingText(PhoneNumber from, String body, Instant receivedAt) {

    @Override
    public String toString() {
        return "IncomingText[from=" + from.masked() + ", length=" + body.length() + ", receivedAt=" + receivedAt + "]";
    }
}
