package uk.plymouth.wellbeing.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@code /actuator/prometheus} on the whole app: served with the hubs' own meters to a caller on the server itself
 * (as Prometheus on the same machine scrapes it) and to one with the token, refused to anyone whose request came
 * through the reverse proxy, and a text sent to the webhook counts as one more text in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "hub.metrics.token=" + MetricsEndpointTest.TOKEN, "hub.metrics.refresh-every=0s"})
@AutoConfigureObservability(tracing = false)
@ActiveProfiles("test")
class MetricsEndpointTest {

    static final String TOKEN = "metrics-test-token-0123456789abcdef";
    private static final String ANSWERED = "hub_texts_in_total{application=\"wellbeing-hubs\",outcome=\"answered\"}";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void servesTheHubsMetersToACallerOnTheServer() throws Exception {
        assertThat(get("/api/services?search=food+bank").statusCode()).isEqualTo(200);

        HttpResponse<String> metrics = get("/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/plain"));
        assertThat(metrics.body()).contains(ANSWERED)
                .contains("hub_texts_out_total{application=\"wellbeing-hubs\",state=\"delivered\"}")
                .contains("hub_outbox_pending{application=\"wellbeing-hubs\"} 0.0")
                .contains("hub_outbox_oldest_pending_age_seconds{application=\"wellbeing-hubs\"} 0.0")
                .contains("hub_callbacks_overdue{application=\"wellbeing-hubs\",urgent=\"false\"} 0.0")
                .contains("hub_callbacks_overdue{application=\"wellbeing-hubs\",urgent=\"true\"} 0.0")
                .containsPattern("hub_search_seconds_count\\{application=\"wellbeing-hubs\",error=\"none\","
                        + "kind=\"search\"} [1-9]")
                .contains("hub_search_seconds_bucket{application=\"wellbeing-hubs\",error=\"none\",kind=\"search\","
                        + "le=\"0.25\"}")
                .contains("http_server_requests_seconds_count");
    }

    @Test
    void refusesCallersThatCameThroughTheProxy() throws Exception {
        for (Map.Entry<String, String> forwarded : Map.of("X-Forwarded-For", "203.0.113.9",
                "Forwarded", "for=203.0.113.9;proto=https", "X-Real-IP", "203.0.113.9").entrySet()) {
            HttpResponse<String> refused = get("/actuator/prometheus", forwarded.getKey(), forwarded.getValue());

            assertThat(refused.statusCode()).as(forwarded.getKey()).isEqualTo(403);
            assertThat(refused.body()).doesNotContain("hub_");
        }
        // claiming to be the server itself: the app believes X-Forwarded-For only from its trusted proxies (here
        // loopback, where this test connects from), and then it is a caller on the server itself, as allowed
        assertThat(get("/actuator/prometheus", "X-Forwarded-For", "203.0.113.9", "Authorization",
                "Bearer not-the-token-0123456789abcdef").statusCode()).isEqualTo(403);
    }

    @Test
    void servesACallerWithTheTokenFromAnywhere() throws Exception {
        HttpResponse<String> metrics = get("/actuator/prometheus", "X-Forwarded-For", "198.51.100.20",
                "Authorization", "Bearer " + TOKEN);

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("hub_outbox_pending");
    }

    @Test
    void aTextSentCountsAsOneMoreTextIn() throws Exception {
        double before = value(get("/actuator/prometheus").body(), ANSWERED);

        HttpResponse<String> answer = postText("+447700900" + (100 + (int) (Math.random() * 800)), "food bank");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(value(get("/actuator/prometheus").body(), ANSWERED)).isEqualTo(before + 1);
    }

    @Test
    void theHealthCheckStaysOpenToEveryone() throws Exception {
        assertThat(get("/actuator/health", "X-Forwarded-For", "203.0.113.9").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An unsigned Twilio-style webhook (no auth token is set in this app), as a resident's text arrives. */
    private HttpResponse<String> postText(String from, String body) throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("MessageSid", "SM" + UUID.randomUUID().toString().replace("-", ""));
        fields.put("AccountSid", "AC00000000000000000000000000000000");
        fields.put("From", from);
        fields.put("To", "+447700900000");
        fields.put("Body", body);
        String form = fields.entrySet().stream().map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sms/inbound"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static double value(String metrics, String series) {
        return metrics.lines().filter(line -> line.startsWith(series + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(series.length() + 1).trim()))
                .orElseThrow(() -> new AssertionError(series + " not in the metrics"));
    }
}
