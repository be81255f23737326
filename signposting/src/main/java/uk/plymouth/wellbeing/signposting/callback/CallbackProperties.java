package uk.plymouth.wellbeing.signposting.callback;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How quickly staff should call back, when to give up and how long residents' details are kept.
 *
 * <p>Both targets count <b>open time only</b>: the hub's opening hours from the directory, so evenings, nights,
 * lunch breaks, weekends and closed days do not count. {@code 8h} is one working day at a hub open 9am to 5pm: a
 * request made on Tuesday at 10am is due on Wednesday at 10am; one made on Friday at 4pm is due on Monday at 4pm; one
 * made in the evening is due when the hub closes the next day it opens. At a hub open fewer hours a day it stretches
 * over more days. A hub with no opening hours at all (or no longer in the directory) counts calendar time instead.
 *
 * @param target how long staff have to call back, in open time (default {@code 8h}: one working day)
 * @param urgentTarget the same for a request staff marked urgent (default {@code 2h})
 * @param maxFailedAttempts after this many failed call attempts a request closes as unable to contact
 * @param retention how long after a request closes its personal details are erased (default {@code 90d})
 * @param retentionCron when the erasure job runs, a Spring cron in Plymouth time (default 3:15am daily); read by
 *     {@code @Scheduled} as {@code hub.callback.retention-cron}, so only the property, not this record, sets it
 * @param textReplyWindow how long after a staff text a text from the resident's number is taken as their reply and
 *     passed to staff on the request, rather than read as a search (default {@code 7d})
 */
@ConfigurationProperties("hub.callback")
public record CallbackProperties(
        @DefaultValue("8h") Duration target,
        @DefaultValue("2h") Duration urgentTarget,
        @DefaultValue("3") int maxFailedAttempts,
        @DefaultValue("90d") Duration retention,
        @DefaultValue(CallbackProperties.DEFAULT_RETENTION_CRON) String retentionCron,
        @DefaultValue("7d") Duration textReplyWindow) {

    public static final String DEFAULT_RETENTION_CRON = "0 15 3 * * *";

    public CallbackProperties {
        requirePositive("hub.callback.target", target);
        requirePositive("hub.callback.urgent-target", urgentTarget);
        requirePositive("hub.callback.retention", retention);
        requirePositive("hub.callback.text-reply-window", textReplyWindow);
        if (maxFailedAttempts < 1) {
            throw new IllegalArgumentException("hub.callback.max-failed-attempts must be at least 1, not "
                    + maxFailedAttempts);
        }
    }

    /** The defaults above. */
    public static CallbackProperties defaults() {
        return new CallbackProperties(Duration.ofHours(8), Duration.ofHours(2), 3, Duration.ofDays(90),
                DEFAULT_RETENTION_CRON, Duration.ofDays(7));
    }

    private static void requirePositive(String key, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(key + " must be more than zero, not " + value);
        }
    }
}
