package uk.plymouth.wellbeing.signposting.survey.store;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How survey responses are kept and followed up (the same {@code hub.surveys} prefix as the survey files' settings).
 *
 * @param followUpSecret the server secret the follow-up key is made with (HMAC-SHA256 of the number), at least 32
 *     characters; required in the {@code postgres} profile. When unset elsewhere one is generated on first start
 *     and kept in the database ({@code survey_secret}). Never logged: {@link #toString()} leaves it out. Changing it
 *     breaks the link between responses made before and after the change
 * @param followUpAfter how long after a response the follow-up survey is texted (default 8 weeks)
 * @param commentRetention how long free-text comments are kept; then the nightly job erases their words
 * @param followUpCron when due follow-ups are texted (default 10am daily, Plymouth time: no texts at night); read by
 *     {@code @Scheduled}, so only the property sets it
 * @param retentionCron when old comments are erased (default 3:35am daily); read by {@code @Scheduled}
 */
@ConfigurationProperties("hub.surveys")
public record SurveyStoreProperties(
        @Nullable String followUpSecret,
        @DefaultValue("56d") Duration followUpAfter,
        @DefaultValue("365d") Duration commentRetention,
        @DefaultValue(SurveyStoreProperties.DEFAULT_FOLLOW_UP_CRON) String followUpCron,
        @DefaultValue(SurveyStoreProperties.DEFAULT_RETENTION_CRON) String retentionCron) {

    public static final String DEFAULT_FOLLOW_UP_CRON = "0 0 10 * * *";
    public static final String DEFAULT_RETENTION_CRON = "0 35 3 * * *";
    static final int MIN_SECRET_LENGTH = 32;

    public SurveyStoreProperties {
        if (followUpAfter.isNegative() || followUpAfter.isZero()) {
            throw new IllegalArgumentException("hub.surveys.follow-up-after must be more than zero, not "
                    + followUpAfter);
        }
        if (commentRetention.isNegative() || commentRetention.isZero()) {
            throw new IllegalArgumentException("hub.surveys.comment-retention must be more than zero, not "
                    + commentRetention);
        }
        if (followUpSecret != null && followUpSecret.isBlank()) {
            followUpSecret = null;
        }
        if (followUpSecret != null && followUpSecret.length() < MIN_SECRET_LENGTH) {
            // the message never includes the value
            throw new IllegalArgumentException("hub.surveys.follow-up-secret is too short: use at least "
                    + MIN_SECRET_LENGTH + " random characters (openssl rand -base64 48)");
        }
    }

    /** Leaves the secret out. */
    @Override
    public String toString() {
        return "SurveyStoreProperties[followUpSecret=" + (followUpSecret == null ? "unset" : "set")
                + ", followUpAfter=" + followUpAfter + ", commentRetention=" + commentRetention + ", followUpCron="
                + followUpCron + ", retentionCron=" + retentionCron + "]";
    }

    /**
     * When a follow-up for a response given then is due: whole days are calendar days where the hub is (8 weeks after
     * 9:30 is 9:30, across a clock change too, so a daily run at 10am finds it on its day), anything else as it is.
     */
    Instant followUpDueAt(Instant respondedAt, ZoneId zone) {
        long days = followUpAfter.toDays();
        if (followUpAfter.equals(Duration.ofDays(days))) {
            return ZonedDateTime.ofInstant(respondedAt, zone).plusDays(days).toInstant();
        }
        return respondedAt.plus(followUpAfter);
    }
}
