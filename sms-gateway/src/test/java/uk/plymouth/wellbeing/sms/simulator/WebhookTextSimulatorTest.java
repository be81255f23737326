package uk.plymouth.wellbeing.sms.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import uk.plymouth.wellbeing.signposting.messaging.LoggingSmsSender;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;
import uk.plymouth.wellbeing.signposting.messaging.TextMessage;
import uk.plymouth.wellbeing.signposting.texting.DramaNumbers;
import uk.plymouth.wellbeing.signposting.texting.TextSimulator;
import uk.plymouth.wellbeing.signposting.texting.TextSimulatorException;
import uk.plymouth.wellbeing.sms.SmsTestApplication;
import uk.plymouth.wellbeing.sms.TwilioProperties;
import uk.plymouth.wellbeing.sms.TwilioProperties.Provider;
import uk.plymouth.wellbeing.sms.TwilioProperties.RateLimitSettings;

/**
 * The simulator against the running app over real HTTP, with the real conversation, behind a pretend reverse proxy:
 * the webhook checks signatures for {@code https://hubs.example.org} while the app listens on a random local port.
 */
@SpringBootTest(classes = SmsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "hub.sms.auth-token=" + WebhookTextSimulatorTest.TOKEN,
            "hub.sms.public-base-url=" + WebhookTextSimulatorTest.PUBLIC
        })
@ActiveProfiles("sms-test")
class WebhookTextSimulatorTest {

    static final String TOKEN = "abcdefabcdefabcdefabcdefabcdef12";
    static final String PUBLIC = "https://hubs.example.org";
    private static final AtomicInteger NUMBERS = new AtomicInteger(500);

    @LocalServerPort
    int port;

    @Autowired
    TextSimulator simulator;

    @Autowired
    LoggingSmsSender logSender;

    @Autowired
    JdbcTemplate jdbc;

    static PhoneNumber newNumber() {
        return new PhoneNumber("+447700900" + NUMBERS.getAndIncrement());
    }

    TwilioProperties twilio(Provider provider, String publicBaseUrl) {
        return new TwilioProperties(provider, "AC" + "1".repeat(32), TOKEN, "+447700900001", null,
                URI.create(publicBaseUrl), new RateLimitSettings(20, Duration.ofMinutes(10)));
    }

    SimulatorProperties postingTo(String appUrl) {
        return new SimulatorProperties(true, URI.create(appUrl), Duration.ofSeconds(5));
    }

    @Test
    void sendsASignedTextThroughTheWebhookAndReadsTheAnswer() {
        PhoneNumber from = newNumber();

        assertThat(simulator.status().available()).isTrue();
        assertThat(simulator.status().signed()).isTrue();
        List<String> replies = simulator.send(from, "HELP");

        assertThat(replies).singleElement().asString()
                .startsWith("Plymouth Wellbeing Hubs. Text what you need").contains("In danger? Call 999.");
        assertThat(jdbc.queryForObject("select count(*) from sms_inbox where phone = ? and channel = 'twilio'",
                Integer.class, from.e164())).isEqualTo(1);
    }

    @Test
    void signsForThePublicAddressOfThePathPostedTo() {
        WebhookTextSimulator simulator = new WebhookTextSimulator(twilio(Provider.LOG, PUBLIC),
                postingTo("http://127.0.0.1:" + port + "/hubs"), logSender);

        assertThat(simulator.signedUrl(URI.create("http://127.0.0.1:" + port + "/hubs/sms/inbound")))
                .isEqualTo(PUBLIC + "/hubs/sms/inbound");
    }

    @Test
    void aSignatureTheWebhookDoesNotAcceptIsExplainedInPlainEnglish() {
        WebhookTextSimulator elsewhere = new WebhookTextSimulator(twilio(Provider.LOG, "https://wrong.example.org"),
                postingTo("http://127.0.0.1:" + port), logSender);

        assertThatThrownBy(() -> elsewhere.send(newNumber(), "HELP")).isInstanceOf(TextSimulatorException.class)
                .hasMessageStartingWith("The app's SMS webhook refused the simulated text (403 Forbidden)")
                .hasMessageContaining("https://wrong.example.org/sms/inbound").hasMessageContaining("PUBLIC_BASE_URL");
    }

    @Test
    void anAppThatCannotBeReachedIsExplainedInPlainEnglish() {
        WebhookTextSimulator nowhere = new WebhookTextSimulator(twilio(Provider.LOG, PUBLIC),
                postingTo("http://127.0.0.1:1"), logSender);

        assertThatThrownBy(() -> nowhere.send(newNumber(), "HELP")).isInstanceOf(TextSimulatorException.class)
                .hasMessage("Could not reach the app's SMS webhook at http://127.0.0.1:1/sms/inbound. If the app is"
                        + " reached at another address, set hub.sms.simulator.app-url.");
    }

    @Test
    void aWrongPathIsExplainedInPlainEnglish() {
        WebhookTextSimulator wrongPath = new WebhookTextSimulator(twilio(Provider.LOG, PUBLIC),
                postingTo("http://127.0.0.1:" + port + "/nothing-here"), logSender);

        assertThatThrownBy(() -> wrongPath.send(newNumber(), "HELP")).isInstanceOf(TextSimulatorException.class)
                .hasMessageContaining("is not at http://127.0.0.1:" + port + "/nothing-here/sms/inbound");
    }

    @Test
    void isOffWhileTextsReallyGoThroughTwilio() {
        WebhookTextSimulator live = new WebhookTextSimulator(twilio(Provider.TWILIO, PUBLIC),
                postingTo("http://127.0.0.1:" + port), logSender);

        assertThat(live.status().available()).isFalse();
        assertThat(live.status().explanation()).contains("SMS_PROVIDER is twilio", "SMS_PROVIDER=log");
        assertThatThrownBy(() -> live.send(newNumber(), "HELP")).isInstanceOf(TextSimulatorException.class)
                .hasMessage(live.status().explanation());
    }

    @Test
    void isOffWhenSwitchedOff() {
        WebhookTextSimulator off = new WebhookTextSimulator(twilio(Provider.LOG, PUBLIC),
                new SimulatorProperties(false, null, Duration.ofSeconds(5)), logSender);

        assertThat(off.status().available()).isFalse();
        assertThat(off.status().explanation()).contains("hub.sms.simulator.enabled");
    }

    @Test
    void saysItSendsUnsignedTextsWhenTheWebhookChecksNoSignatures() {
        WebhookTextSimulator unsigned = new WebhookTextSimulator(TwilioProperties.defaults(),
                postingTo("http://127.0.0.1:" + port), logSender);

        assertThat(unsigned.status().available()).isTrue();
        assertThat(unsigned.status().signed()).isFalse();
        assertThat(unsigned.status().explanation()).contains("sends its texts unsigned");
    }

    @Test
    void sendsFromOfcomsDramaNumbersOnly() {
        Integer before = jdbc.queryForObject("select count(*) from sms_inbox", Integer.class);

        for (String real : List.of("+447911123456", "+447700901000", "+447700899999", "+441752123456")) {
            assertThatThrownBy(() -> simulator.send(new PhoneNumber(real), "CALL")).as(real)
                    .isInstanceOf(TextSimulatorException.class).hasMessage(DramaNumbers.ONLY_DRAMA);
        }

        assertThat(jdbc.queryForObject("select count(*) from sms_inbox", Integer.class)).isEqualTo(before);
        assertThat(simulator.send(new PhoneNumber("+447700900000"), "HELP")).hasSize(1);
        assertThat(simulator.send(new PhoneNumber("+447700900999"), "HELP")).hasSize(1);
    }

    @Test
    void showsNoTextsSentToARealNumber() {
        PhoneNumber resident = new PhoneNumber("+447911123456");
        long before = simulator.lastSentNumber();
        logSender.send(new TextMessage(resident, "Your reference is ABC-123."));

        assertThat(simulator.sentTo(resident, before)).isEmpty();
    }

    @Test
    void refusesTextsLongerThanCarriersAllow() {
        assertThatThrownBy(() -> simulator.send(newNumber(), "a".repeat(TextSimulator.MAX_LENGTH + 1)))
                .isInstanceOf(TextSimulatorException.class).hasMessageContaining("at most 1600");
    }

    @Test
    void listsTheTextsSentLaterToTheSimulatedNumberOnly() {
        PhoneNumber mine = newNumber();
        long before = simulator.lastSentNumber();
        logSender.send(new TextMessage(mine, "Your reference is ABC-123."));
        logSender.send(new TextMessage(newNumber(), "Someone else's"));
        logSender.send(new TextMessage(mine, "We tried to call you."));

        assertThat(simulator.sentTo(mine, before)).extracting(text -> text.message().body())
                .containsExactly("Your reference is ABC-123.", "We tried to call you.");
        assertThat(simulator.sentTo(mine, simulator.lastSentNumber())).isEmpty();
    }
}
