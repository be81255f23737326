package uk.plymouth.wellbeing.signposting.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import uk.plymouth.wellbeing.signposting.callback.CallbackTestConfiguration.CollectedEvents;
import uk.plymouth.wellbeing.signposting.callback.CallbackTestConfiguration.RecordingTexts;
import uk.plymouth.wellbeing.signposting.messaging.DeliveryState;
import uk.plymouth.wellbeing.signposting.messaging.OptOuts;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;
import uk.plymouth.wellbeing.signposting.messaging.TextMessage;
import uk.plymouth.wellbeing.signposting.messaging.TextPurpose;
import uk.plymouth.wellbeing.signposting.testsupport.MutableClock;
import uk.plymouth.wellbeing.signposting.testsupport.SignpostingTestApplication;

/**
 * Staff texting a resident from a callback request, and the resident's replies on its thread: {@link CallbackTexts}
 * with the real outbox, opt-outs and retention, on H2 in PostgreSQL mode (the same context as
 * {@code CallbackQueueTest}).
 */
@SpringBootTest(classes = {SignpostingTestApplication.class, CallbackTestConfiguration.class},
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "spring.jpa.hibernate.ddl-auto=validate",
            "spring.jpa.open-in-view=false",
            "spring.flyway.locations=classpath:db/migration",
            "hub.catalogue.location=classpath:fixtures/content/",
            "hub.catalogue.check-for-changes-every=0s",
            "hub.sms.outbox.enabled=false"
        })
@TestPropertySource(properties = {
    "spring.datasource.url=jdbc:h2:mem:callback-queue-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa",
    "spring.datasource.password="
})
class CallbackTextsTest {

    private static final PhoneNumber PHONE = new PhoneNumber(CallbackQueueCases.E164);

    final StaffMember sam = StaffMember.at("sam", CallbackQueueCases.FOUR_GREENS);
    final StaffMember kim = StaffMember.at("kim", CallbackQueueCases.JAN_CUTTING);

    @Autowired
    CallbackTexts staffTexts;

    @Autowired
    CallbackQueue queue;

    @Autowired
    CallbackRetention retention;

    @Autowired
    OptOuts optOuts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    RecordingTexts carrier;

    @Autowired
    CollectedEvents events;

    UUID request;

    @BeforeEach
    void oneRequestWithItsConfirmationSent() {
        for (String table : List.of("callback_text", "callback_audit", "callback_attempt", "callback_note",
                "callback_request", "sms_outbox", "sms_opt_out")) {
            jdbc.update("delete from " + table);
        }
        clock.set(SignpostingTestApplication.NOW);
        carrier.reset();
        request = queue.request(CallbackQueueCases.samsRequest().withConfirmation(true)).id();
        events.clear();
    }

    /** What the carrier took after the request's confirmation. */
    List<TextMessage> sentAfterConfirmation() {
        return carrier.sent.subList(1, carrier.sent.size());
    }

    @Test
    void aStaffTextGoesThroughTheOutboxInPlainGsmAndShowsOnTheThreadWithWhoSentIt() {
        clock.advance(Duration.ofMinutes(5));
        String sent = staffTexts.send(request, sam, "  We tried to ring \u2018Sam\u2019 \u2013 when is best?  ");

        assertThat(sent).isEqualTo("We tried to ring 'Sam' - when is best?");
        assertThat(sentAfterConfirmation()).extracting(TextMessage::to, TextMessage::body).containsExactly(tuple(PHONE, sent));
        List<ThreadText> thread = staffTexts.thread(request, sam);
        assertThat(thread).extracting(ThreadText::purpose, ThreadText::staff, ThreadText::state)
                .containsExactly(tuple(TextPurpose.CALLBACK_CONFIRMATION, null, DeliveryState.QUEUED),
                        tuple(TextPurpose.STAFF_REPLY, "sam", DeliveryState.QUEUED));
        assertThat(thread.get(1).body()).isEqualTo(sent);
        assertThat(queue.auditTrail(request, sam)).filteredOn(a -> a.action() == AuditAction.TEXT_SENT)
                .singleElement().satisfies(a -> {
                    assertThat(a.actor()).isEqualTo("sam");
                    assertThat(a.detail()).doesNotContain("Sam", "ring", "7700");
                });
        assertThat(events.afterCommit).singleElement().isInstanceOf(CallbackTextSent.class);
    }

    @Test
    void anotherHubsStaffCanNeitherTextNorSeeTheThread() {
        assertThatThrownBy(() -> staffTexts.send(request, kim, "Hello")).isInstanceOf(
                CallbackNotFoundException.class);
        assertThat(staffTexts.thread(request, kim)).isEmpty();
        assertThat(sentAfterConfirmation()).isEmpty();
    }

    @Test
    void refusesTextsToSomeoneWhoOptedOutToALandlineAndWordsThatAreEmptyOrTooLong() {
        assertThatThrownBy(() -> staffTexts.send(request, sam, "   ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("text: please write something");
        assertThatThrownBy(() -> staffTexts.send(request, sam, "a".repeat(307)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 texts long");
        staffTexts.send(request, sam, "b".repeat(306));

        UUID landline = queue.request(CallbackQueueCases.samsRequest().withConfirmation(false))
                .id();
        jdbc.update("update callback_request set phone = '+441752123456' where id = ?", landline);
        assertThatThrownBy(() -> staffTexts.send(landline, sam, "Hello")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("landline");

        optOuts.optOut(PHONE, "test");
        assertThatThrownBy(() -> staffTexts.send(request, sam, "Hello")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("STOP");
        assertThat(sentAfterConfirmation()).extracting(TextMessage::body).containsExactly("b".repeat(306));
    }

    @Test
    void aTextFromTheNumberIsTakenAsAReplyOnlyWithinTheWindowAfterAStaffText() {
        assertThat(staffTexts.awaitingReplyFrom(PHONE)).isEmpty();
        staffTexts.send(request, sam, "When is best to ring?");
        clock.advance(Duration.ofDays(1));
        assertThat(staffTexts.awaitingReplyFrom(PHONE)).contains(request);
        assertThat(staffTexts.awaitingReplyFrom(new PhoneNumber("+447700900999"))).isEmpty();

        events.clear();
        assertThat(staffTexts.residentReplied(request, "after 3pm please")).isTrue();

        assertThat(staffTexts.thread(request, sam)).extracting(ThreadText::fromResident, ThreadText::body)
                .endsWith(tuple(true, "after 3pm please"));
        assertThat(events.afterCommit).singleElement().isInstanceOf(CallbackTextReceived.class);
        assertThat(queue.auditTrail(request, sam)).filteredOn(a -> a.action() == AuditAction.RESIDENT_TEXTED)
                .singleElement().satisfies(a -> assertThat(a.detail()).isNull());

        clock.advance(Duration.ofDays(6).plusMinutes(1));
        assertThat(staffTexts.awaitingReplyFrom(PHONE)).as("more than 7 days after the staff text").isEmpty();
    }

    @Test
    void aReplyToARequestClosedAsUnableToContactPutsItBackInTheQueue() {
        queue.claim(request, sam);
        for (int i = 0; i < 3; i++) {
            queue.logAttempt(request, sam, AttemptOutcome.NO_ANSWER, null);
        }
        assertThat(queue.view(request, sam).orElseThrow().status()).isEqualTo(CallbackStatus.UNABLE_TO_CONTACT);
        staffTexts.send(request, sam, "We could not reach you. Reply with a good time to ring.");

        staffTexts.residentReplied(request, "Evenings after 6");

        CallbackDetails reopened = queue.view(request, sam).orElseThrow();
        assertThat(reopened.status()).isEqualTo(CallbackStatus.NEW);
        assertThat(reopened.claimedBy()).isNull();
        assertThat(queue.auditTrail(request, sam)).filteredOn(a -> a.action() != AuditAction.VIEWED).last()
                .satisfies(a -> {
            assertThat(a.action()).isEqualTo(AuditAction.REOPENED);
            assertThat(a.actor()).isEqualTo("resident");
        });
    }

    @Test
    void theQueueMarksARequestTextedBackUntilStaffTextOrRingAgain() {
        UUID quiet = queue.request(CallbackQueueCases.samsRequest()).id();
        staffTexts.send(request, sam, "When is best to ring?");
        clock.advance(Duration.ofMinutes(1));
        assertThat(textedBack()).isEmpty();

        staffTexts.residentReplied(request, "after 3");
        assertThat(textedBack()).containsExactly(request);

        clock.advance(Duration.ofMinutes(1));
        staffTexts.send(request, sam, "Thanks, we will ring after 3.");
        assertThat(textedBack()).isEmpty();

        clock.advance(Duration.ofMinutes(1));
        staffTexts.residentReplied(request, "actually 4 is better");
        assertThat(textedBack()).containsExactly(request);
        clock.advance(Duration.ofMinutes(1));
        queue.claim(request, sam);
        queue.logAttempt(request, sam, AttemptOutcome.REACHED, null);
        assertThat(textedBack()).isEmpty();
        assertThat(queue.queue(QueueFilter.open(), sam)).extracting(QueueEntry::id).contains(quiet);
    }

    private List<UUID> textedBack() {
        return queue.queue(QueueFilter.open(), sam).stream().filter(QueueEntry::textedBack).map(QueueEntry::id)
                .toList();
    }

    @Test
    void theNewestStaffTextDecidesWhichRequestAReplyBelongsTo() {
        UUID later = queue.request(CallbackQueueCases.samsRequest()).id();
        staffTexts.send(request, sam, "First");
        clock.advance(Duration.ofMinutes(10));
        staffTexts.send(later, sam, "Second");
        assertThat(staffTexts.awaitingReplyFrom(PHONE)).contains(later);
    }

    @Test
    void retentionErasesTheResidentsWordsAndEndsTheWindow() {
        staffTexts.send(request, sam, "When is best to ring?");
        staffTexts.residentReplied(request, "my landlord is at the door, after 3 please");
        queue.claim(request, sam);
        queue.complete(request, sam, null);

        clock.advance(Duration.ofDays(91));
        assertThat(retention.eraseExpired()).isEqualTo(1);

        assertThat(jdbc.queryForList("select body from callback_text where direction = 'FROM'", String.class))
                .containsOnlyNulls().hasSize(1);
        assertThat(staffTexts.residentReplied(request, "hello?")).isFalse();
    }
}
