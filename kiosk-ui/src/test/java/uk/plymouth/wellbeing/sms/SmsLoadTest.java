package uk.plymouth.wellbeing.sms;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.plymouth.wellbeing.signposting.callback.CallbackQueue;

/**
 * {@link SmsLoad} small enough for every build: about 500 signed webhooks from 4 threads, with Twilio-style retries,
 * CALL dialogues and kiosk texts, through a carrier that refuses 10% of sends: nothing lost, nothing twice. Each
 * session texts from a new number, so the lowered rate limit never meets it. The 50,000 version is
 * {@link SmsLoadBenchmarkTest}.
 */
@RunningSmsApp
class SmsLoadTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CallbackQueue callbacks;

    final RecordingSmsSender carrier = RecordingSmsSender.SHARED;

    @BeforeEach
    void quietOutbox() {
        Eventually.within(Duration.ofSeconds(30), "texts of earlier tests are sent", () -> jdbc.queryForObject(
                "select count(*) from sms_outbox where state = 'PENDING'", Integer.class) == 0);
        carrier.reset();
        carrier.unreliable(0.10, 0.01, 100);
    }

    @AfterEach
    void reliableAgain() {
        carrier.reset();
    }

    @Test
    void fiveHundredWebhooksWithRetriesAndAnUnreliableCarrierLoseNothingAndDoNothingTwice() throws Exception {
        SmsLoad load = new SmsLoad(new TwilioWebhooks(port), jdbc, callbacks, carrier, 500);

        SmsLoad.Figures figures = load.run(500, 4, thread -> TwilioWebhooks.newNumber(), Duration.ofSeconds(60));

        System.out.println("SMS load (small): " + figures);
    }
}
