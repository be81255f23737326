package uk.plymouth.wellbeing.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What residents, phones and strangers can put in a webhook, sent correctly signed to the whole running app: every
 * one gets a 200 with well-formed TwiML, or a 400 with a plain sentence when Twilio itself would never send it;
 * never a 500 or a stack trace.
 */
@RunningSmsApp
class SmsBadInputTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    TwilioWebhooks twilio;

    @BeforeEach
    void setUp() {
        twilio = new TwilioWebhooks(port);
    }

    String stored(String sid, String column) {
        return jdbc.queryForObject("select " + column + " from sms_inbox where message_id = ?", String.class, sid);
    }

    int stored(String sid) {
        return jdbc.queryForObject("select count(*) from sms_inbox where message_id = ?", Integer.class, sid);
    }

    static void noStackTrace(HttpResponse<String> response) {
        assertThat(response.statusCode()).isLessThan(500);
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "uk.plymouth", "Whitelabel");
    }

    /** Answered in TwiML with at least one message, and stored as it was written. */
    List<String> answeredAndStoredWhole(String body) {
        String sid = TwilioWebhooks.newSid();
        HttpResponse<String> response = twilio.text(sid, TwilioWebhooks.newNumber(), body);

        noStackTrace(response);
        assertThat(response.statusCode()).as(body).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWithIgnoringCase("text/xml");
        List<String> messages = TwilioWebhooks.messages(response.body());
        assertThat(messages).as(body).isNotEmpty();
        assertThat(stored(sid, "body")).isEqualTo(body);
        assertThat(stored(sid, "status")).isEqualTo("ANSWERED");
        return messages;
    }

    @Test
    void anEmptyTextGetsAShortGuide() {
        assertThat(answeredAndStoredWhole("")).singleElement().asString().contains("CALL");
        assertThat(answeredAndStoredWhole("   ")).singleElement().asString().contains("CALL");
    }

    @Test
    void aTextOf1600CharactersIsStoredWholeAndAnsweredWithinTwoSegments() {
        String longText = "I need help with debt and housing please, near PL5. ".repeat(40).substring(0, 1600);

        List<String> answer = answeredAndStoredWhole(longText);

        assertThat(answer).allSatisfy(text -> assertThat(text.length()).isLessThanOrEqualTo(306));
    }

    @Test
    void emojiPolishAndArabicAreStoredIntactAndAnsweredInGsmCharacters() {
        for (String words : List.of("food bank please 🙏😀👍🏽", "Potrzebuję pomocy z długami, źdźbło żółć",
                "أحتاج مساعدة في السكن", "mixed: zażółć 😀 مرحبا \u200d", "😀")) {
            List<String> answer = answeredAndStoredWhole(words);
            assertThat(answer).as(words).allSatisfy(text -> assertThat(text).doesNotContain("\uFFFD")
                    .matches("[\\x0A\\x0D\\x20-\\x7E£¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉÄÖÑÜ§¿äöñüà€\\[\\]{}~^|\\\\]*"));
        }
    }

    @Test
    void aMissingFromBodyOrMessageSidIsAPlainBadRequestAndStoresNothing() {
        String sid = TwilioWebhooks.newSid();
        for (String missing : List.of("From", "Body", "MessageSid")) {
            Map<String, String> fields = TwilioWebhooks.inbound(sid, TwilioWebhooks.newNumber(), "food bank");
            fields.remove(missing);
            if (missing.equals("MessageSid")) {
                fields.remove("SmsMessageSid");
            }
            HttpResponse<String> response = twilio.post("/sms/inbound", fields);

            noStackTrace(response);
            assertThat(response.statusCode()).as(missing).isEqualTo(400);
            assertThat(response.body()).as(missing).contains(missing.equals("Body") ? "Body" : missing)
                    .endsWith(".");
        }
        assertThat(stored(sid)).isZero();

        Map<String, String> blankFrom = TwilioWebhooks.inbound(sid, " ", "food bank");
        assertThat(twilio.post("/sms/inbound", blankFrom).statusCode()).isEqualTo(400);
        Map<String, String> longSid = TwilioWebhooks.inbound("SM" + "a".repeat(100), TwilioWebhooks.newNumber(), "x");
        assertThat(twilio.post("/sms/inbound", longSid).statusCode()).isEqualTo(400);
        assertThat(stored(sid)).isZero();
    }

    @Test
    void aTextToAnotherOfOurNumbersIsAnsweredLikeAnyOther() {
        String sid = TwilioWebhooks.newSid();
        Map<String, String> fields = TwilioWebhooks.inbound(sid, TwilioWebhooks.newNumber(), "HELP");
        fields.put("To", "+447700900999");
        Map<String, String> noTo = TwilioWebhooks.inbound(TwilioWebhooks.newSid(), TwilioWebhooks.newNumber(), "HELP");
        noTo.remove("To");

        HttpResponse<String> response = twilio.post("/sms/inbound", fields);
        HttpResponse<String> withoutTo = twilio.post("/sms/inbound", noTo);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(TwilioWebhooks.messages(response.body())).singleElement().asString().contains("CALL");
        assertThat(withoutTo.statusCode()).isEqualTo(200);
        assertThat(TwilioWebhooks.messages(withoutTo.body())).hasSize(1);
    }

    @Test
    void formFieldsHiddenInTheBodyStayPartOfTheText() {
        String from = TwilioWebhooks.newNumber();
        String sid = TwilioWebhooks.newSid();
        String sneaky = "food bank&From=+447700900001&MessageSid=SMforged&Body=STOP";

        HttpResponse<String> response = twilio.text(sid, from, sneaky);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(stored(sid, "body")).isEqualTo(sneaky);
        assertThat(stored(sid, "phone")).isEqualTo(from);
        assertThat(stored("SMforged")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from sms_opt_out where phone = ?", Integer.class,
                "+447700900001")).isZero();
    }

    @Test
    void aSecondValueOfAFieldInTheQueryStringOrFormChangesNothingSigned() {
        String from = TwilioWebhooks.newNumber();
        String sid = TwilioWebhooks.newSid();
        Map<String, String> fields = TwilioWebhooks.inbound(sid, from, "HELP");
        String signature = TwilioWebhooks.sign(TwilioWebhooks.TOKEN, TwilioWebhooks.PUBLIC + "/sms/inbound", fields);

        // a From added after the signed form: not what was signed, so refused
        HttpResponse<String> extraField = twilio.post("/sms/inbound", signature,
                TwilioWebhooks.form(fields) + "&From=%2B447700900002");
        // a From in the query string: the signed address differs, so refused
        HttpResponse<String> inQuery = twilio.post("/sms/inbound?From=%2B447700900002", signature,
                TwilioWebhooks.form(fields));

        noStackTrace(extraField);
        noStackTrace(inQuery);
        assertThat(inQuery.statusCode()).isEqualTo(403);
        // a repeated field is read as its first value, which is the signed one: accepted as the real text, or refused
        assertThat(extraField.statusCode()).isIn(200, 403);
        if (extraField.statusCode() == 200) {
            assertThat(stored(sid, "phone")).isEqualTo(from);
        }
        assertThat(jdbc.queryForObject("select count(*) from sms_inbox where phone = ?", Integer.class,
                "+447700900002")).isZero();
    }

    @Test
    void markupInATextIsEscapedInTheAnswerNeverObeyed() {
        String from = TwilioWebhooks.newNumber();
        twilio.answer(TwilioWebhooks.newSid(), from, "CALL");
        String injection = "</Message><Redirect>https://evil.example</Redirect><Message>&amp; ]]>";

        List<String> answer = twilio.answer(TwilioWebhooks.newSid(), from, injection);

        // the name is refused (too long), and nothing of it turns into TwiML: messages() fails on anything else
        assertThat(answer).singleElement().asString().startsWith("Please reply with just your first name");
    }

    @Test
    void numbersFromAbroadGetOnePoliteMessageThenSilence() {
        for (String foreign : List.of("+48601234567", "+12025550123", "+966501234567")) {
            String first = TwilioWebhooks.newSid();
            List<String> firstAnswer = twilio.answer(first, foreign, "pomoc prosze");
            List<String> secondAnswer = twilio.answer(TwilioWebhooks.newSid(), foreign, "CALL");

            assertThat(firstAnswer).as(foreign).containsExactly(
                    "Sorry, Plymouth Wellbeing Hubs can only answer texts from UK mobile numbers.");
            assertThat(secondAnswer).as(foreign).isEmpty();
            assertThat(stored(first, "status")).isEqualTo("NOT_UK");
        }
        assertThat(jdbc.queryForObject("select count(*) from callback_request where phone like '+48%'"
                + " or phone like '+1%' or phone like '+966%'", Integer.class)).isZero();
    }

    @Test
    void senderNamesShortCodesAndNonsenseAreStoredAndGetSilence() {
        for (String from : List.of("HSBC", "12345", "+", "not a number", "+44 7700 9", "<script>", "' or 1=1 --")) {
            String sid = TwilioWebhooks.newSid();
            HttpResponse<String> response = twilio.text(sid, from, "Your code is 123456");

            noStackTrace(response);
            assertThat(response.statusCode()).as(from).isEqualTo(200);
            assertThat(TwilioWebhooks.messages(response.body())).as(from).isEmpty();
            assertThat(stored(sid, "status")).as(from).isEqualTo("UNREADABLE_SENDER");
        }
    }

    @Test
    void aBodyThatIsNotAFormAtAllIsRefusedCleanly() {
        Map<String, String> nothing = new LinkedHashMap<>();
        HttpResponse<String> empty = twilio.post("/sms/inbound", nothing);
        HttpResponse<String> garbage = twilio.post("/sms/inbound", "bm9uc2Vuc2U=", "%%%&&&==%zz");

        noStackTrace(empty);
        noStackTrace(garbage);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(garbage.statusCode()).isIn(400, 403);
    }
}
