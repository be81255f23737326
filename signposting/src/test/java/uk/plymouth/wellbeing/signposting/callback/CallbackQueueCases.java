package uk.plymouth.wellbeing.signposting.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.plymouth.wellbeing.signposting.callback.CallbackTestConfiguration.CollectedEvents;
import uk.plymouth.wellbeing.signposting.callback.CallbackTestConfiguration.RecordingTexts;
import uk.plymouth.wellbeing.signposting.callback.store.CallbackStore;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.messaging.DeliveryState;
import uk.plymouth.wellbeing.signposting.messaging.InvalidPhoneNumberException;
import uk.plymouth.wellbeing.signposting.messaging.OptOuts;
import uk.plymouth.wellbeing.signposting.messaging.Outbox;
import uk.plymouth.wellbeing.signposting.messaging.OutboxEntry;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;
import uk.plymouth.wellbeing.signposting.messaging.TextMessage;
import uk.plymouth.wellbeing.signposting.messaging.TextPurpose;
import uk.plymouth.wellbeing.signposting.testsupport.MutableClock;
import uk.plymouth.wellbeing.signposting.testsupport.SignpostingTestApplication;

/**
 * What {@link CallbackQueue} promises, written once and run on H2 in PostgreSQL mode ({@code CallbackQueueTest})
 * and on a real PostgreSQL server ({@code CallbackQueuePostgresIT}): the whole signposting context with Flyway's
 * migrations, {@code ddl-auto=validate} and the fixture directory (Four Greens open Monday 9 to 5 and Tuesday 9 to
 * 12:30 and 1:30 to 5; Jan Cutting open Wednesday 10 to 4). Every facade call commits on its own, as in production.
 * The clock starts at Tuesday 24 November 2026, 10am, and tests move it.
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
abstract class CallbackQueueCases {

    static final String FOUR_GREENS = "fixture-four-greens";
    static final String JAN_CUTTING = "fixture-jan-cutting";
    static final String MOBILE = "07700 900123";
    static final String E164 = "+447700900123";
    static final Instant NOW = SignpostingTestApplication.NOW;
    private static final Logger log = LoggerFactory.getLogger(CallbackQueueCases.class);

    final StaffMember sam = StaffMember.at("sam", FOUR_GREENS);
    final StaffMember jo = StaffMember.at("jo", FOUR_GREENS);
    final StaffMember kim = StaffMember.at("kim", JAN_CUTTING);
    final StaffMember ada = StaffMember.admin("ada");

    @Autowired
    CallbackQueue queue;

    @Autowired
    CallbackBookkeeping bookkeeping;

    @Autowired
    CallbackRetention retention;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CallbackStore store;

    @Autowired
    MutableClock clock;

    @Autowired
    RecordingTexts texts;

    @Autowired
    CollectedEvents events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Outbox outbox;

    @Autowired
    OptOuts optOuts;

    final ExecutorService threads = Executors.newFixedThreadPool(2);

    @BeforeEach
    void startFromAnEmptyQueue() {
        for (String table : List.of("callback_text", "callback_audit", "callback_attempt", "callback_note", "callback_request",
                "sms_outbox", "sms_opt_out")) {
            jdbc.update("delete from " + table);
        }
        clock.set(NOW);
        texts.reset();
        events.clear();
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    static NewCallback samsRequest() {
        return NewCallback.at(FOUR_GREENS, MOBILE, Channel.KIOSK).withFirstName("  Sam  ")
                .withAbout(Category.ADVICE, "  Help with rent arrears  ").withAboutItem("fixture-debt-advice")
                .withBestTime(BestTime.MORNING).withPermissions(true, true).withConsent(true);
    }

    UUID request(String hubId) {
        return queue.request(NewCallback.at(hubId, MOBILE, Channel.KIOSK).withConsent(true)).id();
    }

    // ---- monitoring ----

    @Test
    void countsTheOpenRequestsPastTheirDueTimeAcrossHubsForMonitoring() {
        request(FOUR_GREENS);
        request(JAN_CUTTING);
        queue.requestUrgent(NewCallback.at(FOUR_GREENS, MOBILE, Channel.KIOSK).withConsent(true));
        UUID done = request(FOUR_GREENS);
        queue.claim(done, sam);
        queue.complete(done, sam, null);
        assertThat(bookkeeping.overdue()).isEqualTo(new OverdueCallbacks(0, 0));

        clock.advance(Duration.ofDays(21));

        assertThat(bookkeeping.overdue()).isEqualTo(new OverdueCallbacks(3, 1));
    }

    // ---- requesting ----

    @Test
    void theMigrationsRanAndTheEntitiesMatchTheSchema() {
        assertThat(jdbc.queryForList("select version from flyway_schema_history where success order by installed_rank",
                String.class)).contains("1", "2");
    }

    @Test
    void savesARequestWithAReferenceAndADueTimeCountedInOpeningHours() {
        CallbackReceipt receipt = queue.request(samsRequest());

        assertThat(receipt.reference()).matches("PLY-[2-9A-HJKMNP-Z]{4}");
        // Tuesday 10am: 6 open hours left on Tuesday (lunch 12:30 to 1:30 not counted), 2 more on Monday
        assertThat(receipt.dueAt()).isEqualTo(Instant.parse("2026-11-30T11:00:00Z"));
        CallbackDetails details = queue.view(receipt.id(), sam).orElseThrow();
        assertThat(details.reference()).isEqualTo(receipt.reference());
        assertThat(details.status()).isEqualTo(CallbackStatus.NEW);
        assertThat(details.firstName()).isEqualTo("Sam");
        assertThat(details.phone()).isEqualTo(new PhoneNumber(E164));
        assertThat(details.aboutCategory()).isEqualTo(Category.ADVICE);
        assertThat(details.aboutText()).isEqualTo("Help with rent arrears");
        assertThat(details.aboutItemId()).isEqualTo("fixture-debt-advice");
        assertThat(details.bestTime()).isEqualTo(BestTime.MORNING);
        assertThat(details.mayLeaveVoicemail()).isTrue();
        assertThat(details.maySayHub()).isTrue();
        assertThat(details.channel()).isEqualTo(Channel.KIOSK);
        assertThat(details.consentGivenAt()).isEqualTo(NOW);
        assertThat(details.createdAt()).isEqualTo(NOW);
        assertThat(details.dueAt()).isEqualTo(receipt.dueAt());
        assertThat(details.overdue()).isFalse();
        assertThat(details.confirmationStatus()).isEqualTo(ConfirmationStatus.NOT_WANTED);
        assertThat(details.toString()).doesNotContain("Sam", "900123", "rent");
        // Jan Cutting opens on Wednesdays only, 10 to 4: 6 hours this week, 2 the next
        assertThat(queue.request(NewCallback.at(JAN_CUTTING, MOBILE, Channel.SMS).withConsent(true)).dueAt())
                .isEqualTo(Instant.parse("2026-12-02T12:00:00Z"));
    }

    @Test
    void refusesARequestWithoutConsentOrForAnUnknownHubOrItem() {
        assertThatThrownBy(() -> queue.request(samsRequest().withConsent(false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("consent");
        assertThatThrownBy(() -> queue.request(NewCallback.at("no-such-hub", MOBILE, Channel.KIOSK).withConsent(true)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("hub: there is no hub with id no-such-hub");
        assertThatThrownBy(() -> queue.request(samsRequest().withAboutItem("no-such-service")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("about item:");
        assertThat(count("callback_request")).isZero();
        assertThat(events.afterCommit).isEmpty();
    }

    @Test
    void refusesAbsurdInputWithAClearMessageAndStoresNothing() {
        assertThatThrownBy(() -> queue.request(samsRequest().withAbout(null, "x".repeat(10 * 1024))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("about text: at most 500 characters, not 10240. Please make it shorter.");
        assertThatThrownBy(() -> queue.request(samsRequest().withFirstName("Bartholomew".repeat(10))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("first name: at most 60");
        assertThatThrownBy(() -> queue.request(NewCallback.at(FOUR_GREENS, "07700 9OO123", Channel.KIOSK)
                .withConsent(true))).isInstanceOf(InvalidPhoneNumberException.class);
        assertThatThrownBy(() -> queue.request(NewCallback.at(FOUR_GREENS, "call me maybe", Channel.SMS)
                .withConsent(true))).isInstanceOf(InvalidPhoneNumberException.class);
        // a landline is fine to ring, but cannot take the confirmation text
        assertThatThrownBy(() -> queue.request(NewCallback.at(FOUR_GREENS, "01632 960100", Channel.KIOSK)
                .withConsent(true).withConfirmation(true))).isInstanceOf(InvalidPhoneNumberException.class)
                .hasMessageContaining("landline");
        assertThat(count("callback_request")).isZero();
        assertThat(queue.request(NewCallback.at(FOUR_GREENS, "01632 960100", Channel.STAFF).withConsent(true))
                .reference()).startsWith("PLY-");
    }

    @Test
    void keepsEmojiAndRightToLeftTextExactlyAsTyped() {
        String about = "Need help with the 🏠 rent 💷 — مرحبا، أحتاج مساعدة في الإيجار\nשלום 👋🏽 ok";
        String name = "محمد 😊";
        UUID id = queue.request(samsRequest().withFirstName(name).withAbout(Category.ADVICE, about)).id();

        CallbackDetails details = queue.view(id, sam).orElseThrow();
        assertThat(details.aboutText()).isEqualTo(about);
        assertThat(details.firstName()).isEqualTo(name);
        assertThat(jdbc.queryForObject("select about_text from callback_request where id = ?", String.class, id))
                .isEqualTo(about);
        // 500 characters of emoji (two UTF-16 units each: 250 of them) fit; control characters are dropped
        String emoji = "😊".repeat(250);
        assertThat(queue.view(queue.request(samsRequest().withAbout(null, emoji)).id(), sam).orElseThrow()
                .aboutText()).isEqualTo(emoji);
        assertThat(queue.view(queue.request(samsRequest().withAbout(null, "rent\u0000 arrears\u0007")).id(), sam)
                .orElseThrow().aboutText()).isEqualTo("rent arrears");
    }

    // ---- the queue ----

    @Test
    void listsUrgentRequestsFirstThenTheOldest() {
        UUID first = request(FOUR_GREENS);
        clock.advance(Duration.ofMinutes(1));
        UUID second = request(FOUR_GREENS);
        clock.advance(Duration.ofMinutes(1));
        UUID atJanCutting = request(JAN_CUTTING);
        clock.advance(Duration.ofMinutes(1));
        UUID laterButUrgent = request(FOUR_GREENS);
        queue.markUrgent(laterButUrgent, sam, true);

        assertThat(ids(queue.queue(QueueFilter.open(), ada))).containsExactly(laterButUrgent, first, second,
                atJanCutting);
        assertThat(ids(queue.queue(QueueFilter.open(), sam))).containsExactly(laterButUrgent, first, second);
        assertThat(ids(queue.queue(QueueFilter.open(), kim))).containsExactly(atJanCutting);
        assertThat(ids(queue.queue(QueueFilter.open().hub(JAN_CUTTING), ada))).containsExactly(atJanCutting);
        assertThat(ids(queue.queue(QueueFilter.open().limit(2), ada))).containsExactly(laterButUrgent, first);
        QueueEntry top = queue.queue(QueueFilter.open(), sam).get(0);
        assertThat(top.urgent()).isTrue();
        // made at 10:03, due two open hours later
        assertThat(top.dueAt()).isEqualTo(Instant.parse("2026-11-24T12:03:00Z"));
    }

    @Test
    void filtersByStatusCategoryAndOverdue() {
        UUID advice = queue.request(samsRequest()).id();
        clock.advance(Duration.ofMinutes(1));
        UUID food = queue.request(samsRequest().withAbout(Category.FOOD, "Food bank voucher")).id();
        clock.advance(Duration.ofMinutes(1));
        UUID urgent = request(FOUR_GREENS);
        queue.markUrgent(urgent, sam, true);
        queue.claim(food, sam);
        clock.advance(Duration.ofMinutes(1));
        UUID done = request(FOUR_GREENS);
        queue.claim(done, jo);
        queue.complete(done, jo, null);

        assertThat(ids(queue.queue(QueueFilter.open(), sam))).containsExactly(urgent, advice, food);
        assertThat(ids(queue.queue(QueueFilter.all(), sam))).containsExactly(urgent, advice, food, done);
        assertThat(ids(queue.queue(QueueFilter.all().statuses(CallbackStatus.CLAIMED), sam))).containsExactly(food);
        assertThat(ids(queue.queue(QueueFilter.all().statuses(CallbackStatus.DONE), sam))).containsExactly(done);
        assertThat(ids(queue.queue(QueueFilter.open().category(Category.FOOD), sam))).containsExactly(food);
        assertThat(queue.queue(QueueFilter.open().overdueOnly(true), sam)).isEmpty();

        clock.advance(Duration.ofHours(3)); // 1:03pm: the urgent one was due at 12:02
        List<QueueEntry> overdue = queue.queue(QueueFilter.all().overdueOnly(true), sam);
        assertThat(ids(overdue)).containsExactly(urgent);
        assertThat(overdue.get(0).overdue()).isTrue();
        clock.advance(Duration.ofDays(7));
        assertThat(ids(queue.queue(QueueFilter.all().overdueOnly(true), sam))).containsExactly(urgent, advice, food);
        assertThat(queue.view(food, sam).orElseThrow().overdue()).isTrue();
        assertThat(queue.view(done, sam).orElseThrow().overdue()).isFalse();

        // the store's projection (what the facade now serves) gives the very lines built from the loaded entities
        assertSameLines(null, QueueFilter.all(), null);
        assertSameLines(Set.of(FOUR_GREENS), QueueFilter.open(), null);
        assertSameLines(null, QueueFilter.all().overdueOnly(true), null);
        assertSameLines(Set.of(FOUR_GREENS), QueueFilter.open(), Category.FOOD.id());
        assertSameLines(null, QueueFilter.all().limit(2), null);
    }

    private void assertSameLines(@Nullable Set<String> hubIds, QueueFilter filter, @Nullable String category) {
        Instant now = clock.instant();
        List<QueueEntry> fromEntities = store.queue(hubIds, filter.statuses(), category,
                filter.overdueOnly() ? now : null, filter.limit()).stream()
                .map(request -> CallbackViews.entry(request, now)).toList();
        assertThat(fromEntities).isNotEmpty();
        assertThat(store.queueEntries(hubIds, filter.statuses(), category, filter.overdueOnly(), now,
                filter.limit())).containsExactlyElementsOf(fromEntities);
    }

    // ---- hub scoping ----

    @Test
    void staffOfAnotherHubFindNothingThroughAnyMethod() {
        CallbackReceipt receipt = queue.request(samsRequest());
        UUID id = receipt.id();
        queue.claim(id, sam);
        int auditRows = count("callback_audit");
        events.clear();

        assertThat(queue.view(id, kim)).isEmpty();
        assertThat(queue.findByReference(receipt.reference(), kim)).isEmpty();
        assertThat(queue.queue(QueueFilter.all(), kim)).isEmpty();
        assertThat(queue.queue(QueueFilter.all().hub(FOUR_GREENS), kim)).isEmpty();
        assertThat(queue.auditTrail(id, kim)).isEmpty();
        List<Consumer<UUID>> changes = List.of(
                r -> queue.claim(r, kim),
                r -> queue.release(r, kim),
                r -> queue.logAttempt(r, kim, AttemptOutcome.NO_ANSWER, null),
                r -> queue.complete(r, kim, null),
                r -> queue.reopen(r, kim),
                r -> queue.markUrgent(r, kim, true),
                r -> queue.addNote(r, kim, "Hello"));
        for (Consumer<UUID> change : changes) {
            assertThatThrownBy(() -> change.accept(id)).isInstanceOf(CallbackNotFoundException.class)
                    .hasMessage("There is no such callback request.");
            // exactly as for a request that does not exist at all
            assertThatThrownBy(() -> change.accept(UUID.randomUUID())).isInstanceOf(CallbackNotFoundException.class)
                    .hasMessage("There is no such callback request.");
        }

        assertThat(count("callback_audit")).isEqualTo(auditRows);
        assertThat(events.afterCommit).isEmpty();
        CallbackDetails unchanged = queue.view(id, ada).orElseThrow();
        assertThat(unchanged.claimedBy()).isEqualTo("sam");
        assertThat(unchanged.urgent()).isFalse();
        assertThat(unchanged.notes()).isEmpty();
        assertThat(queue.view(id, new StaffMember("both", Set.of(JAN_CUTTING, FOUR_GREENS), false)))
                .isPresent();
    }

    @Test
    void findsARequestByTheReferenceAsTheResidentSaysIt() {
        CallbackReceipt receipt = queue.request(samsRequest());
        String code = receipt.reference().substring(4);
        for (String typed : List.of(receipt.reference(), receipt.reference().toLowerCase(), "ply " + code, code)) {
            assertThat(queue.findByReference(typed, sam)).as(typed).map(CallbackDetails::id).contains(receipt.id());
        }
        assertThat(queue.findByReference("PLY-0000", sam)).isEmpty();
        assertThat(queue.findByReference("'; drop table callback_request; --", sam)).isEmpty();
        assertThat(queue.findByReference(receipt.reference(), ada)).isPresent();
    }

    // ---- the life of a request ----

    @Test
    void aRequestGoesFromClaimThroughCallsToDoneAndBack() {
        UUID id = queue.request(samsRequest()).id();
        clock.advance(Duration.ofMinutes(5));
        CallbackDetails claimed = queue.claim(id, sam);
        assertThat(claimed.status()).isEqualTo(CallbackStatus.CLAIMED);
        assertThat(claimed.claimedBy()).isEqualTo("sam");
        assertThat(claimed.claimedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        assertThat(queue.claim(id, sam).claimedAt()).isEqualTo(claimed.claimedAt());
        assertThatThrownBy(() -> queue.claim(id, jo)).isInstanceOf(AlreadyClaimedException.class)
                .hasMessage("Someone else has just claimed this request.");
        assertThatThrownBy(() -> queue.logAttempt(id, jo, AttemptOutcome.NO_ANSWER, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is claimed by sam");

        clock.advance(Duration.ofMinutes(5));
        queue.logAttempt(id, sam, AttemptOutcome.NO_ANSWER, "  Rang twice  ");
        queue.release(id, sam);
        queue.claim(id, jo);
        queue.logAttempt(id, jo, AttemptOutcome.REACHED, "Spoke to Sam about the arrears");
        CallbackDetails done = queue.complete(id, jo, "Booked with the money adviser");
        assertThat(done.status()).isEqualTo(CallbackStatus.DONE);
        assertThat(done.closedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
        assertThat(done.attempts()).extracting(CallbackDetails.Attempt::staff, CallbackDetails.Attempt::outcome,
                CallbackDetails.Attempt::notes).containsExactly(
                        tuple("sam", AttemptOutcome.NO_ANSWER, "Rang twice"),
                        tuple("jo", AttemptOutcome.REACHED,
                                "Spoke to Sam about the arrears"));
        assertThat(done.notes()).extracting(CallbackDetails.Note::text).containsExactly(
                "Booked with the money adviser");

        CallbackDetails reopened = queue.reopen(id, sam);
        assertThat(reopened.status()).isEqualTo(CallbackStatus.NEW);
        assertThat(reopened.claimedBy()).isNull();
        assertThat(reopened.closedAt()).isNull();
        // the first call ever stays the first call: the dashboard counts from it
        assertThat(firstAttemptAt(id)).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
        queue.addNote(id, jo, "They rang the desk: mornings are best");
        assertThat(queue.markUrgent(id, jo, true).dueAt()).isEqualTo(Instant.parse("2026-11-24T12:00:00Z"));

        assertThat(events.afterCommit).extracting(e -> e.getClass().getSimpleName()).containsExactly(
                "CallbackRequested", "CallbackClaimed", "CallbackAttemptLogged", "CallbackReleased",
                "CallbackClaimed", "CallbackAttemptLogged", "CallbackCompleted", "CallbackReopened",
                "CallbackMarkedUrgent");
        assertThat(events.afterCommit).allSatisfy(event -> {
            assertThat(event.requestId()).isEqualTo(id);
            assertThat(event.hubId()).isEqualTo(FOUR_GREENS);
            assertThat(event.toString()).doesNotContain("Sam", "900123", "arrears", "rent");
        });
        assertThat(events.afterCommit.get(events.afterCommit.size() - 1)).isInstanceOfSatisfying(
                CallbackMarkedUrgent.class, urgent -> assertThat(urgent.urgent()).isTrue());
        assertThat(events.afterCommit).filteredOn(e -> e instanceof CallbackClaimed).extracting(CallbackEvent::staff)
                .containsExactly("sam", "jo");

        List<AuditRecord> trail = queue.auditTrail(id, jo);
        assertThat(trail).extracting(AuditRecord::actor, AuditRecord::action).containsExactly(
                tuple("resident", AuditAction.REQUESTED), tuple("sam", AuditAction.CLAIMED),
                tuple("sam", AuditAction.ATTEMPT_LOGGED), tuple("sam", AuditAction.RELEASED),
                tuple("jo", AuditAction.CLAIMED), tuple("jo", AuditAction.ATTEMPT_LOGGED),
                tuple("jo", AuditAction.COMPLETED), tuple("sam", AuditAction.REOPENED),
                tuple("jo", AuditAction.NOTE_ADDED), tuple("jo", AuditAction.MARKED_URGENT));
        assertThat(trail).extracting(AuditRecord::at).isSorted();
        assertThat(trail).allSatisfy(row -> assertThat(String.valueOf(row.detail()))
                .doesNotContain("Sam", "900123", "arrears", "mornings"));
    }

    @Test
    void theThirdFailedCallClosesTheRequestAsUnableToContact() {
        UUID id = request(FOUR_GREENS);
        queue.claim(id, sam);
        queue.logAttempt(id, sam, AttemptOutcome.NO_ANSWER, null);
        queue.logAttempt(id, sam, AttemptOutcome.VOICEMAIL_LEFT, "Left the hub's number");
        CallbackDetails closed = queue.logAttempt(id, sam, AttemptOutcome.WRONG_NUMBER, null);

        assertThat(closed.status()).isEqualTo(CallbackStatus.UNABLE_TO_CONTACT);
        assertThat(closed.failedAttempts()).isEqualTo(3);
        assertThat(closed.closedAt()).isEqualTo(NOW);
        assertThat(queue.queue(QueueFilter.open(), sam)).isEmpty();
        assertThat(events.afterCommit.get(events.afterCommit.size() - 1)).isEqualTo(new CallbackAttemptLogged(id,
                closed.reference(), FOUR_GREENS, CallbackStatus.UNABLE_TO_CONTACT, "sam", AttemptOutcome.WRONG_NUMBER,
                3));
        assertThat(queue.reopen(id, jo).failedAttempts()).isZero();
    }

    // ---- concurrency ----

    @Test
    void whenTwoClaimAtOnceExactlyOneWins() throws Exception {
        for (int round = 0; round < 8; round++) {
            UUID id = request(FOUR_GREENS);
            CountDownLatch ready = new CountDownLatch(2);
            CountDownLatch go = new CountDownLatch(1);
            Future<Object> bySam = threads.submit(outcomeOf(() -> {
                ready.countDown();
                go.await();
                return queue.claim(id, sam);
            }));
            Future<Object> byJo = threads.submit(outcomeOf(() -> {
                ready.countDown();
                go.await();
                return queue.claim(id, jo);
            }));
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<Object> outcomes = List.of(bySam.get(30, TimeUnit.SECONDS), byJo.get(30, TimeUnit.SECONDS));

            assertThat(outcomes).filteredOn(CallbackDetails.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(AlreadyClaimedException.class::isInstance).hasSize(1)
                    .allSatisfy(lost -> assertThat(((Exception) lost).getMessage())
                            .isEqualTo("Someone else has just claimed this request."));
            String winner = outcomes.stream().filter(CallbackDetails.class::isInstance).map(CallbackDetails.class::cast)
                    .findFirst().orElseThrow().claimedBy();
            assertThat(queue.view(id, ada).orElseThrow().claimedBy()).isEqualTo(winner);
            assertThat(auditActions(id)).containsExactly("REQUESTED", "CLAIMED", "VIEWED");
            assertThat(events.afterCommit).filteredOn(e -> e.requestId().equals(id))
                    .filteredOn(CallbackClaimed.class::isInstance).hasSize(1);
        }
    }

    @Test
    void aClaimThatLosesTheRaceInTheDatabaseIsAlreadyClaimed() throws Exception {
        UUID id = request(FOUR_GREENS);
        CountDownLatch samHasTheRow = new CountDownLatch(1);
        CountDownLatch joIsClaiming = new CountDownLatch(1);
        // Sam's claim is written but not committed; Jo reads the request as NEW, claims it, and her write waits
        // for Sam's transaction, then finds the version changed
        Future<Object> bySam = threads.submit(outcomeOf(() -> new TransactionTemplate(transactions).execute(tx -> {
            CallbackDetails claimed = queue.claim(id, sam);
            samHasTheRow.countDown();
            await(joIsClaiming);
            pause(Duration.ofMillis(400));
            return claimed;
        })));
        Future<Object> byJo = threads.submit(outcomeOf(() -> {
            await(samHasTheRow);
            joIsClaiming.countDown();
            return queue.claim(id, jo);
        }));

        assertThat(bySam.get(30, TimeUnit.SECONDS)).isInstanceOf(CallbackDetails.class);
        assertThat(byJo.get(30, TimeUnit.SECONDS)).isInstanceOf(AlreadyClaimedException.class);
        assertThat(queue.view(id, ada).orElseThrow().claimedBy()).isEqualTo("sam");
        assertThat(events.afterCommit).filteredOn(CallbackClaimed.class::isInstance)
                .extracting(e -> ((CallbackClaimed) e).staff()).containsExactly("sam");
    }

    // ---- events ----

    @Test
    void eventsArriveOnlyOnceTheChangeIsCommitted() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(tx -> {
            queue.request(samsRequest().withConfirmation(true));
            assertThat(events.published).hasSize(1);
            assertThat(events.afterCommit).isEmpty();
            assertThat(texts.sent).isEmpty();
        });
        assertThat(events.afterCommit).hasSize(1).first().isInstanceOf(CallbackRequested.class);
        assertThat(texts.sent).hasSize(1);
    }

    @Test
    void aRolledBackRequestPublishesNothingAndTextsNobody() {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            queue.request(samsRequest().withConfirmation(true));
            tx.setRollbackOnly();
        });

        assertThat(events.published).hasSize(1);
        assertThat(events.afterCommit).isEmpty();
        assertThat(texts.sent).isEmpty();
        assertThat(count("callback_request")).isZero();
        assertThat(count("callback_audit")).isZero();
    }

    // ---- audit ----

    @Test
    void auditsEveryLookAndEveryChangeWithoutTheResidentsDetails() {
        CallbackReceipt receipt = queue.request(samsRequest().withConfirmation(true));
        UUID id = receipt.id();
        queue.view(id, sam);
        queue.findByReference(receipt.reference(), jo);
        queue.claim(id, sam);
        queue.claim(id, sam); // already Sam's: nothing changes, nothing to audit
        queue.logAttempt(id, sam, AttemptOutcome.NO_ANSWER, "Sam's phone was off");
        queue.release(id, sam);
        queue.markUrgent(id, jo, true);
        queue.markUrgent(id, jo, true);
        queue.claim(id, jo);
        queue.addNote(id, jo, "Rent arrears of about £300");
        queue.complete(id, jo, null);
        queue.reopen(id, ada);

        assertThat(auditActions(id)).containsExactly("REQUESTED", "CONFIRMATION_SENT", "VIEWED", "VIEWED",
                "CLAIMED", "ATTEMPT_LOGGED", "RELEASED", "MARKED_URGENT", "CLAIMED", "NOTE_ADDED", "COMPLETED",
                "REOPENED");
        assertThat(jdbc.queryForList("select actor from callback_audit where request_id = ? order by id",
                String.class, id)).containsExactly("resident", "system", "sam", "jo", "sam", "sam", "sam", "jo",
                        "jo", "jo", "jo", "ada");
        assertThat(jdbc.queryForList("select happened_at from callback_audit where request_id = ?", Object.class, id))
                .doesNotContainNull();
        List<String> details = jdbc.queryForList("select coalesce(detail, '') from callback_audit", String.class);
        assertThat(details).contains("NO_ANSWER, failed attempts 1 of 3, now CLAIMED", "via KIOSK")
                .allSatisfy(detail -> assertThat(detail).doesNotContain("Sam", "900123", "rent", "Rent", "£300"));
    }

    // ---- confirmation text ----

    @Test
    void textsTheResidentTheirReferenceWhenTheyAskForIt() {
        CallbackReceipt receipt = queue.request(samsRequest().withConfirmation(true));

        assertThat(texts.sent).extracting(TextMessage::to).containsExactly(new PhoneNumber(E164));
        assertThat(texts.sent.get(0).body()).isEqualTo("Thanks, Sam. We'll call you in the morning from Four Greens"
                + " Test Hub. Your reference is " + receipt.reference() + ". If you need us sooner, ring 01632"
                + " 960100.");
        assertThat(texts.sent.get(0).segments()).isLessThanOrEqualTo(2);
        assertThat(queue.view(receipt.id(), sam).orElseThrow().confirmationStatus())
                .isEqualTo(ConfirmationStatus.SENT);
        assertThat(outbox.forCallback(receipt.id())).singleElement().satisfies(text -> {
            assertThat(text.purpose()).isEqualTo(TextPurpose.CALLBACK_CONFIRMATION);
            assertThat(text.state()).isEqualTo(DeliveryState.QUEUED);
            assertThat(text.body()).isEqualTo(texts.sent.get(0).body());
        });
    }

    @Test
    void neverNamesTheHubInATextWhenAskedNotTo() {
        CallbackReceipt receipt = queue.request(samsRequest().withPermissions(false, false).withFirstName(null)
                .withBestTime(BestTime.ANY).withConfirmation(true));

        assertThat(texts.sent).extracting(TextMessage::body).containsExactly("Thanks. We'll call you soon from a"
                + " Plymouth Wellbeing Hub. Your reference is " + receipt.reference() + ".");
    }

    @Test
    void aCarrierThatIsDownLeavesTheRequestInPlaceAndTheConfirmationPendingUntilTheOutboxGivesUp() {
        texts.failing.set(true);
        CallbackReceipt receipt = queue.request(samsRequest().withConfirmation(true));

        CallbackDetails details = queue.view(receipt.id(), sam).orElseThrow();
        assertThat(details.status()).isEqualTo(CallbackStatus.NEW);
        assertThat(details.confirmationStatus()).isEqualTo(ConfirmationStatus.PENDING);
        OutboxEntry text = outbox.forCallback(receipt.id()).get(0);
        assertThat(text.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(text.attempts()).isOne();
        assertThat(text.lastError()).isEqualTo("IllegalStateException");
        assertThat(events.afterCommit).hasSize(1);

        // a day on, the outbox stops trying: staff see FAILED and say the reference on the call
        clock.advance(Duration.ofHours(24));
        outbox.sendAsSoonAsCommitted(text.id());

        assertThat(queue.view(receipt.id(), sam).orElseThrow().confirmationStatus())
                .isEqualTo(ConfirmationStatus.FAILED);
        assertThat(outbox.forCallback(receipt.id()).get(0).state()).isEqualTo(DeliveryState.FAILED);
        assertThat(auditActions(receipt.id())).containsSequence("REQUESTED", "VIEWED", "CONFIRMATION_FAILED");
        assertThat(texts.sent).isEmpty();
    }

    @Test
    void aCarrierThatRefusesTheNumberMarksTheConfirmationFailedAtOnce() {
        texts.refusing.set(true);
        CallbackReceipt receipt = queue.request(samsRequest().withConfirmation(true));

        assertThat(queue.view(receipt.id(), sam).orElseThrow().confirmationStatus())
                .isEqualTo(ConfirmationStatus.FAILED);
        assertThat(outbox.forCallback(receipt.id())).singleElement()
                .satisfies(text -> assertThat(text.lastError()).isEqualTo("carrier error 21211"));
        assertThat(auditActions(receipt.id())).containsSequence("REQUESTED", "CONFIRMATION_FAILED");
        assertThat(jdbc.queryForObject("select detail from callback_audit where action = 'CONFIRMATION_FAILED'",
                String.class)).isEqualTo("text FAILED, carrier error 21211");
    }

    @Test
    void aConfirmationToANumberThatOptedOutIsHeldBackAndMarkedSo() {
        optOuts.optOut(new PhoneNumber(E164), "STOP");

        CallbackReceipt receipt = queue.request(samsRequest().withConfirmation(true));

        assertThat(texts.sent).isEmpty();
        assertThat(queue.view(receipt.id(), sam).orElseThrow().confirmationStatus())
                .isEqualTo(ConfirmationStatus.OPTED_OUT);
        assertThat(outbox.forCallback(receipt.id())).extracting(OutboxEntry::state)
                .containsExactly(DeliveryState.SUPPRESSED);
    }

    @Test
    void aLateReportThatTheTextWasNotDeliveredMarksTheConfirmationFailedOnce() {
        CallbackReceipt receipt = queue.request(samsRequest().withConfirmation(true));
        String providerId = jdbc.queryForObject("select provider_message_id from sms_outbox", String.class);

        outbox.deliveryReport(providerId, DeliveryState.SENT, null);
        outbox.deliveryReport(providerId, DeliveryState.UNDELIVERED, "30003");
        outbox.deliveryReport(providerId, DeliveryState.UNDELIVERED, "30003");

        assertThat(queue.view(receipt.id(), sam).orElseThrow().confirmationStatus())
                .isEqualTo(ConfirmationStatus.FAILED);
        assertThat(auditActions(receipt.id())).containsExactly("REQUESTED", "CONFIRMATION_SENT",
                "CONFIRMATION_FAILED", "VIEWED");
    }

    @Test
    void textsNobodyWhoDidNotAskOrAskedUsToStop() {
        UUID unasked = queue.request(samsRequest()).id();
        assertThat(texts.sent).isEmpty();
        assertThat(queue.view(unasked, sam).orElseThrow().confirmationStatus())
                .isEqualTo(ConfirmationStatus.NOT_WANTED);

        assertThat(bookkeeping.stopTexts(new PhoneNumber(E164))).isEqualTo(1);
        assertThat(bookkeeping.stopTexts(new PhoneNumber(E164))).isZero();
        assertThat(queue.view(unasked, sam).orElseThrow().optedOut()).isTrue();
        assertThat(auditActions(unasked)).contains("OPTED_OUT");
    }

    // ---- retention ----

    @Test
    void erasesPersonalDataOnlyOnceARequestHasBeenClosedForTheRetentionPeriod() {
        UUID done = queue.request(samsRequest()).id();
        queue.addNote(done, jo, "Sam mentioned their landlord");
        queue.claim(done, sam);
        queue.logAttempt(done, sam, AttemptOutcome.REACHED, "Talked through the arrears");
        queue.complete(done, sam, "Referred to debt advice");
        UUID stillOpen = queue.request(samsRequest()).id();
        clock.advance(Duration.ofDays(30));
        UUID closedLater = queue.request(samsRequest()).id();
        queue.claim(closedLater, sam);
        queue.complete(closedLater, sam, null);

        clock.set(NOW.plus(Duration.ofDays(90)).minusSeconds(60));
        assertThat(retention.eraseExpired()).isZero();
        assertThat(queue.view(done, sam).orElseThrow().isPersonalDataErased()).isFalse();

        clock.set(NOW.plus(Duration.ofDays(90)).plusSeconds(60));
        assertThat(retention.eraseExpired()).isEqualTo(1);

        CallbackDetails erased = queue.view(done, sam).orElseThrow();
        assertThat(erased.personalDataErasedAt()).isEqualTo(clock.instant());
        assertThat(erased.firstName()).isNull();
        assertThat(erased.phone()).isNull();
        assertThat(erased.aboutText()).isNull();
        assertThat(erased.attempts()).extracting(CallbackDetails.Attempt::notes).containsOnlyNulls();
        assertThat(erased.notes()).extracting(CallbackDetails.Note::text).containsOnlyNulls();
        // what reports count is kept
        assertThat(erased.status()).isEqualTo(CallbackStatus.DONE);
        assertThat(erased.hubId()).isEqualTo(FOUR_GREENS);
        assertThat(erased.aboutCategory()).isEqualTo(Category.ADVICE);
        assertThat(erased.channel()).isEqualTo(Channel.KIOSK);
        assertThat(erased.attempts()).extracting(CallbackDetails.Attempt::outcome)
                .containsExactly(AttemptOutcome.REACHED);
        assertThat(erased.notes()).hasSize(2);
        Map<String, Object> row = jdbc.queryForMap("select first_name, phone, about_text, about_category, hub_id"
                + " from callback_request where id = ?", done);
        assertThat(row).containsEntry("first_name", null).containsEntry("phone", null).containsEntry("about_text", null)
                .containsEntry("about_category", "advice").containsEntry("hub_id", FOUR_GREENS);
        assertThat(jdbc.queryForObject("select count(*) from callback_note where body is not null and request_id = ?",
                Integer.class, done)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from callback_attempt where notes is not null"
                + " and request_id = ?", Integer.class, done)).isZero();
        assertThat(auditActions(done)).contains("PERSONAL_DATA_ERASED");
        assertThat(firstAttemptAt(done)).isEqualTo(NOW);
        assertThat(firstAttemptAt(stillOpen)).isNull();
        assertThatThrownBy(() -> queue.reopen(done, sam)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("were erased");
        assertThat(retention.eraseExpired()).isZero();

        clock.set(NOW.plus(Duration.ofDays(400)));
        assertThat(retention.eraseExpired()).isEqualTo(1);
        assertThat(queue.view(closedLater, sam).orElseThrow().isPersonalDataErased()).isTrue();
        CallbackDetails open = queue.view(stillOpen, sam).orElseThrow();
        assertThat(open.isPersonalDataErased()).isFalse();
        assertThat(open.phone()).isEqualTo(new PhoneNumber(E164));
        assertThat(count("callback_request")).isEqualTo(3);
    }

    private @Nullable Instant firstAttemptAt(UUID id) {
        OffsetDateTime at = jdbc.queryForObject("select first_attempt_at from callback_request where id = ?",
                OffsetDateTime.class, id);
        return at == null ? null : at.toInstant();
    }

    // ---- scale ----

    @Test
    void theQueueAnswersRightFromItsIndexAtAHundredThousandRequests() {
        insertRequests(100_000);
        StaffMember both = new StaffMember("both", Set.of(FOUR_GREENS, JAN_CUTTING), false);

        // 2,500 requests a hub, 100 of them open
        assertThat(fastest(() -> queue.queue(QueueFilter.open(), sam))).hasSize(100)
                .allSatisfy(entry -> assertThat(entry.hubId()).isEqualTo(FOUR_GREENS))
                .first().satisfies(entry -> assertThat(entry.urgent()).isTrue());
        assertThat(fastest(() -> queue.queue(QueueFilter.open(), both))).hasSize(QueueFilter.DEFAULT_LIMIT);
        assertThat(fastest(() -> queue.queue(QueueFilter.open(), ada))).hasSize(QueueFilter.DEFAULT_LIMIT);
        assertThat(fastest(() -> queue.queue(QueueFilter.all().statuses(CallbackStatus.DONE), sam)))
                .hasSize(QueueFilter.DEFAULT_LIMIT);
        assertThat(fastest(() -> queue.queue(QueueFilter.open().overdueOnly(true), ada)))
                .hasSize(QueueFilter.DEFAULT_LIMIT);
        assertThat(fastest(() -> queue.queue(QueueFilter.open().category(Category.FOOD), sam))).isNotEmpty();
        // and the database answers from the queue index (in CallbackStore's order), not by reading every request
        String plan = String.join("\n", jdbc.queryForList("explain select * from callback_request where hub_id in ('"
                + FOUR_GREENS + "') and status in ('NEW', 'CLAIMED') order by urgent desc, case when urgent and"
                + " crisis_kind is not null then 0 else 1 end, created_at, id limit 200", String.class));
        assertThat(plan.toLowerCase(Locale.ROOT)).contains("callback_request_queue");
    }

    /**
     * {@code count} requests over 40 hubs (the two fixture hubs among them) and the last {@code count} minutes:
     * 1 in 50 new, 1 in 50 claimed, 1 in 50 unable to contact, the rest done; 1 in 13 urgent.
     */
    void insertRequests(int count) {
        String sql = "insert into callback_request (id, reference, hub_id, first_name, phone, about_category,"
                + " about_text, best_time, may_leave_voicemail, may_say_hub, channel, consent_given_at, status,"
                + " urgent, claimed_by, claimed_at, failed_attempts, due_at, created_at, updated_at, closed_at,"
                + " confirmation_wanted, confirmation_status, opted_out, version)"
                + " values (?, ?, ?, 'Resident', '+447700900123', ?, 'Some help please', 'ANY', false, false,"
                + " 'KIOSK', ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, false, 'NOT_WANTED', false, 0)";
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String hub = switch (i % 40) {
                case 0 -> FOUR_GREENS;
                case 1 -> JAN_CUTTING;
                default -> "hub-" + (i % 40);
            };
            int n = i / 40; // the hub's n-th request
            String status = switch (n % 50) {
                case 7 -> "NEW";
                case 8 -> "CLAIMED";
                case 9 -> "UNABLE_TO_CONTACT";
                default -> "DONE";
            };
            OffsetDateTime created = NOW.minus(Duration.ofMinutes(count - i)).atOffset(ZoneOffset.UTC);
            boolean open = status.equals("NEW") || status.equals("CLAIMED");
            rows.add(new Object[] {UUID.randomUUID(), "T" + i, hub, Category.values()[n % 8].id(), created, status,
                n % 13 == 0, status.equals("CLAIMED") ? "sam" : null, status.equals("CLAIMED") ? created : null,
                created.plusHours(8), created, created, open ? null : created.plusHours(1)});
            if (rows.size() == 5000) {
                jdbc.batchUpdate(sql, rows);
                rows.clear();
            }
        }
        jdbc.batchUpdate(sql, rows);
        jdbc.execute(jdbc.execute((Connection c) -> c.getMetaData().getDatabaseProductName())
                .equals("PostgreSQL") ? "analyze callback_request" : "analyze");
    }

    /** The queue's answer; its best time of five is printed (a figure, not a test: speed lives in benchmarks). */
    List<QueueEntry> fastest(Supplier<List<QueueEntry>> query) {
        List<QueueEntry> answer = query.get();
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            long started = System.nanoTime();
            answer = query.get();
            best = Math.min(best, System.nanoTime() - started);
        }
        log.info("Queue of {} answered in {} ms at best", answer.size(), String.format(Locale.ROOT, "%.1f",
                best / 1e6));
        return answer;
    }

    // ---- helpers ----

    int count(String table) {
        Integer rows = jdbc.queryForObject("select count(*) from " + table, Integer.class);
        return rows == null ? 0 : rows;
    }

    List<String> auditActions(UUID id) {
        return jdbc.queryForList("select action from callback_audit where request_id = ? order by id", String.class,
                id);
    }

    static List<UUID> ids(List<QueueEntry> entries) {
        return entries.stream().map(QueueEntry::id).toList();
    }

    /** What the call returned, or the exception it threw. */
    static Callable<Object> outcomeOf(Callable<?> call) {
        return () -> {
            try {
                return call.call();
            } catch (RuntimeException thrown) {
                return thrown;
            }
        };
    }

    static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Timed out waiting for the other thread");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
