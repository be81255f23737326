package uk.plymouth.wellbeing.sms.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import uk.plymouth.wellbeing.sms.TwilioProperties;
import uk.plymouth.wellbeing.sms.TwilioProperties.Provider;
import uk.plymouth.wellbeing.sms.TwilioProperties.RateLimitSettings;

/** Which URL and which fields are checked, without a running app. Signatures come from the test's own algorithm. */
class TwilioSignatureVerifierTest {

    static final String TOKEN = "abcdefabcdefabcdefabcdefabcdef12";

    static TwilioProperties properties(String token, String publicBase) {
        return new TwilioProperties(Provider.LOG, null, token, null, null,
                publicBase == null ? null : URI.create(publicBase), new RateLimitSettings(20, Duration.ofMinutes(10)));
    }

    static MockHttpServletRequest post(String query, Map<String, String> fields) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/sms/inbound");
        request.setScheme("http");
        request.setServerName("localhost");
        request.setServerPort(8080);
        request.setQueryString(query);
        request.setContentType("application/x-www-form-urlencoded");
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] parts = pair.split("=", 2);
                request.addParameter(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        fields.forEach(request::addParameter);
        return request;
    }

    @Test
    void withoutAPublicAddressTheAddressTheAppWasCalledAtIsChecked() {
        Map<String, String> fields = WebhookClient.inbound("SM1", "+447700900123", "help");
        MockHttpServletRequest request = post(null, fields);
        request.addHeader("X-Twilio-Signature",
                WebhookClient.sign(TOKEN, "http://localhost:8080/sms/inbound", fields));

        TwilioSignatureVerifier verifier = new TwilioSignatureVerifier(properties(TOKEN, null));

        assertThat(verifier.accepts(request, TwilioSignatureVerifier.formFields(request))).isTrue();
    }

    @Test
    void behindAProxyThePublicAddressIsChecked() {
        Map<String, String> fields = WebhookClient.inbound("SM1", "+447700900123", "help");
        MockHttpServletRequest request = post(null, fields);
        request.addHeader("X-Twilio-Signature", WebhookClient.sign(TOKEN, "https://hubs.example.org/sms/inbound",
                fields));

        assertThat(new TwilioSignatureVerifier(properties(TOKEN, "https://hubs.example.org/"))
                .accepts(request, TwilioSignatureVerifier.formFields(request))).isTrue();
        assertThat(new TwilioSignatureVerifier(properties(TOKEN, null))
                .accepts(request, TwilioSignatureVerifier.formFields(request))).isFalse();
    }

    @Test
    void queryParametersAreSignedAsPartOfTheAddressNotAsFields() {
        Map<String, String> fields = WebhookClient.inbound("SM1", "+447700900123", "help");
        MockHttpServletRequest request = post("hub=four-greens&From=x", fields);
        request.addHeader("X-Twilio-Signature",
                WebhookClient.sign(TOKEN, "https://hubs.example.org/sms/inbound?hub=four-greens&From=x", fields));

        Map<String, String> formFields = TwilioSignatureVerifier.formFields(request);

        assertThat(formFields).isEqualTo(fields).doesNotContainKey("hub");
        assertThat(formFields.get("From")).isEqualTo("+447700900123");
        assertThat(new TwilioSignatureVerifier(properties(TOKEN, "https://hubs.example.org"))
                .accepts(request, formFields)).isTrue();
    }

    @Test
    void withoutATokenRequestsAreNotChecked() {
        MockHttpServletRequest request = post(null, Map.of("From", "+447700900123"));

        assertThat(new TwilioSignatureVerifier(properties(null, null)).accepts(request, Map.of())).isTrue();
    }

    /**
     * Signatures computed by the {@code twilio} npm package 6.2.0 ({@code getExpectedTwilioSignature}, run once outside
     * the build), for a text in Polish, emoji, Arabic and markup: the test's algorithm, our helper for the simulator and
     * the SDK's validator all agree with it.
     */
    @Test
    void agreesWithTwilioNodeOnSignaturesOfNonAsciiTexts() {
        String token = "12345678901234567890123456789012";
        String url = "https://hubs.example.org/sms/inbound";
        Map<String, String> fields = WebhookClient.inbound("SMnode1", "+447700900123",
                "Potrzebuję pomocy 😀 أحتاج & <b>");

        assertThat(WebhookClient.sign(token, url, fields)).isEqualTo("KTMrf0/IyaSyGYbairP8+yV96Gs=");
        assertThat(TwilioSignatures.sign(token, url, fields)).isEqualTo("KTMrf0/IyaSyGYbairP8+yV96Gs=");
        assertThat(TwilioSignatures.sign(token, url + "?hub=four-greens", fields))
                .isEqualTo("d/IiFD8YMaXOmECPzzgv/StrII4=");
        assertThat(new com.twilio.security.RequestValidator(token)
                .validate(url, fields, "KTMrf0/IyaSyGYbairP8+yV96Gs=")).isTrue();
    }
}
