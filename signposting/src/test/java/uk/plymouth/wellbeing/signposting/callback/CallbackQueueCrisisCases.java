package uk.plymouth.wellbeing.signposting.callback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.plymouth.wellbeing.signposting.callback.CallbackTestConfiguration.CollectedEvents;
import uk.plymouth.wellbeing.signposting.callback.store.CallbackStore;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.crisis.CrisisKind;
import uk.plymouth.wellbeing.signposting.testsupport.MutableClock;
import uk.plymouth.wellbeing.signposting.testsupport.SignpostingTestApplication;

/**
 * A request made urgent by crisis words, as {@link CallbackQueue} keeps it: urgent from the start and first in the
 * queue, with the kind of crisis as the reason (in the audit trail too) and never the words, and the kind kept when
 * staff mark it not urgent and when the resident's details are erased. Run on H2 ({@code CallbackQueueCrisisTest})
 * and PostgreSQL ({@code CallbackQueueCrisisPostgresIT}), in the same context as {@link CallbackQueueCases}; the
 * clock starts at Tuesday 24 November 2026, 10am, when Four Greens is open 9 to 12:30 and 1:30 to 5.
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
abstract class CallbackQueueCrisisCases {

    static final String FOUR_GREENS = CallbackQueueCases.FOUR_GREENS;
    static final Instant NOW = SignpostingTestApplication.NOW;
    /** What Sam typed at the kiosk before asking to be called: it must never reach the audit trail or a log line. */
    static final String WORDS = "I want to end my life, please help with rent";

    final StaffMember sam = StaffMember.at("sam", FOUR_GREENS);

    @Autowired
    CallbackQueue queue;

    @Autowired
    CallbackRetention retention;

    @Autowired
    CallbackStore store;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    CollectedEvents events;

    @BeforeEach
    void startFromAnEmptyQueue() {
        for (String table : List.of("callback_text", "callback_audit", "callback_attempt", "callback_note",
                "callback_request", "sms_outbox", "sms_opt_out")) {
            jdbc.update("delete from " + table);
        }
        clock.set(NOW);
        events.clear();
    }

    static NewCallback afterCrisisWords(CrisisKind kind) {
        return CallbackQueueCases.samsRequest().withAbout(Category.ADVICE, WORDS).withCrisis(kind);
    }

    @Test
    void aRequestAfterCrisisWordsGoesInUrgentWithItsKindAndSortsFirst() {
        UUID ordinary = queue.request(CallbackQueueCases.samsRequest()).id();
        clock.advance(Duration.ofMinutes(1));
        UUID markedByStaff = queue.request(CallbackQueueCases.samsRequest()).id();
        queue.markUrgent(markedByStaff, sam, true);
        clock.advance(Duration.ofMinutes(1));
        CallbackReceipt suicide = queue.request(afterCrisisWords(CrisisKind.SUICIDE));
        clock.advance(Duration.ofMinutes(1));
        UUID abuse = queue.request(afterCrisisWords(CrisisKind.ABUSE)).id();

        List<QueueEntry> lines = queue.queue(QueueFilter.open(), sam);
        assertThat(CallbackQueueCases.ids(lines)).containsExactly(suicide.id(), abuse, markedByStaff, ordinary);
        assertThat(lines).extracting(QueueEntry::urgent).containsExactly(true, true, true, false);
        assertThat(lines).extracting(QueueEntry::crisisKind).containsExactly(CrisisKind.SUICIDE, CrisisKind.ABUSE,
                null, null);
        CallbackDetails details = queue.view(suicide.id(), sam).orElseThrow();
        assertThat(details.urgent()).isTrue();
        assertThat(details.crisisKind()).isEqualTo(CrisisKind.SUICIDE);
        // made at 10:02, due two open hours later; the resident is told the usual time, as before kinds were kept
        assertThat(details.dueAt()).isEqualTo(Instant.parse("2026-11-24T12:02:00Z"));
        assertThat(suicide.dueAt()).isEqualTo(Instant.parse("2026-11-30T11:02:00Z"));
        assertThat(jdbc.queryForObject("select crisis_kind from callback_request where id = ?", String.class,
                suicide.id())).isEqualTo("suicide");
        assertThat(events.afterCommit).filteredOn(event -> event.requestId().equals(suicide.id())).singleElement()
                .isInstanceOfSatisfying(CallbackRequested.class, requested -> assertThat(requested.dueAt())
                        .isEqualTo(details.dueAt()));
        // the store's projection reads the kind as the entities have it
        Instant now = clock.instant();
        assertThat(store.queueEntries(Set.of(FOUR_GREENS), QueueFilter.open().statuses(), null, false, now, 200))
                .containsExactlyElementsOf(store.queue(Set.of(FOUR_GREENS), QueueFilter.open().statuses(), null,
                        null, 200).stream().map(request -> CallbackViews.entry(request, now)).toList());
    }

    @Test
    void theAuditTrailSaysTheSystemMadeItUrgentForCrisisWordsOfThatKindNeverTheWords() {
        UUID id = queue.request(afterCrisisWords(CrisisKind.SUICIDE)).id();
        UUID kindUnknown = queue.requestUrgent(CallbackQueueCases.samsRequest()).id();

        List<AuditRecord> trail = queue.auditTrail(id, sam);
        assertThat(trail).extracting(AuditRecord::action).containsExactly(AuditAction.REQUESTED,
                AuditAction.MARKED_URGENT);
        assertThat(trail.get(1).actor()).isEqualTo(CallbackQueue.SYSTEM.username());
        assertThat(trail.get(1).detail())
                .isEqualTo("urgent, crisis words: suicidal thoughts, due 2026-11-24T12:00:00Z");
        assertThat(queue.auditTrail(kindUnknown, sam)).extracting(AuditRecord::detail)
                .containsExactly("via KIOSK", "urgent, crisis words, due 2026-11-24T12:00:00Z");
        assertThat(queue.view(kindUnknown, sam).orElseThrow().crisisKind()).isNull();
        assertThat(jdbc.queryForList("select coalesce(detail, '') from callback_audit", String.class))
                .allSatisfy(detail -> assertThat(detail).doesNotContain("end my life", "rent"));
        assertThat(afterCrisisWords(CrisisKind.SUICIDE).toString()).contains("crisis words")
                .doesNotContain("suicid", "end my life");
    }

    @Test
    void markedNotUrgentByStaffItKeepsItsKindButNoLongerSortsFirst() {
        UUID crisis = queue.request(afterCrisisWords(CrisisKind.SELF_HARM)).id();
        clock.advance(Duration.ofMinutes(1));
        UUID later = queue.request(CallbackQueueCases.samsRequest()).id();
        clock.advance(Duration.ofMinutes(1));
        UUID markedByStaff = queue.request(CallbackQueueCases.samsRequest()).id();
        queue.markUrgent(markedByStaff, sam, true);

        CallbackDetails notUrgent = queue.markUrgent(crisis, sam, false);

        assertThat(notUrgent.urgent()).isFalse();
        assertThat(notUrgent.crisisKind()).isEqualTo(CrisisKind.SELF_HARM);
        assertThat(CallbackQueueCases.ids(queue.queue(QueueFilter.open(), sam))).containsExactly(markedByStaff,
                crisis, later);
        assertThat(queue.queue(QueueFilter.open(), sam)).filteredOn(entry -> entry.id().equals(crisis))
                .extracting(QueueEntry::crisisKind).containsExactly(CrisisKind.SELF_HARM);
        assertThat(queue.auditTrail(crisis, sam)).last().satisfies(record -> {
            assertThat(record.actor()).isEqualTo("sam");
            assertThat(record.detail()).startsWith("not urgent, due ");
        });
        // urgent again, by staff: the reason it had is still the reason, and it is first again
        queue.markUrgent(crisis, sam, true);
        assertThat(CallbackQueueCases.ids(queue.queue(QueueFilter.open(), sam))).containsExactly(crisis,
                markedByStaff, later);
    }

    @Test
    void theKindOutlivesTheErasureOfTheResidentsDetails() {
        UUID id = queue.request(afterCrisisWords(CrisisKind.ABUSE)).id();
        queue.claim(id, sam);
        queue.logAttempt(id, sam, AttemptOutcome.REACHED, "Talked it through");
        queue.complete(id, sam, null);

        clock.set(NOW.plus(Duration.ofDays(91)));
        assertThat(retention.eraseExpired()).isEqualTo(1);

        CallbackDetails erased = queue.view(id, sam).orElseThrow();
        assertThat(erased.isPersonalDataErased()).isTrue();
        assertThat(erased.aboutText()).isNull();
        assertThat(erased.firstName()).isNull();
        assertThat(erased.crisisKind()).isEqualTo(CrisisKind.ABUSE);
        Map<String, Object> row = jdbc.queryForMap("select about_text, phone, crisis_kind, urgent"
                + " from callback_request where id = ?", id);
        assertThat(row).containsEntry("about_text", null).containsEntry("phone", null)
                .containsEntry("crisis_kind", "abuse").containsEntry("urgent", true);
    }
}
