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

    /** The first answer again, for the same text delivered again; nothing while the first is still being answered. */
    InboundAnswer answeredAgain() {
        return new InboundAnswer(answer == null ? List.of() : answer, InboundAnswer.Outcome.DUPLICATE);
    }

    /** What a text stored but not processed (too many, not UK, no number) was answered. */
    InboundAnswer notProcessed() {
        List<String> said = answer == null ? List.of() : answer;
        switch (status) {
            case RATE_LIMITED:
                return new InboundAnswer(said, InboundAnswer.Outcome.RATE_LIMITED);
            case NOT_UK:
                return new InboundAnswer(said, InboundAnswer.Outcome.NOT_UK);
            default:
                return new InboundAnswer(said, InboundAnswer.Outcome.UNREADABLE_SENDER);
        }
    }

    @Override
    public String toString() {
        return "StoredText[messageId=" + messageId + ", phone=" + phone + ", status=" + status + ", attempts="
                + attempts + "]";
    }
}
