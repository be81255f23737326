package uk.plymouth.wellbeing.sms.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.twilio.exception.ApiConnectionException;
import com.twilio.http.HttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import com.twilio.http.TwilioRestClient;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;
import uk.plymouth.wellbeing.signposting.messaging.SmsSendException;
import uk.plymouth.wellbeing.signposting.messaging.TextMessage;
import uk.plymouth.wellbeing.sms.TwilioProperties;
import uk.plymouth.wellbeing.sms.TwilioProperties.Provider;
import uk.plymouth.wellbeing.sms.TwilioProperties.RateLimitSettings;

/** The sender against a stand-in for Twilio's REST API (the SDK's own client, our HTTP layer): no network. */
class TwilioSmsSenderTest {

    static final String SID = "AC00000000000000000000000000000000";
    static final TextMessage TEXT = new TextMessage(PhoneNumber.parseUkMobile("07700 900123"),
            "Four Greens food bank, Tue 10am-12pm");

    /** Answers every request with what {@code answer} says, and keeps the requests. */
    static final class FakeTwilio extends HttpClient {
        final List<Request> requests = new ArrayList<>();
        final Function<Request, Response> answer;

        FakeTwilio(Function<Request, Response> answer) {
            this.answer = answer;
        }

        @Override
        public Response makeRequest(Request request) {
            requests.add(request);
            return answer.apply(request);
        }
    }

    static TwilioProperties properties(String from, String messagingService) {
        return new TwilioProperties(Provider.TWILIO, SID, "token", from, messagingService,
                URI.create("https://hubs.example.org/"), new RateLimitSettings(20, Duration.ofMinutes(10)));
    }

    static TwilioSmsSender sender(FakeTwilio twilio, TwilioProperties properties) {
        return new TwilioSmsSender(new TwilioRestClient.Builder(SID, "token").httpClient(twilio).build(), properties);
    }

    static Response error(int status, int code) {
        return new Response("{\"code\": " + code + ", \"message\": \"The 'To' number +447700900123 is not valid.\","
                + " \"more_info\": \"https://www.twilio.com/docs/errors/" + code + "\", \"status\": " + status + "}",
                status);
    }

    @Test
    void sendsFromOurNumberAsksForDeliveryReportsAndReturnsTwiliosId() {
        FakeTwilio twilio = new FakeTwilio(request -> new Response(
                "{\"sid\": \"SM0123456789abcdef0123456789abcdef\", \"status\": \"queued\"}", 201));

        var sent = sender(twilio, properties("+447700900000", null)).send(TEXT);

        assertThat(sent.providerMessageId()).isEqualTo("SM0123456789abcdef0123456789abcdef");
        Request request = twilio.requests.get(0);
        assertThat(request.getUrl()).endsWith("/Accounts/" + SID + "/Messages.json");
        assertThat(request.getPostParams().get("To")).containsExactly("+447700900123");
        assertThat(request.getPostParams().get("From")).containsExactly("+447700900000");
        assertThat(request.getPostParams().get("Body")).containsExactly(TEXT.body());
        assertThat(request.getPostParams().get("StatusCallback"))
                .containsExactly("https://hubs.example.org/sms/status");
    }

    @Test
    void sendsThroughAMessagingServiceWhenOneIsSet() {
        FakeTwilio twilio = new FakeTwilio(request -> new Response("{\"sid\": \"SM1\", \"status\": \"accepted\"}", 201));

        sender(twilio, properties(null, "MG00000000000000000000000000000000")).send(TEXT);

        assertThat(twilio.requests.get(0).getPostParams().get("MessagingServiceSid"))
                .containsExactly("MG00000000000000000000000000000000");
        assertThat(twilio.requests.get(0).getPostParams()).doesNotContainKey("From");
    }

    @Test
    void aLookUpAsksTwilioForTheNumbersLatestTextsAndKeepsThoseWithTheseWordsSinceThen() {
        FakeTwilio twilio = new FakeTwilio(request -> new Response("{\"messages\": ["
                + message("SMnew", TEXT.body(), "Tue, 08 Dec 2026 02:20:05 +0000") + ", "
                + message("SMother", "Something else", "Tue, 08 Dec 2026 02:20:04 +0000") + ", "
                + message("SMold", TEXT.body(), "Mon, 07 Dec 2026 09:00:00 +0000")
                + "], \"next_page_uri\": null, \"page\": 0, \"page_size\": 50}", 200));

        var lookup = sender(twilio, properties("+447700900000", null))
                .lookUp(TEXT, java.time.Instant.parse("2026-12-08T02:20:00Z"));

        assertThat(lookup.known()).isTrue();
        assertThat(lookup.providerMessageIds()).containsExactly("SMnew");
        Request request = twilio.requests.get(0);
        assertThat(request.getMethod().toString()).isEqualTo("GET");
        assertThat(request.getUrl()).endsWith("/Accounts/" + SID + "/Messages.json");
        assertThat(request.getQueryParams().get("To")).containsExactly("+447700900123");
    }

    @Test
    void aLookUpTwilioCannotAnswerIsRetryableAndNeverACannotTell() {
        FakeTwilio twilio = new FakeTwilio(request -> error(503, 20003));

        SmsSendException failed = catchThrowableOfType(SmsSendException.class,
                () -> sender(twilio, properties("+447700900000", null)).lookUp(TEXT, java.time.Instant.EPOCH));

        assertThat(failed.retryable()).isTrue();
        assertThat(failed.getMessage()).doesNotContain("900123");
    }

    static String message(String sid, String body, String created) {
        return "{\"sid\": \"" + sid + "\", \"to\": \"+447700900123\", \"body\": \"" + body
                + "\", \"date_created\": \"" + created + "\", \"status\": \"sent\"}";
    }

    @Test
    void anInvalidOrOptedOutNumberIsNotRetryableAndCarriesTwiliosCodeButNeverTheNumber() {
        for (int code : new int[] {21211, 21610}) {
            FakeTwilio twilio = new FakeTwilio(request -> error(400, code));

            SmsSendException refused = catchThrowableOfType(SmsSendException.class,
                    () -> sender(twilio, properties("+447700900000", null)).send(TEXT));

            assertThat(refused.retryable()).isFalse();
            assertThat(refused.errorCode()).isEqualTo(String.valueOf(code));
            assertThat(refused.getMessage()).contains("400").doesNotContain("900123").doesNotContain(TEXT.body());
            assertThat(refused.getCause()).isNull();
        }
    }

    @Test
    void tooManyRequestsAndServerErrorsAreRetryable() {
        for (int status : new int[] {429, 500, 503}) {
            FakeTwilio twilio = new FakeTwilio(request -> error(status, 20429));

            SmsSendException refused = catchThrowableOfType(SmsSendException.class,
                    () -> sender(twilio, properties("+447700900000", null)).send(TEXT));

            assertThat(refused.retryable()).as("HTTP %d", status).isTrue();
            assertThat(refused.errorCode()).isEqualTo("20429");
        }
    }

    @Test
    void networkFailuresAreRetryable() {
        FakeTwilio twilio = new FakeTwilio(request -> {
            throw new ApiConnectionException("IOException during API request to Twilio",
                    new java.net.ConnectException("Connection refused"));
        });

        SmsSendException unreachable = catchThrowableOfType(SmsSendException.class,
                () -> sender(twilio, properties("+447700900000", null)).send(TEXT));

        assertThat(unreachable.retryable()).isTrue();
        assertThat(unreachable.errorCode()).isNull();
    }

    @Test
    void anUnreadableAnswerIsRetryable() {
        FakeTwilio twilio = new FakeTwilio(request -> new Response("<html>Bad gateway</html>", 502));

        SmsSendException failed = catchThrowableOfType(SmsSendException.class,
                () -> sender(twilio, properties("+447700900000", null)).send(TEXT));

        assertThat(failed.retryable()).isTrue();
    }
}
