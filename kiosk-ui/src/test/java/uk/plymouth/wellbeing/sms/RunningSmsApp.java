package uk.plymouth.wellbeing.sms;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import uk.plymouth.wellbeing.signposting.messaging.SmsSender;

/**
 * The whole app on a random port, as Twilio meets it: the {@code test} profile (a private in-memory H2 database per
 * context, the bundled content, the real clock), webhooks that must be signed with {@link TwilioWebhooks#TOKEN} for
 * {@link TwilioWebhooks#PUBLIC} (the app stands behind a pretend reverse proxy), a rate limit lowered to
 * {@link #RATE_LIMIT} texts in 10 minutes (a survey by text takes about 12), an outbox worker that polls every 100 ms and retries after 50 to 400 ms, and
 * {@link RecordingSmsSender#SHARED} as the carrier in place of the logging sender.
 *
 * <p>Every test class with this annotation alone shares one running app: take numbers from
 * {@link TwilioWebhooks#newNumber()} and leave the sender reliable when done.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "hub.sms.auth-token=" + TwilioWebhooks.TOKEN,
        "hub.sms.public-base-url=" + TwilioWebhooks.PUBLIC,
        "hub.sms.rate-limit.messages=" + RunningSmsApp.RATE_LIMIT,
        "hub.sms.rate-limit.per=10m",
        "hub.sms.outbox.poll-interval=100ms",
        "hub.sms.outbox.initial-backoff=50ms",
        "hub.sms.outbox.max-backoff=400ms",
        "hub.sms.outbox.lease=10s"})
@ActiveProfiles("test")
@Import(RunningSmsApp.RecordingCarrier.class)
@interface RunningSmsApp {

    /** Texts one number may send in 10 minutes before the polite reply and silence. */
    int RATE_LIMIT = 16;

    /** The recording carrier: with an {@link SmsSender} bean defined, the app's logging sender stands down. */
    @TestConfiguration(proxyBeanMethods = false)
    class RecordingCarrier {

        @Bean
        SmsSender recordingSmsSender() {
            return RecordingSmsSender.SHARED;
        }
    }
}
