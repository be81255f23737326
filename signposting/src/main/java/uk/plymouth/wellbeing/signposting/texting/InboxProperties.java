package uk.plymouth.wellbeing.signposting.texting;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the inbox retries and how long it keeps what residents texted.
 *
 * @param retention how long after a text arrived its sender's number, its words and our answer are erased (default
 *     {@code 30d}); the row (id, times, status) stays so a late duplicate is still recognised
 * @param retryAfter how long after a failed answer the first retry comes; each later one waits twice as long, at most
 *     an hour (default {@code 1m})
 * @param maxAttempts after this many failed answers the resident gets a fallback text and an ERROR is logged
 * @param staleAfter a text still unanswered this long after it arrived (the app stopped mid-way) is retried
 * @param retryEvery how often the retrier looks for due texts; read by {@code @Scheduled} as
 *     {@code hub.sms.inbox.retry-every}
 * @param retentionCron when the erasure job runs (default 3:45am daily); read by {@code @Scheduled} as
 *     {@code hub.sms.inbox.retention-cron}
 */
@ConfigurationProperties("hub.sms.inbox")
public record InboxProperties(
        @DefaultValue("30d") Duration retention,
        @DefaultValue("1m") Duration retryAfter,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("5m") Duration staleAfter,
        @DefaultValue("30s") Duration retryEvery,
        @DefaultValue(InboxProperties.DEFAULT_RETENTION_CRON) String retentionCron) {

    public static final String DEFAULT_RETENTION_CRON = "0 45 3 * * *";

    public InboxProperties {
        requirePositive("hub.sms.inbox.retention", retention);
        requirePositive("hub.sms.inbox.retry-after", retryAfter);
        requirePositive("hub.sms.inbox.stale-after", staleAfter);
        requirePositive("hub.sms.inbox.retry-every", retryEvery);
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("hub.sms.inbox.max-attempts must be at least 1, not " + maxAttempts);
        }
    }

    private static void requirePositive(String key, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(key + " must be more than zero, not " + value);
        }
    }
}
