package uk.plymouth.wellbeing.signposting.texting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.plymouth.wellbeing.signposting.testsupport.SignpostingTestApplication;
import uk.plymouth.wellbeing.signposting.texting.InboundAnswer.Outcome;

/**
 * The inbox with the real conversation, on H2 in PostgreSQL mode with the app's migrations. The channel's side (TwiML,
 * signatures, failures and retries over HTTP) is tested in sms-gateway.
 */
@SpringBootTest(classes = SignpostingTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:opt-outs;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
            "hub.catalogue.location=classpath:fixtures/content/",
            "hub.catalogue.check-for-changes-every=0s"
        })
class InboxTest {

    static final RateLimit TWO_A_MINUTE = new RateLimit(2, Duration.ofMinutes(1));

    @Autowired
    Inbox inbox;

    @Autowired
    InboxRetrier retrier;

    @Autowired
    InboxStore store;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyInbox() {
        // the database is shared with other tests of the same context (OptOutsTest): start with nobody opted out
        jdbc.update("delete from sms_inbox");
        jdbc.update("delete from sms_opt_out");
        jdbc.update("delete from sms_conversation");
    }

    @Test
    void aTextIsStoredAnsweredAndAnsweredTheSameWayWhenItComesAgain() {
        InboundText text = new InboundText("SM1", "test", "+447700900123", "food bank PL5");

        InboundAnswer first = inbox.receive(text, RateLimit.defaults());
        InboundAnswer again = inbox.receive(text, RateLimit.defaults());

        assertThat(first.outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(first.messages()).isNotEmpty();
        assertThat(again.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(again.messages()).isEqualTo(first.messages());
        assertThat(jdbc.queryForMap("select phone, body, status, channel from sms_inbox where message_id = 'SM1'"))
                .containsEntry("phone", "+447700900123").containsEntry("body", "food bank PL5")
                .containsEntry("status", "ANSWERED").containsEntry("channel", "test");
    }

    @Test
    void whenTheDatabaseFailsMidAnswerTheTextGetsTheHoldingMessageAndItsAnswerLater() {
        jdbc.update("delete from sms_outbox");
        jdbc.execute("alter table sms_conversation rename to sms_conversation_away");
        InboundAnswer held;
        InboundAnswer crisis;
        try {
            held = inbox.receive(new InboundText("SM-DB1", "test", "+447700900124", "food bank PL5"),
                    RateLimit.defaults());
            crisis = inbox.receive(new InboundText("SM-DB2", "test", "+447700900125", "i want to kill myself"),
                    RateLimit.defaults());
        } finally {
            jdbc.execute("alter table sms_conversation_away rename to sms_conversation");
        }

        assertThat(held.outcome()).isEqualTo(Outcome.DEFERRED);
        assertThat(held.messages()).containsExactly(Inbox.HOLDING);
        assertThat(crisis.outcome()).as("a crisis gets its lines whatever fails").isEqualTo(Outcome.ANSWERED);
        assertThat(String.join(" ", crisis.messages())).contains("116 123");

        jdbc.update("update sms_inbox set next_attempt_at = received_at where message_id = 'SM-DB1'");
        assertThat(retrier.retryDue()).isOne();

        assertThat(jdbc.queryForObject("select status from sms_inbox where message_id = 'SM-DB1'", String.class))
                .isEqualTo("ANSWERED_LATER");
        assertThat(jdbc.queryForList("select body from sms_outbox where phone = '+447700900124'", String.class))
                .isNotEmpty().allSatisfy(body -> assertThat(body).doesNotContain("went wrong"))
                .anySatisfy(body -> assertThat(body.toLowerCase()).contains("food"));
    }

    @Test
    void aRetryThatOutlivedItsClaimWritesNothingOnceAnotherAttemptHasTheText() {
        jdbc.update("insert into sms_inbox (message_id, channel, phone, body, received_at, status, crisis, attempts,"
                + " next_attempt_at) values ('SM-LEASE', 'test', '+447700900126', 'food bank', current_timestamp,"
                + " 'RETRY', false, 3, current_timestamp)");
        java.time.Instant now = java.time.Instant.now();

        // claimed at attempt 2, since claimed again by another instance (attempts 3): the slow one's writes are void
        assertThat(store.answeredLater("SM-LEASE", 2, List.of("late answer"), false, now)).isFalse();
        assertThat(store.gaveUp("SM-LEASE", 2, List.of("fallback"), now)).isFalse();
        store.retryAt("SM-LEASE", 2, now.plus(Duration.ofHours(1)));
        assertThat(jdbc.queryForMap("select status, sent_later from sms_inbox where message_id = 'SM-LEASE'"))
                .containsEntry("status", "RETRY").containsEntry("sent_later", null);

        assertThat(store.answeredLater("SM-LEASE", 3, List.of("answer"), false, now)).as("the current claim")
                .isTrue();
        assertThat(store.answeredLater("SM-LEASE", 3, List.of("again"), false, now)).as("only once").isFalse();
    }

    @Test
    void aNumberOverItsLimitGetsOnePoliteAnswerThenNothing() {
        for (int i = 1; i <= 2; i++) {
            assertThat(inbox.receive(new InboundText("SM" + i, "test", "+447700900123", "hi"), TWO_A_MINUTE)
                    .outcome()).isEqualTo(Outcome.ANSWERED);
        }
        InboundAnswer third = inbox.receive(new InboundText("SM3", "test", "+447700900123", "hi"), TWO_A_MINUTE);
        InboundAnswer fourth = inbox.receive(new InboundText("SM4", "test", "+447700900123", "hi"), TWO_A_MINUTE);

        assertThat(third.outcome()).isEqualTo(Outcome.RATE_LIMITED);
        assertThat(third.messages()).containsExactly(Inbox.SLOW_DOWN);
        assertThat(fourth.outcome()).isEqualTo(Outcome.RATE_LIMITED);
        assertThat(fourth.messages()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from sms_inbox", Integer.class)).isEqualTo(4);
    }

    @Test
    void sendersAreReadAsCarriersAndPeopleWriteThem() {
        assertThat(sender("+447700900123")).hasToString("+44*******123");
        assertThat(sender(" 07700 900123 ").e164()).isEqualTo("+447700900123");
        assertThat(sender("+48601234567").e164()).isEqualTo("+48601234567");
        assertThat(sender("+1 202 555 0123")).isEqualTo(sender("+12025550123")).isNotNull();
        for (String notAPhone : List.of("", "HSBC", "12345", "+0123", "07700", "+440000000000")) {
            assertThat(sender(notAPhone)).as(notAPhone).isNull();
        }
    }

    private static uk.plymouth.wellbeing.signposting.messaging.PhoneNumber sender(String from) {
        return uk.plymouth.wellbeing.signposting.messaging.SenderNumber.read(from).orElse(null);
    }

    @Test
    void rateLimitsAndMessageIdsAreChecked() {
        assertThatThrownBy(() -> new RateLimit(0, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimit(1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InboundText("", "twilio", "x", "y")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InboundText("x".repeat(65), "twilio", "x", "y"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new InboundText("SM1", "twilio", "+447700900123", "secret words").toString())
                .doesNotContain("900123").doesNotContain("secret");
    }
}
