package uk.plymouth.wellbeing.signposting.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.plymouth.wellbeing.signposting.messaging.FaultySmsSender.SimulatedCrash;
import uk.plymouth.wellbeing.signposting.testsupport.MutableClock;
import uk.plymouth.wellbeing.signposting.testsupport.SignpostingTestApplication;

/**
 * What the {@link Outbox} promises, written once and run on H2 in PostgreSQL mode ({@code OutboxTest}) and on a real
 * PostgreSQL server ({@code OutboxPostgresIT}): queued with the caller's transaction, sent by workers that never send
 * a text twice (several at once, a carrier that fails, times out and throws, a worker that dies mid-batch), retried
 * with backoff, given up on, opt-outs obeyed at send time, delivery reports that never move a text backwards. The
 * scheduled worker is off; tests drive workers by hand and move the clock.
 */
@SpringBootTest(classes = {SignpostingTestApplication.class, OutboxTestConfiguration.class},
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "spring.jpa.hibernate.ddl-auto=validate",
            "spring.jpa.open-in-view=false",
            "spring.flyway.locations=classpath:db/migration",
            "hub.catalogue.location=classpath:fixtures/content/",
            "hub.catalogue.check-for-changes-every=0s",
            "hub.sms.outbox.enabled=false"
        })
abstract class OutboxCases {

    static final Instant NOW = SignpostingTestApplication.NOW;
    static final PhoneNumber SAM = new PhoneNumber("+447700900123");
    static final PhoneNumber JO = new PhoneNumber("+447700900456");

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxStore store;

    @Autowired
    OutboxWorker worker;

    @Autowired
    OptOuts optOuts;

    @Autowired
    OutboxProperties properties;

    @Autowired
    FaultySmsSender carrier;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    ChangesSeen changes;

    final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    final ExecutorService threads = Executors.newFixedThreadPool(4);

    @BeforeEach
    void startEmpty() {
        jdbc.update("delete from sms_outbox");
        jdbc.update("delete from sms_opt_out");
        clock.set(NOW);
        carrier.reset();
        changes.seen.clear();
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
        root.detachAppender(logs);
        // the database is shared with other test classes, whose residents may have these numbers: opt nobody out
        jdbc.update("delete from sms_opt_out");
    }

    // ---- queueing ----

    @Test
    void theMigrationMadeTheTable() {
        assertThat(jdbc.queryForList("select version from flyway_schema_history where success", String.class))
                .contains("6");
        assertThat(properties.enabled()).isFalse();
    }

    @Test
    void aTextIsQueuedOnlyIfTheCallersTransactionCommits() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(tx -> {
            outbox.enqueue(text(SAM, "rolled back"));
            tx.setRollbackOnly();
        });
        UUID kept = transaction.execute(tx -> outbox.enqueue(text(SAM, "committed")));

        assertThat(jdbc.queryForObject("select count(*) from sms_outbox", Integer.class)).isEqualTo(1);
        assertThat(outbox.find(kept).orElseThrow().state()).isEqualTo(DeliveryState.PENDING);
        assertThat(carrier.calls()).as("nothing is sent until a worker runs").isZero();

        assertThat(worker.runOnce()).isEqualTo(1);
        assertThat(carrier.taken()).containsOnlyKeys("committed");
    }

    @Test
    void theBacklogCountsTheTextsStillWaitingAndTheOldestOnesAge() {
        assertThat(outbox.backlog()).isEqualTo(new OutboxBacklog(0, null));
        assertThat(outbox.backlog().oldestAge(NOW)).isZero();
        outbox.enqueue(text(SAM, "first"));
        clock.advance(java.time.Duration.ofMinutes(5));
        outbox.enqueue(text(JO, "second"));

        assertThat(outbox.backlog()).isEqualTo(new OutboxBacklog(2, NOW));
        assertThat(outbox.backlog().oldestAge(NOW.plusSeconds(600))).hasSeconds(600);

        assertThat(worker.runOnce()).isEqualTo(2);
        assertThat(outbox.backlog()).isEqualTo(new OutboxBacklog(0, null));
    }

    @Test
    void theWorkerSendsDueTextsAndKeepsTheCarriersId() {
        UUID first = outbox.enqueue(text(SAM, "one"));
        outbox.enqueue(text(JO, "two"));

        assertThat(worker.runOnce()).isEqualTo(2);
        assertThat(worker.runOnce()).isZero();

        OutboxEntry sent = outbox.find(first).orElseThrow();
        assertThat(sent.state()).isEqualTo(DeliveryState.QUEUED);
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.sentAt()).isEqualTo(NOW);
        assertThat(sent.lastError()).isNull();
        assertThat(jdbc.queryForList("select provider_message_id from sms_outbox", String.class))
                .containsExactlyInAnyOrderElementsOf(carrier.providerIds());
        assertThat(changes.seen).extracting(OutgoingTextChanged::state)
                .containsExactly(DeliveryState.QUEUED, DeliveryState.QUEUED);
    }

    @Test
    void aWorkerStoppingWithTheAppFinishesTheSendInHandAndGivesTheRestOfItsBatchBack() {
        outbox.enqueue(text(SAM, "one"));
        outbox.enqueue(text(JO, "two"));
        outbox.enqueue(text(SAM, "three"));
        carrier.afterTaking(() -> worker.stopping = true);
        try {
            assertThat(worker.runOnce()).as("claimed").isEqualTo(3);
            assertThat(carrier.totalTaken()).as("only the send in hand").isOne();
            assertThat(jdbc.queryForObject("select count(*) from sms_outbox where state = 'PENDING'"
                    + " and claim_token is null and attempts = 0 and next_attempt_at <= ?", Integer.class,
                    java.sql.Timestamp.from(NOW))).as("given back, due at once, no attempt counted").isEqualTo(2);
            assertThat(worker.runOnce()).as("no new batch while stopping").isZero();
        } finally {
            carrier.afterTaking(() -> { });
            worker.stopping = false;
        }
        assertThat(worker.runOnce()).isEqualTo(2);
        assertThat(carrier.taken()).containsOnly(Map.entry("one", 1), Map.entry("two", 1), Map.entry("three", 1));
    }

    @Test
    void sendsAsSoonAsTheQueueingTransactionCommitsAndNotBefore() {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            UUID id = outbox.enqueue(text(SAM, "at once"));
            outbox.sendAsSoonAsCommitted(id);
            assertThat(carrier.calls()).isZero();
        });
        assertThat(carrier.taken()).containsExactly(Map.entry("at once", 1));
        assertThat(worker.runOnce()).isZero();

        UUID rolledBack = UUID.randomUUID();
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            outbox.sendAsSoonAsCommitted(outbox.enqueue(text(SAM, "never")));
            tx.setRollbackOnly();
        });
        outbox.sendAsSoonAsCommitted(rolledBack);
        assertThat(carrier.taken()).containsOnlyKeys("at once");
    }

    @Test
    void aTextClaimedForItsFirstAttemptWhoseThreadDiesGoesToTheWorkerWhenTheClaimRunsOut() {
        carrier.crashOn(1, false);
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(
                tx -> outbox.sendAsSoonAsCommitted(outbox.enqueue(text(SAM, "orphaned")))))
                .isInstanceOf(SimulatedCrash.class);

        assertThat(worker.runOnce()).as("claimed in the queueing transaction").isZero();
        clock.advance(properties.lease());
        assertThat(worker.runOnce()).isOne();
        assertThat(carrier.taken()).containsExactly(Map.entry("orphaned", 1));
    }

    // ---- failures ----

    @Test
    void aFailureThatMayPassIsRetriedAfterABackoffThatDoublesWithJitter() {
        carrier.failRetryably(1.0);
        UUID id = outbox.enqueue(text(SAM, "retried"));

        worker.runOnce();
        OutboxEntry failedOnce = outbox.find(id).orElseThrow();
        assertThat(failedOnce.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(failedOnce.attempts()).isEqualTo(1);
        assertThat(failedOnce.lastError()).matches("carrier error (503|429)");
        assertThat(nextAttempt(id)).isBetween(NOW.plusMillis(2500), NOW.plusSeconds(5));

        clock.set(nextAttempt(id).minusMillis(1));
        assertThat(worker.runOnce()).as("not due yet").isZero();
        clock.set(nextAttempt(id));
        worker.runOnce();
        assertThat(nextAttempt(id)).isBetween(clock.instant().plusSeconds(5), clock.instant().plusSeconds(10));

        carrier.heal();
        clock.set(nextAttempt(id));
        worker.runOnce();
        assertThat(outbox.find(id).orElseThrow()).satisfies(entry -> {
            assertThat(entry.state()).isEqualTo(DeliveryState.QUEUED);
            assertThat(entry.attempts()).isEqualTo(3);
            assertThat(entry.lastError()).isNull();
        });
    }

    @Test
    void backoffGrowsFromTheInitialToTheMaximumWithJitter() {
        for (int attempt = 1; attempt <= 40; attempt++) {
            long full = Math.min(properties.maxBackoff().toMillis(),
                    properties.initialBackoff().toMillis() * (1L << Math.min(attempt - 1, 20)));
            for (int i = 0; i < 20; i++) {
                assertThat(worker.backoff(attempt).toMillis()).isBetween(full / 2, full);
            }
        }
        assertThat(worker.backoff(1)).isLessThanOrEqualTo(Duration.ofSeconds(5));
        assertThat(worker.backoff(30)).isGreaterThanOrEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void anythingElseThrownIsRetriedAndItsMessageIsNeverKept() {
        carrier.throwUnexpectedly(1.0);
        UUID id = outbox.enqueue(text(SAM, "unexpected"));

        worker.runOnce();

        assertThat(outbox.find(id).orElseThrow().state()).isEqualTo(DeliveryState.PENDING);
        assertThat(outbox.find(id).orElseThrow().lastError()).isEqualTo("IllegalStateException");
        assertNoNumbersLogged();
    }

    @Test
    void aRefusalThatNeverPassesFailsAtOnce() {
        carrier.refuseForGood(SAM, "21211");
        UUID id = outbox.enqueue(text(SAM, "refused"));

        worker.runOnce();
        clock.advance(Duration.ofHours(1));
        worker.runOnce();

        assertThat(outbox.find(id).orElseThrow()).satisfies(entry -> {
            assertThat(entry.state()).isEqualTo(DeliveryState.FAILED);
            assertThat(entry.attempts()).isEqualTo(1);
            assertThat(entry.lastError()).isEqualTo("carrier error 21211");
        });
        assertThat(changes.seen).singleElement().satisfies(change -> {
            assertThat(change.state()).isEqualTo(DeliveryState.FAILED);
            assertThat(change.errorCode()).isEqualTo("21211");
        });
        assertThat(optOuts.isOptedOut(SAM)).isFalse();
    }

    @Test
    void theCarriersOptedOutErrorOptsTheNumberOutAndFails() {
        carrier.refuseForGood(SAM, "21610");
        UUID id = outbox.enqueue(text(SAM, "blocked"));

        worker.runOnce();

        assertThat(outbox.find(id).orElseThrow().state()).isEqualTo(DeliveryState.FAILED);
        assertThat(optOuts.isOptedOut(SAM)).isTrue();
        assertThat(jdbc.queryForObject("select how from sms_opt_out", String.class)).isEqualTo("carrier 21610");
        assertNoNumbersLogged();
    }

    @Test
    void givesUpWhenTheGiveUpTimeHasPassed() {
        carrier.failRetryably(1.0);
        UUID id = outbox.enqueue(text(SAM, "hopeless"));

        int rounds = 0;
        while (outbox.find(id).orElseThrow().state() == DeliveryState.PENDING && rounds++ < 1000) {
            clock.set(max(clock.instant(), nextAttempt(id)));
            worker.runOnce();
        }

        OutboxEntry entry = outbox.find(id).orElseThrow();
        assertThat(entry.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(entry.lastError()).startsWith("gave up after " + entry.attempts() + " attempts");
        // 5s, 10s, ... 10 min, then every 5 to 10 minutes for the rest of the day
        assertThat(entry.attempts()).isBetween(24 * 6, 24 * 12 + 10);
        assertThat(clock.instant()).isBetween(NOW.plus(Duration.ofHours(23)), NOW.plus(Duration.ofHours(24)));
    }

    @Test
    void aTextThatWaitedPastItsGiveUpTimeIsNotSentLate() {
        UUID id = outbox.enqueue(text(SAM, "too late"));
        clock.advance(properties.giveUpAfter());

        worker.runOnce();

        assertThat(outbox.find(id).orElseThrow().state()).isEqualTo(DeliveryState.FAILED);
        assertThat(carrier.calls()).isZero();
    }

    // ---- opt-outs ----

    @Test
    void aNumberThatOptedOutBeforeItsTurnGetsNothingButTheConfirmationOfItsStop() {
        UUID reply = outbox.enqueue(text(SAM, "a reply"));
        UUID confirmation = outbox.enqueue(new OutgoingText(SAM, "You will get no more texts",
                TextPurpose.OPT_OUT_CONFIRMATION, null));
        UUID other = outbox.enqueue(text(JO, "to someone else"));
        optOuts.optOut(SAM, "STOP");

        worker.runOnce();

        assertThat(outbox.find(reply).orElseThrow().state()).isEqualTo(DeliveryState.SUPPRESSED);
        assertThat(outbox.find(confirmation).orElseThrow().state()).isEqualTo(DeliveryState.QUEUED);
        assertThat(outbox.find(other).orElseThrow().state()).isEqualTo(DeliveryState.QUEUED);
        assertThat(carrier.taken()).containsOnlyKeys("You will get no more texts", "to someone else");
    }

    // ---- delivery reports ----

    @Test
    void deliveryReportsMoveATextForwardAndNeverBack() {
        UUID id = outbox.enqueue(text(SAM, "reported"));
        worker.runOnce();
        String providerId = providerId(id);

        outbox.deliveryReport(providerId, DeliveryState.SENT, null);
        assertThat(outbox.find(id).orElseThrow().state()).isEqualTo(DeliveryState.SENT);
        outbox.deliveryReport(providerId, DeliveryState.DELIVERED, null);
        outbox.deliveryReport(providerId, DeliveryState.SENT, null);
        outbox.deliveryReport(providerId, DeliveryState.QUEUED, null);
        outbox.deliveryReport(providerId, DeliveryState.UNDELIVERED, "30003");

        assertThat(outbox.find(id).orElseThrow().state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(changes.seen).extracting(OutgoingTextChanged::state).containsExactly(DeliveryState.QUEUED,
                DeliveryState.SENT, DeliveryState.DELIVERED);
    }

    @Test
    void anUndeliveredReportKeepsTheCarriersErrorAnd21610OptsOut() {
        UUID undelivered = outbox.enqueue(text(JO, "undelivered"));
        UUID optedOut = outbox.enqueue(text(SAM, "opted out with the carrier"));
        worker.runOnce();

        outbox.deliveryReport(providerId(undelivered), DeliveryState.UNDELIVERED, "30003");
        outbox.deliveryReport(providerId(optedOut), DeliveryState.FAILED, "21610");

        assertThat(outbox.find(undelivered).orElseThrow().lastError()).isEqualTo("carrier error 30003");
        assertThat(outbox.find(optedOut).orElseThrow().state()).isEqualTo(DeliveryState.FAILED);
        assertThat(optOuts.isOptedOut(SAM)).isTrue();
        assertThat(optOuts.isOptedOut(JO)).isFalse();
    }

    @Test
    void twoCarrierOptOutReportsForOneNumberAtOnceBothMoveTheirTextOn() throws Exception {
        for (int round = 0; round < 40; round++) {
            jdbc.update("delete from sms_opt_out");
            changes.seen.clear();
            UUID first = outbox.enqueue(text(SAM, "first " + round));
            UUID second = outbox.enqueue(text(SAM, "second " + round));
            worker.runOnce();
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
            List<Future<?>> reports = new ArrayList<>();
            for (UUID each : List.of(first, second)) {
                String providerId = providerId(each);
                reports.add(threads.submit(() -> {
                    together.await();
                    outbox.deliveryReport(providerId, DeliveryState.FAILED, "21610");
                    return null;
                }));
            }
            for (Future<?> report : reports) {
                report.get(30, TimeUnit.SECONDS);
            }

            assertThat(List.of(outbox.find(first).orElseThrow().state(), outbox.find(second).orElseThrow().state()))
                    .as("round %s", round).containsOnly(DeliveryState.FAILED);
            assertThat(changes.seen).as("round %s", round).filteredOn(change -> change.state() == DeliveryState.FAILED)
                    .extracting(OutgoingTextChanged::textId)
                    .containsExactlyInAnyOrder(first, second);
            assertThat(jdbc.queryForObject("select count(*) from sms_opt_out", Integer.class)).isOne();
        }
    }

    @Test
    void aReportForATextWeDoNotKnowIsLoggedAndIgnored() {
        outbox.deliveryReport("SM00000000000000000000000000000447", DeliveryState.DELIVERED, null);

        assertThat(logs.list).anySatisfy(event -> assertThat(event.getFormattedMessage())
                .isEqualTo("Delivery report (DELIVERED) for a text we do not know; ignored"));
        assertThat(logs.list).filteredOn(event -> event.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.INFO))
                .allSatisfy(event -> assertThat(event.getFormattedMessage()).doesNotContainPattern("[0-9]{3}"));
    }

    // ---- for staff ----

    @Test
    void listsTheTextsOfACallbackWithoutTheNumber() {
        UUID callback = UUID.randomUUID();
        carrier.refuseForGood(JO, "21211");
        UUID first = outbox.enqueue(new OutgoingText(SAM, "Your reference is ABC123",
                TextPurpose.CALLBACK_CONFIRMATION, callback));
        clock.advance(Duration.ofMinutes(1));
        UUID second = outbox.enqueue(new OutgoingText(JO, "We tried to call", TextPurpose.STAFF_REPLY, callback));
        outbox.enqueue(text(SAM, "not about it"));
        worker.runOnce();

        List<OutboxEntry> thread = outbox.forCallback(callback);

        assertThat(thread).extracting(OutboxEntry::id).containsExactly(first, second);
        assertThat(thread.get(0)).satisfies(entry -> {
            assertThat(entry.purpose()).isEqualTo(TextPurpose.CALLBACK_CONFIRMATION);
            assertThat(entry.state()).isEqualTo(DeliveryState.QUEUED);
            assertThat(entry.createdAt()).isEqualTo(NOW);
            assertThat(entry.sentAt()).isEqualTo(NOW.plusSeconds(60));
            assertThat(entry.body()).isEqualTo("Your reference is ABC123");
            assertThat(entry.toString()).doesNotContain("ABC123");
        });
        assertThat(thread.get(1)).satisfies(entry -> {
            assertThat(entry.state()).isEqualTo(DeliveryState.FAILED);
            assertThat(entry.lastError()).isEqualTo("carrier error 21211");
            assertThat(entry.sentAt()).isNull();
        });
        assertThat(outbox.forCallback(UUID.randomUUID())).isEmpty();
    }

    @Test
    void theNumberAndTextOfAFinishedTextAreErasedAfterTheRetentionPeriod() {
        UUID callback = UUID.randomUUID();
        UUID sent = outbox.enqueue(new OutgoingText(SAM, "Your reference is ABC123", TextPurpose.CALLBACK_CONFIRMATION,
                callback));
        worker.runOnce();
        carrier.failRetryably(1.0);
        clock.advance(Duration.ofDays(89));
        UUID waiting = outbox.enqueue(text(JO, "still trying"));
        worker.runOnce();

        assertThat(outbox.erasePersonalData()).isZero();
        clock.advance(Duration.ofDays(1).plusSeconds(1));
        assertThat(outbox.erasePersonalData()).isOne();
        assertThat(outbox.erasePersonalData()).isZero();

        assertThat(outbox.forCallback(callback)).singleElement().satisfies(entry -> {
            assertThat(entry.body()).isNull();
            assertThat(entry.state()).isEqualTo(DeliveryState.QUEUED);
        });
        assertThat(jdbc.queryForObject("select phone from sms_outbox where id = ?", String.class, sent)).isNull();
        assertThat(outbox.find(waiting).orElseThrow().body()).as("a text still being sent keeps them")
                .isEqualTo("still trying");
    }

    // ---- never twice ----

    @Test
    void twoWorkersOnOneDatabaseSendEachTextExactlyOnce() throws Exception {
        List<String> bodies = queue(500);
        FaultySmsSender shared = new FaultySmsSender();
        OutboxWorker one = worker(shared, 20);
        OutboxWorker two = worker(shared, 20);

        drain(List.of(one, two), false);

        assertThat(shared.duplicates()).isEmpty();
        assertThat(shared.taken()).containsOnlyKeys(bodies).allSatisfy((body, times) -> assertThat(times).isOne());
        assertThat(countIn(DeliveryState.QUEUED)).isEqualTo(500);
        assertThat(jdbc.queryForList("select provider_message_id from sms_outbox", String.class))
                .doesNotContainNull().containsExactlyInAnyOrderElementsOf(shared.providerIds());
    }

    @Test
    void aCarrierThatFailsOneSendInTenAndTimesOutLosesNothingAndSendsNothingTwice() throws Exception {
        List<String> bodies = queue(2000);
        PhoneNumber invalid = number(7);
        FaultySmsSender faulty = new FaultySmsSender(7).failRetryably(0.08).timeOut(0.01, Duration.ofMillis(20))
                .throwUnexpectedly(0.01).refuseForGood(invalid, "21211");
        List<OutboxWorker> workers = List.of(worker(faulty, 25), worker(faulty, 25), worker(faulty, 25));

        int rounds = drain(workers, true);

        List<String> refused = jdbc.queryForList("select body from sms_outbox where phone = ?", String.class,
                invalid.e164());
        assertThat(refused).isNotEmpty();
        assertThat(faulty.failures()).isGreaterThan(150);
        assertThat(faulty.duplicates()).isEmpty();
        assertThat(faulty.taken().keySet()).doesNotContainAnyElementsOf(refused)
                .containsAll(bodies.stream().filter(body -> !refused.contains(body)).toList());
        assertThat(faulty.totalTaken()).isEqualTo(2000 - refused.size());
        assertThat(countIn(DeliveryState.QUEUED)).isEqualTo(2000 - refused.size());
        assertThat(countIn(DeliveryState.FAILED)).isEqualTo(refused.size());
        assertThat(countIn(DeliveryState.PENDING)).isZero();
        assertThat(rounds).isGreaterThan(1);
    }

    @Test
    void aWorkerThatDiesMidBatchLeavesItsTextsToAnotherOnceItsLeaseEnds() throws Exception {
        List<String> bodies = queue(120);
        FaultySmsSender dying = new FaultySmsSender().crashOn(15, false);
        OutboxWorker first = worker(dying, 50);

        assertThatThrownBy(first::runOnce).isInstanceOf(SimulatedCrash.class);
        assertThat(dying.totalTaken()).isEqualTo(14);

        FaultySmsSender healthy = new FaultySmsSender();
        OutboxWorker second = worker(healthy, 50);
        drainOnce(second);
        assertThat(healthy.totalTaken()).as("the dead worker's claimed texts wait for its lease").isEqualTo(120 - 50);

        clock.advance(properties.lease());
        drainOnce(second);

        assertThat(healthy.totalTaken() + dying.totalTaken()).isEqualTo(120);
        assertThat(healthy.taken().keySet()).doesNotContainAnyElementsOf(dying.taken().keySet());
        assertThat(countIn(DeliveryState.QUEUED)).isEqualTo(120);
        assertThat(bodies).allSatisfy(body -> assertThat(healthy.timesTaken(body) + dying.timesTaken(body)).isOne());
    }

    @Test
    void aDeathAfterTheCarrierTookATextButBeforeItsIdWasWrittenIsAskedAboutNotSentAgain() {
        queue(5);
        carrier.crashOn(3, true);
        assertThatThrownBy(worker(carrier, 5)::runOnce).isInstanceOf(SimulatedCrash.class);
        carrier.heal();

        clock.advance(properties.lease());
        drainOnce(worker(carrier, 5));

        // text 2 was taken, its id not written: the next claim asked the carrier and kept the id it gave
        assertThat(carrier.taken()).containsOnly(Map.entry("Text 0", 1), Map.entry("Text 1", 1),
                Map.entry("Text 2", 1), Map.entry("Text 3", 1), Map.entry("Text 4", 1));
        assertThat(carrier.lookUps()).isOne();
        assertThat(countIn(DeliveryState.QUEUED)).isEqualTo(5);
    }

    @Test
    void aDeathBeforeTheCarrierTookATextIsAskedAboutThenSent() {
        queue(3);
        carrier.crashOn(2, false);
        assertThatThrownBy(worker(carrier, 3)::runOnce).isInstanceOf(SimulatedCrash.class);
        carrier.heal();

        clock.advance(properties.lease());
        drainOnce(worker(carrier, 3));

        assertThat(carrier.taken()).containsOnly(Map.entry("Text 0", 1), Map.entry("Text 1", 1),
                Map.entry("Text 2", 1));
        assertThat(carrier.lookUps()).isOne();
    }

    @Test
    void aSendCutShortWithACarrierThatCannotBeAskedIsGivenUpNotSentTwice() {
        queue(3);
        carrier.crashOn(2, true).cannotBeAsked();
        assertThatThrownBy(worker(carrier, 3)::runOnce).isInstanceOf(SimulatedCrash.class);
        carrier.heal();

        clock.advance(properties.lease());
        drainOnce(worker(carrier, 3));

        assertThat(carrier.taken()).containsOnly(Map.entry("Text 0", 1), Map.entry("Text 1", 1),
                Map.entry("Text 2", 1));
        assertThat(countIn(DeliveryState.FAILED)).isOne();
        assertThat(countIn(DeliveryState.QUEUED)).isEqualTo(2);
    }

    @Test
    void aWorkerTurnedOffDoesNothingOnItsSchedule() {
        outbox.enqueue(text(SAM, "waiting"));

        worker.poll();

        assertThat(carrier.calls()).isZero();
        worker(carrier, 10, true).poll();
        assertThat(carrier.taken()).containsOnlyKeys("waiting");
    }

    // ---- helpers ----

    static OutgoingText text(PhoneNumber to, String body) {
        return new OutgoingText(to, body, TextPurpose.REPLY, null);
    }

    /** One of a thousand Ofcom drama mobile numbers. */
    static PhoneNumber number(int i) {
        return new PhoneNumber(String.format("+447700900%03d", i % 1000));
    }

    /** Queues {@code count} texts with bodies "Text 0", "Text 1", ..., in transactions of 500. */
    List<String> queue(int count) {
        List<String> bodies = IntStream.range(0, count).mapToObj(i -> "Text " + i).toList();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        for (int from = 0; from < count; from += 500) {
            int start = from;
            transaction.executeWithoutResult(tx -> {
                for (int i = start; i < Math.min(count, start + 500); i++) {
                    outbox.enqueue(text(number(i), bodies.get(i)));
                    clock.advance(Duration.ofMillis(1));
                }
            });
        }
        return bodies;
    }

    OutboxWorker worker(SmsSender sender, int batchSize) {
        return worker(sender, batchSize, false);
    }

    OutboxWorker worker(SmsSender sender, int batchSize, boolean enabled) {
        OutboxProperties settings = new OutboxProperties(enabled, properties.pollInterval(), batchSize,
                properties.initialBackoff(), properties.maxBackoff(), properties.giveUpAfter(), properties.lease(), properties.keepFor());
        return new OutboxWorker(store, sender, optOuts, settings, events, transactions, clock);
    }

    /** Runs one worker until nothing is due. */
    static void drainOnce(OutboxWorker worker) {
        while (worker.runOnce() > 0) {
            // more may be due
        }
    }

    /**
     * Runs the workers on threads of their own until nothing is due; then, if texts are waiting to be retried, moves
     * the clock on to the next one due and goes again.
     *
     * @return how many rounds it took
     */
    int drain(List<OutboxWorker> workers, boolean retries) throws Exception {
        int rounds = 0;
        while (true) {
            rounds++;
            List<Callable<Integer>> jobs = new ArrayList<>();
            for (OutboxWorker each : workers) {
                jobs.add(() -> {
                    int claimed = 0;
                    int batch;
                    while ((batch = each.runOnce()) > 0) {
                        claimed += batch;
                    }
                    return claimed;
                });
            }
            int claimed = 0;
            for (Future<Integer> job : threads.invokeAll(jobs)) {
                claimed += job.get(5, TimeUnit.MINUTES);
            }
            Instant next = jdbc.queryForObject("select min(next_attempt_at) from sms_outbox where state = 'PENDING'",
                    OffsetDateTime.class) == null ? null : jdbc.queryForObject(
                            "select min(next_attempt_at) from sms_outbox where state = 'PENDING'",
                            OffsetDateTime.class).toInstant();
            if (next == null) {
                return rounds;
            }
            assertThat(retries).as("texts left pending after round %s without retries", rounds).isTrue();
            assertThat(rounds).as("rounds").isLessThan(500);
            if (claimed == 0 || next.isAfter(clock.instant())) {
                clock.set(max(clock.instant(), next));
            }
        }
    }

    Instant nextAttempt(UUID id) {
        return jdbc.queryForObject("select next_attempt_at from sms_outbox where id = ?", OffsetDateTime.class, id)
                .toInstant();
    }

    String providerId(UUID id) {
        return jdbc.queryForObject("select provider_message_id from sms_outbox where id = ?", String.class, id);
    }

    int countIn(DeliveryState state) {
        return jdbc.queryForObject("select count(*) from sms_outbox where state = ?", Integer.class, state.name());
    }

    void assertNoNumbersLogged() {
        assertThat(logs.list).allSatisfy(event -> assertThat(event.getFormattedMessage())
                .doesNotContain("7700900123").doesNotContain("7700900456"));
    }

    static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** Every {@link OutgoingTextChanged} published, as the outbox's transactions commit. */
    static final class ChangesSeen {

        final List<OutgoingTextChanged> seen = new java.util.concurrent.CopyOnWriteArrayList<>();

        @org.springframework.transaction.event.TransactionalEventListener
        void changed(OutgoingTextChanged change) {
            seen.add(change);
        }
    }
}
