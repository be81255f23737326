package uk.plymouth.wellbeing.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.plymouth.wellbeing.signposting.callback.BestTime;
import uk.plymouth.wellbeing.signposting.callback.CallbackDetails;
import uk.plymouth.wellbeing.signposting.callback.CallbackQueue;
import uk.plymouth.wellbeing.signposting.callback.CallbackReceipt;
import uk.plymouth.wellbeing.signposting.callback.Channel;
import uk.plymouth.wellbeing.signposting.callback.ConfirmationStatus;
import uk.plymouth.wellbeing.signposting.callback.NewCallback;
import uk.plymouth.wellbeing.signposting.callback.QueueEntry;
import uk.plymouth.wellbeing.signposting.callback.QueueFilter;
import uk.plymouth.wellbeing.signposting.callback.StaffMember;
import uk.plymouth.wellbeing.signposting.messaging.OptOuts;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;
import uk.plymouth.wellbeing.signposting.messaging.TextDetailsToPhone;

/**
 * Whole conversations by text against the whole running app, over HTTP as Twilio sends them: search then details, a
 * callback request that reaches the staff queue, HELP, STOP and START, crisis words, a retried webhook, the rate
 * limit and a forged signature. What the app texts outside the webhook's own answer is seen at the recording carrier.
 */
@RunningSmsApp
class SmsConversationEndToEndTest {

    private static final Pattern REFERENCE = Pattern.compile("Your reference is (PLY-[A-Z0-9]+)\\.");
    private static final StaffMember ADMIN = StaffMember.admin("e2e-admin");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CallbackQueue callbacks;

    @Autowired
    TextDetailsToPhone textDetails;

    @Autowired
    OptOuts optOuts;

    final RecordingSmsSender carrier = RecordingSmsSender.SHARED;
    TwilioWebhooks twilio;
    String resident;

    @BeforeEach
    void setUp() {
        twilio = new TwilioWebhooks(port);
        resident = TwilioWebhooks.newNumber();
    }

    List<String> send(String body) {
        return twilio.answer(TwilioWebhooks.newSid(), resident, body);
    }

    String only(List<String> messages) {
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    String status(String sid) {
        return jdbc.queryForObject("select status from sms_inbox where message_id = ?", String.class, sid);
    }

    int stored(String sid) {
        return jdbc.queryForObject("select count(*) from sms_inbox where message_id = ?", Integer.class, sid);
    }

    List<Map<String, Object>> outboxTo(String e164) {
        return jdbc.queryForList("select purpose, state, body from sms_outbox where phone = ? order by created_at",
                e164);
    }

    static String national(String e164) {
        return "0" + e164.substring(3);
    }

    // --- search and details -----------------------------------------------------------------------------------------

    @Test
    void aSearchGivesNumberedLinesAndANumberGivesThatOnesDetails() {
        String sid = TwilioWebhooks.newSid();
        String list = only(twilio.answer(sid, resident, "food bank near PL5"));

        assertThat(list).startsWith("Nearest to PL5 first:\n1 ").contains("\n2 ", "\n3 ")
                .endsWith("Reply 1-3 for details, MORE for more, CALL for a callback.");
        assertThat(list.toLowerCase()).contains("food");
        assertThat(status(sid)).isEqualTo("ANSWERED");

        String first = list.lines().filter(line -> line.startsWith("1 ")).findFirst().orElseThrow();
        String title = first.substring(2, first.indexOf(" - "));
        String details = only(send("1"));
        assertThat(details).contains(title.endsWith("...") ? title.substring(0, title.length() - 3) : title)
                .contains("From Plymouth Wellbeing Hubs");
        assertThat(only(send("MORE"))).startsWith("4 ");
    }

    // --- callback by text -------------------------------------------------------------------------------------------

    @Test
    void aCallDialogueToTheEndPutsTheRequestInTheStaffQueueOfTheNearestHub() {
        send("debt advice PL5");
        assertThat(only(send("can someone ring me"))).startsWith("We can ring you back. What is your first name?");
        assertThat(only(send("Sam"))).startsWith("Thanks, Sam. In a few words");
        assertThat(only(send("my debts and bills"))).startsWith("When is best to ring?");
        assertThat(only(send("2"))).startsWith("Privacy:").contains("YES");
        String booked = only(send("Yes please"));

        Matcher reference = REFERENCE.matcher(booked);
        assertThat(reference.find()).as(booked).isTrue();
        assertThat(booked).startsWith("Thanks, Sam.").contains("Four Greens", "in the afternoon", "01632 960600");

        List<QueueEntry> fourGreens = callbacks.queue(QueueFilter.open().hub("four-greens"), ADMIN);
        assertThat(fourGreens).filteredOn(entry -> entry.reference().equals(reference.group(1))).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.channel()).isEqualTo(Channel.SMS);
                    assertThat(entry.firstName()).isEqualTo("Sam");
                    assertThat(entry.bestTime()).isEqualTo(BestTime.AFTERNOON);
                    assertThat(entry.urgent()).isFalse();
                });
        assertThat(callbacks.queue(QueueFilter.open().hub("central-library"), ADMIN))
                .noneMatch(entry -> entry.reference().equals(reference.group(1)));
        CallbackDetails request = callbacks.findByReference(reference.group(1), ADMIN).orElseThrow();
        assertThat(request.phone()).isEqualTo(new PhoneNumber(resident));
        assertThat(request.aboutText()).isEqualTo("my debts and bills");
        // By text the reference comes back in the webhook's own answer (above), so no confirmation is queued on top
        assertThat(request.confirmationWanted()).isFalse();
        assertThat(outboxTo(resident)).isEmpty();
        assertThat(carrier.takenTo(resident)).isEmpty();
    }

    @Test
    void aKioskCallbackRequestThatAsksForATextGetsItsReferenceThroughTheOutbox() {
        CallbackReceipt receipt = callbacks.request(NewCallback.at("four-greens", national(resident), Channel.KIOSK)
                .withFirstName("Ali").withBestTime(BestTime.MORNING).withPermissions(false, true).withConsent(true)
                .withConfirmation(true));

        Eventually.within(Duration.ofSeconds(10), "the confirmation is taken by the carrier",
                () -> !carrier.takenTo(resident).isEmpty());
        assertThat(carrier.takenTo(resident)).singleElement().satisfies(text -> assertThat(text.body())
                .contains("Ali", receipt.reference(), "Four Greens"));
        assertThat(outboxTo(resident)).singleElement().satisfies(row -> {
            assertThat(row.get("purpose")).isEqualTo("CALLBACK_CONFIRMATION");
            assertThat(row.get("state")).isEqualTo("QUEUED");
        });
        Eventually.within(Duration.ofSeconds(10), "the request shows its confirmation was sent",
                () -> callbacks.view(receipt.id(), ADMIN).orElseThrow().confirmationStatus()
                        == ConfirmationStatus.SENT);
    }

    // --- help, stop, start ------------------------------------------------------------------------------------------

    @Test
    void helpSaysWhatCanBeTextedWithTheHubsPhone() {
        String help = only(send("HELP"));

        assertThat(help).contains("CALL", "STOP", "food bank", "01632 960100", "999");
        assertThat(only(send("info?"))).isEqualTo(help);
    }

    @Test
    void afterStopNothingMoreIsSentOfAnyKindUntilStart() {
        assertThat(only(send("food bank near PL5"))).startsWith("Nearest to PL5 first:");

        String stopSid = TwilioWebhooks.newSid();
        assertThat(only(twilio.answer(stopSid, resident, "STOP"))).startsWith("You will not get any more texts");
        assertThat(optOuts.isOptedOut(new PhoneNumber(resident))).isTrue();
        assertThat(send("food bank near PL5")).isEmpty();
        assertThat(send("HELP")).isEmpty();
        assertThat(send("STOP")).isEmpty();

        // texts from elsewhere in the app are held back at send time too
        textDetails.send("fg-debt-advice", "four-greens", national(resident));
        CallbackReceipt kiosk = callbacks.request(NewCallback.at("four-greens", national(resident), Channel.KIOSK)
                .withConsent(true).withConfirmation(true));
        Eventually.within(Duration.ofSeconds(10), () -> "texts after STOP are held back: " + outboxTo(resident),
                () -> !outboxTo(resident).isEmpty() && outboxTo(resident).stream()
                        .noneMatch(row -> row.get("state").equals("PENDING")));
        assertThat(outboxTo(resident)).isNotEmpty()
                .allSatisfy(row -> assertThat(row.get("state")).isEqualTo("SUPPRESSED"))
                .anySatisfy(row -> assertThat(row.get("purpose")).isEqualTo("DETAILS_TO_PHONE"));
        Eventually.within(Duration.ofSeconds(10), "the kiosk request shows the text was held back",
                () -> callbacks.view(kiosk.id(), ADMIN).orElseThrow().confirmationStatus()
                        == ConfirmationStatus.OPTED_OUT);
        assertThat(carrier.takenTo(resident)).isEmpty();

        assertThat(only(send("START"))).startsWith("Welcome back.");
        assertThat(only(send("food bank near PL5"))).startsWith("Nearest to PL5 first:");
        textDetails.send("fg-debt-advice", "four-greens", national(resident));
        Eventually.within(Duration.ofSeconds(10), "texts go again after START",
                () -> carrier.takenTo(resident).size() == 1);
        assertThat(carrier.takenTo(resident).get(0).body()).contains("Debt and money advice");
    }

    // --- crisis -----------------------------------------------------------------------------------------------------

    @Test
    void crisisWordsGetTheCrisisLinesBeforeAnythingElse() {
        String sid = TwilioWebhooks.newSid();
        List<String> answer = twilio.answer(sid, resident, "I want to end my life");

        assertThat(answer).hasSize(2);
        assertThat(answer.get(0)).contains("999", "116 123", "85258", "111");
        assertThat(answer.get(1)).contains("CALL");
        assertThat(jdbc.queryForObject("select crisis from sms_inbox where message_id = ?", Boolean.class, sid))
                .isTrue();
    }

    @Test
    void theHeatKillingSomeoneIsNotACrisis() {
        String sid = TwilioWebhooks.newSid();
        List<String> answer = twilio.answer(sid, resident, "this heat is killing me");

        assertThat(answer).isNotEmpty().noneMatch(text -> text.contains("116 123") || text.contains("85258"));
        assertThat(jdbc.queryForObject("select crisis from sms_inbox where message_id = ?", Boolean.class, sid))
                .isFalse();
    }

    // --- a webhook retried ------------------------------------------------------------------------------------------

    @Test
    void theSameMessageSidTwiceGetsTheSameAnswerAndIsProcessedOnce() {
        send("CALL");
        send("Kim");
        send("housing");
        send("1");
        String yes = TwilioWebhooks.newSid();

        List<String> first = twilio.answer(yes, resident, "YES");
        List<String> again = twilio.answer(yes, resident, "YES");

        assertThat(only(first)).contains("Your reference is PLY-");
        assertThat(again).isEqualTo(first);
        assertThat(stored(yes)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from callback_request where phone = ?", Integer.class,
                resident)).isOne();
    }

    @Test
    void duplicatesArrivingTogetherAreProcessedOnce() throws Exception {
        send("CALL");
        send("Lee");
        send("money worries");
        send("4");
        String yes = TwilioWebhooks.newSid();
        ExecutorService threads = Executors.newFixedThreadPool(6);
        List<List<String>> answers = new ArrayList<>();
        try {
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> twilio.text(yes, resident, "YES"));
            }
            for (Future<HttpResponse<String>> result : threads.invokeAll(calls)) {
                assertThat(result.get().statusCode()).isEqualTo(200);
                answers.add(TwilioWebhooks.messages(result.get().body()));
            }
        } finally {
            threads.shutdownNow();
        }
        // one was answered; any that came while it was being answered got silence, never a different answer
        List<String> booked = answers.stream().filter(answer -> !answer.isEmpty()).findFirst().orElseThrow();
        assertThat(only(booked)).contains("Your reference is PLY-");
        assertThat(answers).allSatisfy(answer -> assertThat(answer).isIn(booked, List.of()));
        assertThat(stored(yes)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from callback_request where phone = ?", Integer.class,
                resident)).isOne();
    }

    // --- rate limit -------------------------------------------------------------------------------------------------

    @Test
    void overTheRateLimitOnePoliteMessageThenSilence() {
        for (int i = 1; i <= RunningSmsApp.RATE_LIMIT; i++) {
            assertThat(send("HELP")).as("text %d", i).hasSize(1);
        }
        String overLimit = TwilioWebhooks.newSid();
        List<String> politely = twilio.answer(overLimit, resident, "HELP");
        List<String> tenth = send("HELP");
        List<String> eleventh = send("food bank");
        String someoneElse = TwilioWebhooks.newNumber();

        assertThat(only(politely)).startsWith("You have sent us a lot of texts").contains("999");
        assertThat(tenth).isEmpty();
        assertThat(eleventh).isEmpty();
        assertThat(status(overLimit)).isEqualTo("RATE_LIMITED");
        assertThat(jdbc.queryForObject("select count(*) from sms_inbox where phone = ?", Integer.class, resident))
                .isEqualTo(RunningSmsApp.RATE_LIMIT + 3);
        assertThat(twilio.answer(TwilioWebhooks.newSid(), someoneElse, "HELP")).hasSize(1);
        assertThat(carrier.takenTo(resident)).isEmpty();
    }

    // --- forged requests --------------------------------------------------------------------------------------------

    @Test
    void aBadOrMissingSignatureIsRefusedAndNothingIsStored() {
        String sid = TwilioWebhooks.newSid();
        Map<String, String> fields = TwilioWebhooks.inbound(sid, resident, "STOP");
        String form = TwilioWebhooks.form(fields);

        HttpResponse<String> wrongToken = twilio.post("/sms/inbound",
                TwilioWebhooks.sign("another-accounts-token-0000000000", TwilioWebhooks.PUBLIC + "/sms/inbound",
                        fields), form);
        HttpResponse<String> appsOwnAddress = twilio.post("/sms/inbound",
                TwilioWebhooks.sign(TwilioWebhooks.TOKEN, "http://localhost:" + port + "/sms/inbound", fields), form);
        HttpResponse<String> unsigned = twilio.post("/sms/inbound", null, form);
        Map<String, String> tampered = TwilioWebhooks.inbound(sid, resident, "START");
        HttpResponse<String> otherBody = twilio.post("/sms/inbound",
                TwilioWebhooks.sign(TwilioWebhooks.TOKEN, TwilioWebhooks.PUBLIC + "/sms/inbound", fields),
                TwilioWebhooks.form(tampered));

        assertThat(List.of(wrongToken, appsOwnAddress, unsigned, otherBody))
                .allSatisfy(response -> assertThat(response.statusCode()).isEqualTo(403));
        assertThat(stored(sid)).isZero();
        assertThat(optOuts.isOptedOut(new PhoneNumber(resident))).isFalse();
        assertThat(twilio.text(sid, resident, "HELP").statusCode()).isEqualTo(200);
        assertThat(stored(sid)).isOne();
    }

    // --- a survey by text ---------------------------------------------------------------------------------------

    @Test
    void aWellbeingSurveyByTextEndsWithTheScoreInWordsAndIsStoredWithoutTheNumber() {
        java.sql.Timestamp start = java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1));
        String menu = only(send("SURVEY"));
        String feeling = menu.lines().filter(line -> line.contains("How you have been feeling")).findFirst()
                .orElseThrow();
        List<String> intro = send(feeling.substring(0, feeling.indexOf(' ')));
        assertThat(String.join(" ", intro)).contains("(c) NHS Health Scotland")
                .endsWith("Reply YES to start or NO if you would rather not.");
        assertThat(only(send("YES"))).startsWith("Which hub is this about?").contains("\n1 ");
        assertThat(only(send("1"))).startsWith("Question 1 of 7: ");
        assertThat(only(send("9"))).startsWith("Sorry, please answer with a number from 1 to 5.\nQuestion 1 of 7");
        for (int question = 1; question <= 7; question++) {
            send("4");
        }
        List<String> result = send("NO");

        assertThat(result.get(0)).startsWith("Thank you for answering.").contains("25.03");
        List<Map<String, Object>> stored = jdbc.queryForList("select * from survey_response where channel = 'SMS'"
                + " and answered_at >= ? and raw_score = 28", start);
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).get("metric_score").toString()).isEqualTo("25.03");
        assertThat(stored.get(0).get("follow_up_key")).isNull();
        assertThat(jdbc.queryForObject("select count(*) from survey_answer where response_id = ?", Integer.class,
                stored.get(0).get("id"))).isEqualTo(7);
    }
}
