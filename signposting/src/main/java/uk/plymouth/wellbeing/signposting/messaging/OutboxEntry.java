package uk.plymouth.wellbeing.signposting.messaging;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One text in the {@link Outbox} as staff see it on a callback request: what it said and how it went, never the
 * number. Its {@link #toString()} leaves out the body.
 *
 * @param sentAt when the carrier took it
 * @param attempts how many times we handed it to the carrier (or tried to)
 * @param lastError why the last attempt failed: the carrier's error code or the kind of failure, never personal data
 * @param body what it said; null once erased
 */
public record OutboxEntry(UUID id, TextPurpose purpose, DeliveryState state, Instant createdAt,
        @Nullable Instant sentAt, int attempts, @Nullable String lastError, @Nullable String body) {

    @Override
    public String toString() {
        return "OutboxEntry[id=" + id + ", purpose=" + purpose + ", state=" + state + ", createdAt=" + createdAt
                + ", sentAt=" + sentAt + ", attempts=" + attempts + ", lastError=" + lastError + "]";
    }
}
