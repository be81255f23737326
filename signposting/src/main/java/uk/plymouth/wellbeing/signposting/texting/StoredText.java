package uk.plymouth.wellbeing.signposting.texting;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;

/**
 * One row of the inbox. Its {@link #toString()} masks the number and leaves out the words.
 *
 * @param answer what the channel's own response said (the conversation's reply, a holding message, or nothing); null
 *     while the text is being answered for the first time
 */
record StoredText(String messageId, @Nullable PhoneNumber phone, @Nullable String body, Instant receivedAt,
        InboxStatus status, @Nullable List<String> answer, int attempts, @Nullable Instant nextAttemptAt) {

    @Override
    public String toString() {
        return "StoredText[messageId=" + messageId + ", phone=" + phone + ", status=" + status + ", attempts="
                + attempts + "]";
    }
}
