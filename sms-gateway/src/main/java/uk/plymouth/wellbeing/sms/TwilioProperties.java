package uk.plymouth.wellbeing.sms;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import uk.plymouth.wellbeing.signposting.texting.RateLimit;

/**
 * The SMS channel's settings. Secrets come from the environment; {@link #toString()} masks the auth token.
 *
 * <table>
 * <caption>Properties and the environment variables they are meant to be bound from</caption>
 * <tr><td>{@code hub.sms.provider}</td><td>{@code SMS_PROVIDER}</td><td>{@code log} (default: texts are
 * printed to the log) or {@code twilio}</td></tr>
 * <tr><td>{@code hub.sms.account-sid}</td><td>{@code TWILIO_ACCOUNT_SID}</td><td>"AC..."</td></tr>
 * <tr><td>{@code hub.sms.auth-token}</td><td>{@code TWILIO_AUTH_TOKEN}</td><td>signs and checks webhooks; when set,
 * every webhook must carry a valid signature, whatever the provider</td></tr>
 * <tr><td>{@code hub.sms.from-number}</td><td>{@code TWILIO_FROM_NUMBER}</td><td>our number, E.164</td></tr>
 * <tr><td>{@code hub.sms.messaging-service-sid}</td><td>{@code TWILIO_MESSAGING_SERVICE_SID}</td><td>"MG...",
 * instead of a from number</td></tr>
 * <tr><td>{@code hub.sms.public-base-url}</td><td>{@code PUBLIC_BASE_URL}</td><td>the address Twilio calls us at,
 * e.g. {@code https://hubs.example.org}: signatures are checked against it (behind a reverse proxy the app sees
 * another address), and delivery reports go to it</td></tr>
 * <tr><td>{@code hub.sms.rate-limit.messages} / {@code .per}</td><td></td><td>30 texts in 10 minutes per number
 * </td></tr>
 * </table>
 */
@ConfigurationProperties("hub.sms")
public record TwilioProperties(
        @DefaultValue("log") Provider provider,
        @Nullable String accountSid,
        @Nullable String authToken,
        @Nullable String fromNumber,
        @Nullable String messagingServiceSid,
        @Nullable URI publicBaseUrl,
        @DefaultValue RateLimitSettings rateLimit) {

    /** Who carries our texts. */
    public enum Provider {
        /** Nobody: texts are printed to the log (number masked). */
        LOG,
        TWILIO
    }

    /** At most {@code messages} texts from one number in {@code per} are answered. */
    public record RateLimitSettings(@DefaultValue("30") int messages, @DefaultValue("10m") Duration per) {

        public RateLimit toRateLimit() {
            return new RateLimit(messages, per);
        }
    }

    public TwilioProperties {
        accountSid = blankToNull(accountSid);
        authToken = blankToNull(authToken);
        fromNumber = blankToNull(fromNumber);
        messagingServiceSid = blankToNull(messagingServiceSid);
        if (publicBaseUrl != null && publicBaseUrl.toString().isBlank()) {
            publicBaseUrl = null;
        }
        if (publicBaseUrl != null && (!publicBaseUrl.isAbsolute() || publicBaseUrl.getHost() == null)) {
            throw new IllegalArgumentException("hub.sms.public-base-url (PUBLIC_BASE_URL) must be an absolute"
                    + " address such as https://hubs.example.org, not '" + publicBaseUrl + "'");
        }
        // rate limit checks its own numbers
        rateLimit.toRateLimit();
    }

    /** With the log provider and nothing else: what tests and development use. */
    public static TwilioProperties defaults() {
        return new TwilioProperties(Provider.LOG, null, null, null, null, null,
                new RateLimitSettings(30, Duration.ofMinutes(10)));
    }

    /**
     * Fails with a message naming the missing variable unless everything sending through Twilio needs is set.
     *
     * @throws IllegalStateException naming the first missing setting and its environment variable
     */
    public void requireTwilioSettings() {
        require(accountSid, "hub.sms.account-sid", "TWILIO_ACCOUNT_SID");
        require(authToken, "hub.sms.auth-token", "TWILIO_AUTH_TOKEN");
        if (fromNumber == null && messagingServiceSid == null) {
            throw new IllegalStateException("hub.sms.provider=twilio needs a number to send from: set"
                    + " TWILIO_FROM_NUMBER (hub.sms.from-number, e.g. +447700900000) or TWILIO_MESSAGING_SERVICE_SID"
                    + " (hub.sms.messaging-service-sid)");
        }
        if (publicBaseUrl == null) {
            throw new IllegalStateException("hub.sms.provider=twilio needs PUBLIC_BASE_URL"
                    + " (hub.sms.public-base-url): the https address Twilio reaches this app at, for delivery reports"
                    + " and signature checks");
        }
    }

    /** The public address of one of our paths ("/sms/status"), without a trailing slash doubled. */
    public @Nullable String publicUrl(String path) {
        if (publicBaseUrl == null) {
            return null;
        }
        String base = publicBaseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    public boolean signaturesRequired() {
        return authToken != null;
    }

    private static void require(@Nullable String value, String key, String variable) {
        if (value == null) {
            throw new IllegalStateException("hub.sms.provider=twilio needs " + variable + " (" + key + "), which is"
                    + " not set");
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return "TwilioProperties[provider=" + provider.name().toLowerCase(Locale.ROOT) + ", accountSid=" + accountSid
                + ", authToken=" + (authToken == null ? "(not set)" : "****") + ", fromNumber=" + fromNumber
                + ", messagingServiceSid=" + messagingServiceSid + ", publicBaseUrl=" + publicBaseUrl
                + ", rateLimit=" + rateLimit.messages() + " per " + rateLimit.per() + "]";
    }
}
