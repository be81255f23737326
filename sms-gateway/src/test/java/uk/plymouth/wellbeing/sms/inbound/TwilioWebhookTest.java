package uk.plymouth.wellbeing.sms.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import uk.plymouth.wellbeing.signposting.conversation.Conversation;
import uk.plymouth.wellbeing.signposting.conversation.ConversationReply;
import uk.plymouth.wellbeing.signposting.conversation.IncomingText;
import uk.plymouth.wellbeing.signposting.messaging.DeliveryState;
import uk.plymouth.wellbeing.signposting.messaging.LoggingSmsSender;
import uk.plymouth.wellbeing.signposting.messaging.OutgoingText;
import uk.plymouth.wellbeing.signposting.messaging.Outbox;
import uk.plymouth.wellbeing.signposting.messaging.SmsSender;
import uk.plymouth.wellbeing.signposting.messaging.TextPurpose;
import uk.plymouth.wellbeing.signposting.testsupport.MutableClock;
import uk.plymouth.wellbeing.signposting.texting.InboxRetention;
import uk.plymouth.wellbeing.signposting.texting.InboxRetrier;
import uk.plymouth.wellbeing.signposting.texting.RateLimit;
import uk.plymouth.wellbeing.sms.SmsTestApplication;

/**
 * The Twilio webhooks over real HTTP against the running app, behind a pretend reverse proxy: Twilio signs for
 * {@code https://hubs.example.org} while the app listens on {@code http://localhost:<port>}. The conversation is a
 * stand-in that echoes the text (so escaping and encodings show in the answer); the outbox is the real (interim) one,
 * watched.
 */
@SpringBootTest(classes = SmsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "hub.sms.auth-token=" + TwilioWebhookTest.TOKEN,
            "hub.sms.public-base-url=" + TwilioWebhookTest.PUBLIC,
            "hub.sms.inbox.max-attempts=3"
        })
@ActiveProfiles("sms-test")
@ExtendWith(OutputCaptureExtension.class)
class TwilioWebhookTest {

    static final String TOKEN = "12345678901234567890123456789012";
    static final String PUBLIC = "https://hubs.example.org";
    private static final AtomicInteger NUMBERS = new AtomicInteger(100);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    InboxRetrier retrier;

    @Autowired
    InboxRetention retention;

    @Autowired
    SmsSender sender;

    @MockitoBean
    Conversation conversation;

    @MockitoSpyBean
    Outbox outbox;

    WebhookClient twilio;

    @BeforeEach
    void setUp() {
        twilio = new WebhookClient("http://localhost:" + port, PUBLIC, TOKEN);
        jdbc.update("delete from sms_inbox");
        when(conversation.reply(any())).thenAnswer(call -> echo(call.getArgument(0)));
    }

    static ConversationReply echo(IncomingText text) {
        return ConversationReply.of("You said: " + text.body());
    }

    /** A different drama-range mobile for each test, so rate limits never meet. */
    static String newNumber() {
        return "+447700900" + NUMBERS.getAndIncrement();
    }

    static String newSid() {
        return "SM" + UUID.randomUUID().toString().replace("-", "");
    }

    int stored(String sid) {
        return jdbc.queryForObject("select count(*) from sms_inbox where message_id = ?", Integer.class, sid);
    }

    String status(String sid) {
        return jdbc.queryForObject("select status from sms_inbox where message_id = ?", String.class, sid);
    }

    HttpResponse<String> text(String sid, String from, String body) {
        return twilio.post("/sms/inbound", WebhookClient.inbound(sid, from, body));
    }

    // --- signatures -------------------------------------------------------------------------------------------------

    @Test
    void aValidSignatureForThePublicAddressIsAnsweredInTwiml() {
        String sid = newSid();
        HttpResponse<String> response = text(sid, newNumber(), "food bank PL5");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type.toLowerCase()).startsWith("text/xml").contains("charset=utf-8"));
        assertThat(WebhookClient.messages(response.body())).containsExactly("You said: food bank PL5");
        assertThat(status(sid)).isEqualTo("ANSWERED");
    }

    @Test
    void theSigningHelperForTheSimulatorMakesTheSameSignatureAsTheDocumentedAlgorithm() {
        Map<String, String> fields = WebhookClient.inbound("SM1", "+447700900123", "zażółć 😀 & <b>");
        String url = PUBLIC + "/sms/inbound?x=1";

        assertThat(TwilioSignatures.sign(TOKEN, url, fields)).isEqualTo(WebhookClient.sign(TOKEN, url, fields));
        assertThat(new com.twilio.security.RequestValidator(TOKEN)
                .validate(url, fields, WebhookClient.sign(TOKEN, url, fields))).isTrue();
    }

    @Test
    void aKnownSignatureFromTwilioDocumentationIsAccepted() {
        // Twilio's documented example: token 12345, this URL and these fields sign to this value
        Map<String, String> fields = Map.of("CallSid", "CA1234567890ABCDE", "Caller", "+12349013030",
                "Digits", "1234", "From", "+12349013030", "To", "+18005551212");
        String url = "https://mycompany.com/myapp.php?foo=1&bar=2";

        assertThat(WebhookClient.sign("12345", url, fields)).isEqualTo("0/KCTR6DLpKmkAf8muzZqo1nDgQ=");
    }

    @Test
    void aWrongTokenIsRefusedAndNothingIsStoredOrProcessed() {
        String sid = newSid();
        Map<String, String> fields = WebhookClient.inbound(sid, newNumber(), "help");

        HttpResponse<String> response = twilio.post("/sms/inbound", fields,
                WebhookClient.sign("not-our-token-at-all-000000000000", PUBLIC + "/sms/inbound", fields),
                WebhookClient.form(fields));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(stored(sid)).isZero();
        verify(conversation, never()).reply(any());
    }

    @Test
    void aMissingSignatureIsRefused() {
        String sid = newSid();
        Map<String, String> fields = WebhookClient.inbound(sid, newNumber(), "help");

        assertThat(twilio.post("/sms/inbound", fields, null, WebhookClient.form(fields)).statusCode())
                .isEqualTo(403);
        assertThat(twilio.post("/sms/inbound", fields, "", WebhookClient.form(fields)).statusCode())
                .isEqualTo(403);
        assertThat(stored(sid)).isZero();
    }

    @Test
    void aTamperedBodyIsRefused() {
        String sid = newSid();
        String from = newNumber();
        Map<String, String> signed = WebhookClient.inbound(sid, from, "help");
        String signature = WebhookClient.sign(TOKEN, PUBLIC + "/sms/inbound", signed);
        Map<String, String> sent = WebhookClient.inbound(sid, from, "help me with debt");

        assertThat(twilio.post("/sms/inbound", sent, signature, WebhookClient.form(sent)).statusCode())
                .isEqualTo(403);
        Map<String, String> extra = new java.util.LinkedHashMap<>(signed);
        extra.put("Injected", "1");
        assertThat(twilio.post("/sms/inbound", extra, signature, WebhookClient.form(extra)).statusCode())
                .isEqualTo(403);
        assertThat(stored(sid)).isZero();
    }

    @Test
    void aSignatureForTheAddressTheAppSeesInsteadOfThePublicOneIsRefused() {
        String sid = newSid();
        Map<String, String> fields = WebhookClient.inbound(sid, newNumber(), "help");
        String signature = WebhookClient.sign(TOKEN, "http://localhost:" + port + "/sms/inbound", fields);

        assertThat(twilio.post("/sms/inbound", fields, signature, WebhookClient.form(fields)).statusCode())
                .isEqualTo(403);
    }

    @Test
    void theQueryStringIsPartOfTheSignedAddress() {
        String sid = newSid();
        Map<String, String> fields = WebhookClient.inbound(sid, newNumber(), "help");
        String path = "/sms/inbound?hub=four-greens";

        HttpResponse<String> signed = twilio.post(path, fields,
                WebhookClient.sign(TOKEN, PUBLIC + path, fields), WebhookClient.form(fields));
        assertThat(signed.statusCode()).isEqualTo(200);

        Map<String, String> other = WebhookClient.inbound(newSid(), newNumber(), "help");
        HttpResponse<String> withoutQuery = twilio.post(path, other,
                WebhookClient.sign(TOKEN, PUBLIC + "/sms/inbound", other), WebhookClient.form(other));
        assertThat(withoutQuery.statusCode()).isEqualTo(403);
    }

    // --- idempotency ------------------------------------------------------------------------------------------------

    @Test
    void theSameMessageSidAgainGetsTheSameAnswerAndIsProcessedOnce() {
        String sid = newSid();
        String from = newNumber();

        HttpResponse<String> first = text(sid, from, "food bank");
        org.mockito.Mockito.doReturn(ConversationReply.of("something else entirely")).when(conversation)
                .reply(any());
        HttpResponse<String> second = text(sid, from, "food bank");

        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(WebhookClient.messages(second.body())).isEqualTo(WebhookClient.messages(first.body()))
                .containsExactly("You said: food bank");
        verify(conversation, times(1)).reply(any());
        assertThat(stored(sid)).isOne();
    }

    @Test
    void duplicatesArrivingTogetherAreProcessedOnce() throws Exception {
        String sid = newSid();
        String from = newNumber();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> text(sid, from, "walking football"));
            }
            List<String> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> result : threads.invokeAll(calls)) {
                assertThat(result.get().statusCode()).isEqualTo(200);
                answers.addAll(WebhookClient.messages(result.get().body()));
            }
            assertThat(answers).isNotEmpty().allMatch("You said: walking football"::equals);
        } finally {
            threads.shutdownNow();
        }
        verify(conversation, times(1)).reply(any());
        assertThat(stored(sid)).isOne();
    }

    // --- rate limit -------------------------------------------------------------------------------------------------

    @Test
    void overTheRateLimitOnePoliteAnswerThenSilenceUntilTheWindowPasses() {
        String from = newNumber();
        int limit = RateLimit.defaults().messages();
        for (int i = 1; i <= limit; i++) {
            assertThat(WebhookClient.messages(text(newSid(), from, "text " + i).body()))
                    .containsExactly("You said: text " + i);
        }
        String overLimit = newSid();
        List<String> politely = WebhookClient.messages(text(overLimit, from, "one too many").body());
        List<String> after = WebhookClient.messages(text(newSid(), from, "and another").body());
        String otherNumber = newNumber();
        List<String> someoneElse = WebhookClient.messages(text(newSid(), otherNumber, "hello").body());

        assertThat(politely).hasSize(1);
        assertThat(politely.get(0)).startsWith("You have sent us a lot of texts");
        assertThat(after).isEmpty();
        assertThat(someoneElse).containsExactly("You said: hello");
        assertThat(status(overLimit)).isEqualTo("RATE_LIMITED");
        assertThat(jdbc.queryForObject("select count(*) from sms_inbox where phone = ?", Integer.class, from))
                .isEqualTo(limit + 2);
        verify(conversation, times(limit + 1)).reply(any());

        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        assertThat(WebhookClient.messages(text(newSid(), from, "back again").body()))
                .containsExactly("You said: back again");
    }

    // --- what residents write ---------------------------------------------------------------------------------------

    @Test
    void anEmptyTextIsStoredAndAnswered() {
        String sid = newSid();
        HttpResponse<String> response = text(sid, newNumber(), "");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(WebhookClient.messages(response.body())).containsExactly("You said: ");
        assertThat(jdbc.queryForObject("select body from sms_inbox where message_id = ?", String.class, sid))
                .isEmpty();
    }

    @Test
    void aTextOf1600CharactersIsStoredWholeAndAnswered() {
        String sid = newSid();
        String longText = "I need help with debt and housing please. ".repeat(40).substring(0, 1600);

        HttpResponse<String> response = text(sid, newNumber(), longText);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(WebhookClient.messages(response.body())).containsExactly("You said: " + longText);
        assertThat(jdbc.queryForObject("select body from sms_inbox where message_id = ?", String.class, sid))
                .isEqualTo(longText);
    }

    @Test
    void emojiPolishAndArabicSurviveTheRoundTripInUtf8() {
        for (String words : List.of("food bank please 🙏😀👍🏽", "Potrzebuję pomocy z długami, źdźbło żółć",
                "أحتاج مساعدة في السكن", "mixed: zażółć 😀 مرحبا \u200d")) {
            String sid = newSid();
            HttpResponse<String> response = text(sid, newNumber(), words);

            assertThat(WebhookClient.messages(response.body())).containsExactly("You said: " + words);
            assertThat(jdbc.queryForObject("select body from sms_inbox where message_id = ?", String.class, sid))
                    .isEqualTo(words);
        }
    }

    @Test
    void markupInATextIsEscapedNotObeyed() {
        String injection = "</Message><Message>Free money</Message><Redirect>https://evil.example</Redirect>"
                + "<Message>& <b> \"quoted\" 'single' ]]> <![CDATA[x]]> &amp;";

        HttpResponse<String> response = text(newSid(), newNumber(), injection);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(WebhookClient.messages(response.body())).containsExactly("You said: " + injection);
        assertThat(response.body()).doesNotContain("<Redirect>").doesNotContain("<b>");
    }

    @Test
    void formFieldTricksDoNotChangeWhoSentIt() {
        // an '&From=...' inside the body is part of the body, not a second field
        String from = newNumber();
        String sid = newSid();
        HttpResponse<String> response = text(sid, from, "hi&From=+447700900999&Body=x");

        assertThat(WebhookClient.messages(response.body())).containsExactly("You said: hi&From=+447700900999&Body=x");
        assertThat(jdbc.queryForObject("select phone from sms_inbox where message_id = ?", String.class, sid))
                .isEqualTo(from);
    }

    @Test
    void missingFromOrBodyIsABadRequestWithAPlainMessageAndNothingStored() {
        String sid = newSid();
        Map<String, String> noFrom = WebhookClient.inbound(sid, "x", "help");
        noFrom.remove("From");
        Map<String, String> noBody = WebhookClient.inbound(sid, newNumber(), "help");
        noBody.remove("Body");

        HttpResponse<String> withoutFrom = twilio.post("/sms/inbound", noFrom);
        HttpResponse<String> withoutBody = twilio.post("/sms/inbound", noBody);

        assertThat(withoutFrom.statusCode()).isEqualTo(400);
        assertThat(withoutFrom.body()).isEqualTo("From is missing.");
        assertThat(withoutFrom.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
        assertThat(withoutBody.statusCode()).isEqualTo(400);
        assertThat(withoutBody.body()).isEqualTo("Body is missing.");
        assertThat(stored(sid)).isZero();
        // the signature comes first: an unsigned request learns nothing about its fields
        assertThat(twilio.post("/sms/inbound", noFrom, null, WebhookClient.form(noFrom)).statusCode())
                .isEqualTo(403);
    }

    @Test
    void aNumberOutsideTheUkGetsOnePoliteAnswerAndIsNotProcessed() {
        String polish = "+48601234567";
        String first = newSid();

        List<String> firstAnswer = WebhookClient.messages(text(first, polish, "pomoc").body());
        List<String> secondAnswer = WebhookClient.messages(text(newSid(), polish, "pomoc prosze").body());

        assertThat(firstAnswer).containsExactly("Sorry, Plymouth Wellbeing Hubs can only answer texts from UK mobile"
                + " numbers.");
        assertThat(secondAnswer).isEmpty();
        assertThat(status(first)).isEqualTo("NOT_UK");
        verify(conversation, never()).reply(any());
    }

    @Test
    void senderNamesShortCodesAndNonsenseAreStoredAndGetSilenceNeverAnError() {
        for (String from : List.of("HSBC", "12345", "+", "not a number at all", "+44 7700 9", "００７７００")) {
            String sid = newSid();
            HttpResponse<String> response = text(sid, from, "Your code is 123456");

            assertThat(response.statusCode()).as(from).isEqualTo(200);
            assertThat(WebhookClient.messages(response.body())).as(from).isEmpty();
            assertThat(status(sid)).isEqualTo("UNREADABLE_SENDER");
        }
        verify(conversation, never()).reply(any());
    }

    @Test
    void aNumberOutsideTheUkGetsTheSameAnswerHoweverItIsWritten() {
        for (String from : List.of("+1 202 555 0123", "+1 (202) 555-0124", "+12025550125", "0012025550126")) {
            String sid = newSid();

            assertThat(WebhookClient.messages(text(sid, from, "help").body())).as(from).containsExactly("Sorry,"
                    + " Plymouth Wellbeing Hubs can only answer texts from UK mobile numbers.");
            assertThat(status(sid)).as(from).isEqualTo("NOT_UK");
        }
        assertThat(jdbc.queryForList("select distinct phone from sms_inbox where status = 'NOT_UK'", String.class))
                .containsExactlyInAnyOrder("+12025550123", "+12025550124", "+12025550125", "+12025550126");
        verify(conversation, never()).reply(any());
    }

    @Test
    void aNumberNotInUseIsNobodyEvenWithAUkCountryCode() {
        for (String from : List.of("+440000000000", "+44 0000 000000", "+10000000000")) {
            String sid = newSid();
            HttpResponse<String> response = text(sid, from, "food bank");

            assertThat(response.statusCode()).as(from).isEqualTo(200);
            assertThat(WebhookClient.messages(response.body())).as(from).isEmpty();
            assertThat(status(sid)).as(from).isEqualTo("UNREADABLE_SENDER");
        }
        verify(conversation, never()).reply(any());
    }

    @Test
    void aUkNumberAsAPersonWouldTypeItIsRead() {
        String sid = newSid();
        assertThat(WebhookClient.messages(text(sid, "07700 900777", "hello").body()))
                .containsExactly("You said: hello");
        assertThat(jdbc.queryForObject("select phone from sms_inbox where message_id = ?", String.class, sid))
                .isEqualTo("+447700900777");
    }

    // --- failures ---------------------------------------------------------------------------------------------------

    @Test
    void whenAnsweringFailsAHoldingMessageGoesBackAndTheAnswerIsTextedLaterThroughTheOutbox() {
        String sid = newSid();
        String from = newNumber();
        doThrow(new IllegalStateException("search index not ready")).when(conversation).reply(any());

        HttpResponse<String> response = text(sid, from, "debt advice");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(WebhookClient.messages(response.body())).containsExactly("Sorry, we will reply shortly.");
        assertThat(status(sid)).isEqualTo("RETRY");

        // not due yet
        assertThat(retrier.retryDue()).isZero();
        org.mockito.Mockito.doAnswer(call -> echo(call.getArgument(0))).when(conversation).reply(any());
        clock.advance(Duration.ofMinutes(2));
        assertThat(retrier.retryDue()).isGreaterThanOrEqualTo(1);

        ArgumentCaptor<OutgoingText> queued = ArgumentCaptor.forClass(OutgoingText.class);
        verify(outbox).enqueue(queued.capture());
        assertThat(queued.getValue().to().e164()).isEqualTo(from);
        assertThat(queued.getValue().body()).isEqualTo("You said: debt advice");
        assertThat(queued.getValue().purpose()).isEqualTo(TextPurpose.REPLY);
        assertThat(queued.getValue().callbackId()).isNull();
        assertThat(status(sid)).isEqualTo("ANSWERED_LATER");
        // queued in the outbox in the retrier's transaction; the outbox's worker sends it
        assertThat(jdbc.queryForList("select body from sms_outbox where phone = ? and purpose = 'REPLY'",
                String.class, from)).containsExactly("You said: debt advice");

        // Twilio delivering the same text again gets what it got the first time, and nothing is sent twice
        assertThat(WebhookClient.messages(text(sid, from, "debt advice").body()))
                .containsExactly("Sorry, we will reply shortly.");
        assertThat(retrier.retryDue()).isZero();
        verify(outbox, times(1)).enqueue(any());
    }

    @Test
    void afterTooManyFailuresTheResidentGetsAFallbackTextNeverSilence() {
        String sid = newSid();
        String from = newNumber();
        doThrow(new IllegalStateException("broken")).when(conversation).reply(any());

        text(sid, from, "help");
        for (int i = 0; i < 6; i++) {
            clock.advance(Duration.ofMinutes(30));
            retrier.retryDue();
        }

        assertThat(status(sid)).isEqualTo("GAVE_UP");
        ArgumentCaptor<OutgoingText> queued = ArgumentCaptor.forClass(OutgoingText.class);
        verify(outbox, times(1)).enqueue(queued.capture());
        assertThat(queued.getValue().to().e164()).isEqualTo(from);
        assertThat(queued.getValue().body()).startsWith("Sorry, we could not answer your text.");
        assertThat(queued.getValue().purpose()).isEqualTo(TextPurpose.REPLY);
        assertThat(jdbc.queryForObject("select attempts from sms_inbox where message_id = ?", Integer.class, sid))
                .isEqualTo(3);
    }

    @Test
    void aTextLeftHalfAnsweredWhenTheAppStoppedIsAnsweredByTheRetrier() {
        String from = "+447700900555";
        String sid = newSid();
        jdbc.update("insert into sms_inbox (message_id, channel, phone, body, received_at, status, crisis, attempts,"
                + " next_attempt_at) values (?, 'twilio', ?, 'food bank', ?, 'RECEIVED', false, 0, ?)", sid, from,
                java.sql.Timestamp.from(clock.instant()),
                java.sql.Timestamp.from(clock.instant().plus(Duration.ofMinutes(5))));

        assertThat(WebhookClient.messages(text(sid, from, "food bank").body())).isEmpty();
        clock.advance(Duration.ofMinutes(6));
        retrier.retryDue();

        assertThat(status(sid)).isEqualTo("ANSWERED_LATER");
        verify(outbox).enqueue(any());
    }

    // --- retention --------------------------------------------------------------------------------------------------

    @Test
    void numbersAndWordsAreErasedAfterThirtyDaysAndTheTextIsStillRecognised() {
        String sid = newSid();
        String from = newNumber();
        text(sid, from, "my private words");
        clock.advance(Duration.ofDays(29));
        retention.eraseExpired();
        assertThat(jdbc.queryForObject("select body from sms_inbox where message_id = ?", String.class, sid))
                .isEqualTo("my private words");

        clock.advance(Duration.ofDays(2));
        assertThat(retention.eraseExpired()).isGreaterThanOrEqualTo(1);

        Map<String, Object> row = jdbc.queryForMap("select * from sms_inbox where message_id = ?", sid);
        assertThat(row.get("phone")).isNull();
        assertThat(row.get("body")).isNull();
        assertThat(row.get("answer")).isNull();
        assertThat(row.get("personal_data_erased_at")).isNotNull();
        assertThat(WebhookClient.messages(text(sid, from, "my private words").body())).isEmpty();
        verify(conversation, times(1)).reply(any());
    }

    // --- delivery reports -------------------------------------------------------------------------------------------

    @Test
    void deliveryReportsReachTheOutboxWithTheCarriersErrorCode() {
        post("/sms/status", Map.of("MessageSid", "SM1", "MessageStatus", "delivered", "AccountSid", "AC1"));
        post("/sms/status", Map.of("MessageSid", "SM2", "MessageStatus", "undelivered", "ErrorCode", "21610"));
        post("/sms/status", Map.of("MessageSid", "SM3", "MessageStatus", "failed", "ErrorCode", "30003"));
        post("/sms/status", Map.of("MessageSid", "SM4", "MessageStatus", "sent", "ErrorCode", ""));
        post("/sms/status", Map.of("MessageSid", "SM5", "MessageStatus", "queued"));

        verify(outbox).deliveryReport("SM1", DeliveryState.DELIVERED, null);
        verify(outbox).deliveryReport("SM2", DeliveryState.UNDELIVERED, "21610");
        verify(outbox).deliveryReport("SM3", DeliveryState.FAILED, "30003");
        verify(outbox).deliveryReport("SM4", DeliveryState.SENT, null);
        verify(outbox).deliveryReport("SM5", DeliveryState.QUEUED, null);
    }

    @Test
    void statusesAboutReceivingAreIgnoredAndUnsignedReportsRefused() {
        post("/sms/status", Map.of("MessageSid", "SM6", "MessageStatus", "received"));
        Map<String, String> fields = Map.of("MessageSid", "SM7", "MessageStatus", "delivered");

        assertThat(twilio.post("/sms/status", fields, "bm90IGl0", WebhookClient.form(fields)).statusCode())
                .isEqualTo(403);
        verify(outbox, never()).deliveryReport(anyString(), any(), any());
    }

    // --- what reaches the log, and bodies too large to read ------------------------------------------------------------

    @Test
    void lineBreaksInSignedFieldsCannotForgeLogLines(CapturedOutput output) {
        String forgedSid = "SM1\r\n2026-12-08T00:00:00Z  INFO 1 --- [main] FORGED: staff admin logged in";
        HttpResponse<String> inbound = text(forgedSid, newNumber(), "hello");
        assertThat(inbound.statusCode()).isEqualTo(400);
        assertThat(stored(forgedSid)).isZero();
        HttpResponse<String> report = twilio.post("/sms/status", new java.util.LinkedHashMap<>(Map.of(
                "MessageSid", forgedSid, "MessageStatus", "delivered")));
        assertThat(report.statusCode()).isEqualTo(400);

        post("/sms/status", Map.of("MessageSid", "SM9", "MessageStatus", "read\r\nFORGED: 2"));

        assertThat(output.getAll().lines()).noneMatch(line -> line.contains("FORGED") && !line.contains("Status "))
                .anyMatch(line -> line.contains("Status read\\r\\nFORGED: 2 for text SM9 ignored"));
        verify(outbox, never()).deliveryReport(anyString(), any(), any());
    }

    @Test
    void aBodyOverTheCapIsTooLargeBeforeItsSignatureIsChecked(CapturedOutput output) {
        String sid = newSid();
        Map<String, String> fields = WebhookClient.inbound(sid, newNumber(), "x".repeat(100_000));

        HttpResponse<String> response = twilio.post("/sms/inbound", fields);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).startsWith("Too large");
        assertThat(stored(sid)).isZero();
        assertThat(output.getAll()).contains("is over 65536").doesNotContain("wrong X-Twilio-Signature");
        verify(conversation, never()).reply(any());
    }

    @Test
    void aTwoMegabyteBodyIsTooLargeToo() {
        Map<String, String> fields = WebhookClient.inbound(newSid(), newNumber(), "x".repeat(2_100_000));

        assertThat(twilio.post("/sms/inbound", fields).statusCode()).isEqualTo(413);
    }

    private void post(String path, Map<String, String> fields) {
        HttpResponse<String> response = twilio.post(path, new java.util.LinkedHashMap<>(fields));
        assertThat(response.statusCode()).isEqualTo(200);
    }

    // --- wiring -----------------------------------------------------------------------------------------------------

    @Test
    void jsonEndpointsStillAnswerJsonToBrowsersThoughTwilioBringsJacksonXml() throws Exception {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/test/json"))
                        .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).isEqualTo("{\"name\":\"four-greens\"}");
    }

    @Test
    void withTheDefaultLogProviderTextsGoToTheLoggingSender() {
        assertThat(sender).isInstanceOf(LoggingSmsSender.class);
    }
}
