package uk.plymouth.wellbeing.sms.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import uk.plymouth.wellbeing.signposting.messaging.LoggingSmsSender;
import uk.plymouth.wellbeing.sms.TwilioProperties;
import uk.plymouth.wellbeing.sms.TwilioProperties.Provider;
import uk.plymouth.wellbeing.sms.TwilioProperties.RateLimitSettings;

/** Where the simulator posts, and which URL it signs, without an app running. */
class OwnAddressTest {

    @Test
    void postsToTheLoopbackAddressOnTheServersPort() {
        assertThat(WebhookTextSimulator.ownAddress(8080, new MockEnvironment()))
                .isEqualTo(URI.create("http://127.0.0.1:8080"));
    }

    @Test
    void leavesTheDefaultPortOutAsTheServletDoesWhenItRebuildsTheUrl() {
        assertThat(WebhookTextSimulator.ownAddress(80, new MockEnvironment()))
                .isEqualTo(URI.create("http://127.0.0.1"));
        assertThat(WebhookTextSimulator.ownAddress(443, new MockEnvironment()
                .withProperty("server.ssl.enabled", "true"))).isEqualTo(URI.create("https://127.0.0.1"));
    }

    @Test
    void followsTheContextPathAndABoundAddress() {
        MockEnvironment environment = new MockEnvironment().withProperty("server.servlet.context-path", "/hubs/")
                .withProperty("server.address", "10.0.0.5");
        assertThat(WebhookTextSimulator.ownAddress(9000, environment))
                .isEqualTo(URI.create("http://10.0.0.5:9000/hubs"));
        assertThat(WebhookTextSimulator.ownAddress(9000, new MockEnvironment().withProperty("server.address", "::1")))
                .isEqualTo(URI.create("http://[::1]:9000"));
        assertThat(WebhookTextSimulator.ownAddress(9000, new MockEnvironment()
                .withProperty("server.address", "0.0.0.0"))).isEqualTo(URI.create("http://127.0.0.1:9000"));
    }

    @Test
    void signsTheAddressPostedToWhenThereIsNoPublicBaseUrl() {
        TwilioProperties noPublicUrl = new TwilioProperties(Provider.LOG, null, "token", null, null, null,
                new RateLimitSettings(20, Duration.ofMinutes(10)));
        WebhookTextSimulator simulator = new WebhookTextSimulator(noPublicUrl, SimulatorProperties.defaults(),
                new LoggingSmsSender());

        assertThat(simulator.signedUrl(URI.create("http://127.0.0.1:8080/sms/inbound")))
                .isEqualTo("http://127.0.0.1:8080/sms/inbound");
        assertThat(simulator.status().available()).as("no web server yet").isFalse();
        assertThat(simulator.status().explanation()).contains("web server has not started");
    }
}
