package uk.plymouth.wellbeing.signposting.messaging;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The texts still waiting in the outbox (PENDING: not yet taken by the carrier, whether never tried or waiting to try
 * again), for monitoring.
 *
 * @param pending how many
 * @param oldestQueuedAt when the oldest of them was queued; null when none waits
 */
public record OutboxBacklog(long pending, @Nullable Instant oldestQueuedAt) {

    /** How long the oldest waiting text has waited at {@code now}; zero when none waits. */
    public Duration oldestAge(Instant now) {
        if (oldestQueuedAt == null || oldestQueuedAt.isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(oldestQueuedAt, now);
    }
}
