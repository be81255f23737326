package uk.plymouth.wellbeing.signposting.texting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.plymouth.wellbeing.signposting.callback.CallbackEvent;
import uk.plymouth.wellbeing.signposting.callback.CallbackEventElsewhere;
import uk.plymouth.wellbeing.signposting.callback.CallbackRequested;
import uk.plymouth.wellbeing.signposting.testsupport.TwoInstances;
import uk.plymouth.wellbeing.signposting.texting.InboundAnswer.Outcome;

/**
 * Two app instances on one real PostgreSQL, a resident's texts reaching both at the same moment (a carrier spreads
 * one number's texts across the instances behind the proxy): each text is answered as it would be alone, none is
 * lost, and "YES" sent twice books one call. Before the shared lock, the second YES booked a second call every round.
 */
class TextingOnTwoInstancesPostgresIT {

    private static final String PHONES = "+447700900 7%";
    private static TwoInstances instances;
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;
    private static int nextNumber = 700;

    private final ExecutorService threads = Executors.newFixedThreadPool(4);

    @BeforeAll
    static void startTwoInstances() {
        instances = TwoInstances.start(List.of(SeenElsewhere.class));
        a = instances.a;
        b = instances.b;
        forgetOurNumbers();
    }

    @AfterAll
    static void stop() {
        if (instances != null) {
            forgetOurNumbers();
            instances.close();
        }
    }

    @Test
    void yesSentTwiceToTwoInstancesAtOnceBooksOneCall() throws Exception {
        for (int round = 0; round < 10; round++) {
            String from = nextNumber();
            for (String answer : List.of("CALL", "Sam", "money worries", "2")) {
                assertThat(text(a, from, answer).outcome()).isEqualTo(Outcome.ANSWERED);
            }

            List<InboundAnswer> answers = together(List.of(a, b), from, List.of("YES", "YES"));

            assertThat(answers).as("round %s", round).allSatisfy(answer -> {
                assertThat(answer.outcome()).isEqualTo(Outcome.ANSWERED);
                assertThat(String.join(" ", answer.messages())).doesNotContain("went wrong");
            });
            assertThat(jdbc().queryForObject("select count(*) from callback_request where phone = ?", Integer.class,
                    from)).as("round %s: calls booked", round).isOne();
            assertThat(answers).filteredOn(answer -> String.join(" ", answer.messages()).contains("reference"))
                    .as("round %s: one reference given", round).hasSize(1);
        }
    }

    @Test
    void firstTextsFromOneNumberAtTwoInstancesAtOnceAreEachAnsweredProperly() throws Exception {
        for (int round = 0; round < 6; round++) {
            String from = nextNumber();

            List<InboundAnswer> answers = together(List.of(a, b, a, b), from,
                    List.of("food bank", "help with debt", "CALL", "walking football"));

            assertThat(answers).as("round %s", round).allSatisfy(answer -> {
                assertThat(answer.outcome()).isEqualTo(Outcome.ANSWERED);
                assertThat(answer.messages()).isNotEmpty();
                assertThat(String.join(" ", answer.messages())).doesNotContain("went wrong");
            });
            assertThat(answers.get(2).messages()).as("CALL was answered as CALL").anySatisfy(message ->
                    assertThat(message).contains("What is your first name?"));
            assertThat(jdbc().queryForObject("select count(*) from sms_inbox where phone = ? and status = 'ANSWERED'",
                    Integer.class, from)).isEqualTo(4);
            assertThat(jdbc().queryForObject("select count(*) from sms_conversation where phone = ?", Integer.class,
                    from)).isOne();
        }
    }

    @Test
    void aCallBookedByTextOnOneInstanceReachesTheOtherInstancesStaffScreensWithinTwoSeconds() throws Exception {
        String from = nextNumber();
        for (String answer : List.of("CALL", "Sam", "money worries", "2")) {
            text(a, from, answer);
        }
        SeenElsewhere seenOnB = b.getBean(SeenElsewhere.class);
        seenOnB.events.clear();

        long sent = System.nanoTime();
        text(a, from, "YES");
        UUID booked = jdbc().queryForObject("select id from callback_request where phone = ?", UUID.class, from);

        while (seenOnB.events.stream().noneMatch(event -> event instanceof CallbackRequested
                && event.requestId().equals(booked))) {
            assertThat(System.nanoTime() - sent).as("not on B within 2 s").isLessThan(2_000_000_000L);
            Thread.sleep(20);
        }
        System.out.printf("A call booked on A reached B's listeners after %d ms%n", (System.nanoTime() - sent)
                / 1_000_000);
    }

    /** What B's staff screens would hear: events committed on other instances. */
    static class SeenElsewhere {

        final List<CallbackEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();

        @org.springframework.context.event.EventListener
        void heard(CallbackEventElsewhere elsewhere) {
            events.add(elsewhere.event());
        }
    }

    /** Each text to its instance, all let go at the same moment; the answers in the same order. */
    private List<InboundAnswer> together(List<ConfigurableApplicationContext> instances, String from,
            List<String> bodies) throws Exception {
        CyclicBarrier start = new CyclicBarrier(bodies.size());
        List<Future<InboundAnswer>> answers = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            ConfigurableApplicationContext instance = instances.get(i);
            String body = bodies.get(i);
            answers.add(threads.submit(() -> {
                start.await();
                return text(instance, from, body);
            }));
        }
        List<InboundAnswer> answered = new ArrayList<>();
        for (Future<InboundAnswer> answer : answers) {
            answered.add(answer.get(60, TimeUnit.SECONDS));
        }
        return answered;
    }

    private static InboundAnswer text(ConfigurableApplicationContext instance, String from, String body) {
        return instance.getBean(Inbox.class).receive(new InboundText("SM" + UUID.randomUUID().toString()
                .replace("-", ""), "test", from, body), RateLimit.defaults());
    }

    private static String nextNumber() {
        return "+447700900" + nextNumber++;
    }

    private static JdbcTemplate jdbc() {
        return instances.jdbc();
    }

    /** The database is shared with other test classes: leave none of these numbers' texts or requests behind. */
    private static void forgetOurNumbers() {
        JdbcTemplate jdbc = jdbc();
        for (String child : List.of("callback_attempt", "callback_note", "callback_audit", "callback_text")) {
            jdbc.update("delete from " + child + " where request_id in (select id from callback_request where phone"
                    + " like ?)", PHONES);
        }
        jdbc.update("delete from callback_request where phone like ?", PHONES);
        for (String table : List.of("sms_inbox", "sms_conversation", "sms_outbox")) {
            jdbc.update("delete from " + table + " where phone like ?", PHONES);
        }
    }
}
