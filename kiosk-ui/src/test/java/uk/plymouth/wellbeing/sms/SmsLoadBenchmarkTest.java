package uk.plymouth.wellbeing.sms;

import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import uk.plymouth.wellbeing.signposting.callback.CallbackQueue;

/**
 * 50,000 signed webhooks through the whole app (about 5% of them Twilio-style retries of the same MessageSid, CALL
 * dialogues among them, kiosk callback texts through the outbox) with a carrier that refuses 10% of sends and times
 * out on 1%: every text stored and answered, every retry answered identically, every outbox text taken exactly once.
 * Prints the figures; never fails on timing. Left out of the normal build:
 * {@code ./mvnw -o -pl kiosk-ui -am test -Pbenchmark -Dtest=SmsLoadBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false}.
 * The rate limit is lifted, since 1,000 drama-range numbers carry 50,000 texts.
 */
@Tag("benchmark")
@RunningSmsApp
@TestPropertySource(properties = "hub.sms.rate-limit.messages=1000000")
class SmsLoadBenchmarkTest {

    static final int WEBHOOKS = Integer.getInteger("sms.load.webhooks", 50_000);
    static final int THREADS = Integer.getInteger("sms.load.threads", 16);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CallbackQueue callbacks;

    final RecordingSmsSender carrier = RecordingSmsSender.SHARED;

    @Test
    void fiftyThousandWebhooksWithRetriesAndAnUnreliableCarrierLoseNothingAndDoNothingTwice() throws Exception {
        carrier.reset();
        carrier.unreliable(0.10, 0.01, 100);
        int[] next = new int[THREADS];
        try {
            SmsLoad load = new SmsLoad(new TwilioWebhooks(port), jdbc, callbacks, carrier, WEBHOOKS);
            // thread t owns the numbers t, t + THREADS, t + 2 * THREADS ... of the 1,000 in the drama range
            SmsLoad.Figures figures = load.run(WEBHOOKS, THREADS, thread -> {
                int n = thread + THREADS * (next[thread]++ % (1000 / THREADS));
                return String.format("+447700900%03d", n);
            }, Duration.ofMinutes(5));
            System.out.println("SMS load (benchmark): " + figures);
        } finally {
            carrier.reset();
        }
    }
}
