package uk.plymouth.wellbeing.signposting.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the {@link Outbox}'s worker sends queued texts.
 *
 * @param enabled whether the worker polls on its own (tests turn it off and drive it by hand)
 * @param pollInterval how long the worker rests between looks for due texts; read by {@code @Scheduled} as
 *     {@code hub.sms.outbox.poll-interval}, so only the property, not this record, sets it
 * @param batchSize how many due texts one worker claims at a time
 * @param initialBackoff the wait after the first failure that may pass; it doubles with each failure after that
 * @param maxBackoff the longest wait between two attempts
 * @param giveUpAfter how long after queueing a text we stop trying and mark it FAILED
 * @param lease how long a claimed text belongs to the worker that claimed it; a worker that dies mid-batch leaves its
 *     texts to others after this. A send only starts while a quarter of the lease is left, so keep that quarter
 *     above the carrier client's own timeout: a send still running when its lease ends is not made again blindly
 *     (the next claim asks the carrier first), but one still in flight at the carrier when it is asked could be
 *     missed by that look-up and sent again
 * @param keepFor how long the number and body of a finished text (sent, failed, suppressed) are kept, counted from
 *     its last change; then they are erased and only what happened stays (default {@code 90d}, as callback requests)
 */
@ConfigurationProperties("hub.sms.outbox")
public record OutboxProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue(OutboxProperties.DEFAULT_POLL_INTERVAL) Duration pollInterval,
        @DefaultValue("50") int batchSize,
        @DefaultValue("5s") Duration initialBackoff,
        @DefaultValue("10m") Duration maxBackoff,
        @DefaultValue("24h") Duration giveUpAfter,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("90d") Duration keepFor) {

    public static final String DEFAULT_POLL_INTERVAL = "500ms";
    /** When finished texts' numbers and bodies are erased: 3:25am daily, Plymouth time ({@code hub.sms.outbox.erase-cron}). */
    public static final String DEFAULT_ERASE_CRON = "0 25 3 * * *";

    public OutboxProperties {
        requirePositive("hub.sms.outbox.poll-interval", pollInterval);
        requirePositive("hub.sms.outbox.initial-backoff", initialBackoff);
        requirePositive("hub.sms.outbox.max-backoff", maxBackoff);
        requirePositive("hub.sms.outbox.give-up-after", giveUpAfter);
        requirePositive("hub.sms.outbox.lease", lease);
        requirePositive("hub.sms.outbox.keep-for", keepFor);
        if (batchSize < 1) {
            throw new IllegalArgumentException("hub.sms.outbox.batch-size must be at least 1, not " + batchSize);
        }
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("hub.sms.outbox.max-backoff (" + maxBackoff
                    + ") must not be less than hub.sms.outbox.initial-backoff (" + initialBackoff + ")");
        }
    }

    /** The defaults above. */
    public static OutboxProperties defaults() {
        return new OutboxProperties(true, Duration.ofMillis(500), 50, Duration.ofSeconds(5), Duration.ofMinutes(10),
                Duration.ofHours(24), Duration.ofMinutes(2), Duration.ofDays(90));
    }

    /** The same with the worker on or off. */
    public OutboxProperties withEnabled(boolean on) {
        return new OutboxProperties(on, pollInterval, batchSize, initialBackoff, maxBackoff, giveUpAfter, lease,
                keepFor);
    }

    private static void requirePositive(String key, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(key + " must be more than zero, not " + value);
        }
    }
}
