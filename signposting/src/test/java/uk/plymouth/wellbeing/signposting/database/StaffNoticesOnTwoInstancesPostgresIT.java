package uk.plymouth.wellbeing.signposting.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.plymouth.wellbeing.signposting.callback.StaffMember;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.catalogue.ItemKind;
import uk.plymouth.wellbeing.signposting.catalogue.ItemRef;
import uk.plymouth.wellbeing.signposting.directory.edit.DirectoryEditor;
import uk.plymouth.wellbeing.signposting.directory.edit.DirectoryItemChanged;
import uk.plymouth.wellbeing.signposting.directory.edit.DirectoryItemChangedElsewhere;
import uk.plymouth.wellbeing.signposting.directory.edit.ItemVersion;
import uk.plymouth.wellbeing.signposting.problems.ProblemKind;
import uk.plymouth.wellbeing.signposting.problems.ProblemReportChanged;
import uk.plymouth.wellbeing.signposting.problems.ProblemReportChangedElsewhere;
import uk.plymouth.wellbeing.signposting.problems.ProblemReports;
import uk.plymouth.wellbeing.signposting.problems.ReportReceipt;
import uk.plymouth.wellbeing.signposting.problems.Reporter;
import uk.plymouth.wellbeing.signposting.problems.Resolution;
import uk.plymouth.wellbeing.signposting.staff.StaffIdentity;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;
import uk.plymouth.wellbeing.signposting.testsupport.CatalogueFixtures;
import uk.plymouth.wellbeing.signposting.testsupport.TwoInstances;

/**
 * Two app instances on one real PostgreSQL: what staff screens listen for besides callbacks, a problem reported or
 * dealt with and a directory item saved or published, reaches the other instance's listeners within 2 seconds
 * of its commit (through {@link SharedNotices}), once, and never comes back to the instance that made it. Times are
 * printed from the commit on one instance to the arrival on the other, and from the start of the call that made it.
 * The commit's time is taken in an after-commit hook on the instance that made it, which can run a little after the
 * database committed and the notice went: a negative time means the other instance heard first.
 */
class StaffNoticesOnTwoInstancesPostgresIT {

    static final String DEBT = "fixture-debt-advice";
    static final String FOUR_GREENS = "fixture-four-greens";
    static final StaffIdentity LEAD = new StaffIdentity("lee", "Lee", StaffRole.HUB_LEAD,
            Set.of(FOUR_GREENS, "fixture-jan-cutting"));
    static final long WITHIN_NANOS = 2_000_000_000L;

    static TwoInstances instances;
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;

    @BeforeAll
    static void startTwoInstances() {
        instances = TwoInstances.start(List.of(Heard.class));
        a = instances.a;
        b = instances.b;
    }

    @AfterAll
    static void stop() {
        if (instances != null) {
            instances.jdbc().update("delete from problem_report_audit where report_id in (select id from"
                    + " problem_report where item_id = ?)", DEBT);
            instances.jdbc().update("delete from problem_report where item_id = ?", DEBT);
            instances.close();
        }
    }

    @Test
    void aProblemReportedOnAReachesBAndOneDealtWithOnBReachesA() throws Exception {
        Heard onA = a.getBean(Heard.class);
        Heard onB = b.getBean(Heard.class);
        onA.clear();
        onB.clear();

        long reported = System.nanoTime();
        ReportReceipt receipt = a.getBean(ProblemReports.class).report(DEBT, ProblemKind.CLOSED, "Shut on Tuesdays",
                Reporter.staff("lee"), FOUR_GREENS);
        UUID id = java.util.Objects.requireNonNull(receipt.id());
        ProblemReportChanged kept = new ProblemReportChanged(id, FOUR_GREENS, null);
        assertThat(onB.await(onB.problems, kept, onA.committedAt(kept), reported, "a problem reported on A", "B"))
                .isEqualTo(kept);

        long resolved = System.nanoTime();
        b.getBean(ProblemReports.class).resolve(id, Resolution.FIXED, StaffMember.at("lee", FOUR_GREENS));
        ProblemReportChanged fixed = new ProblemReportChanged(id, FOUR_GREENS, Resolution.FIXED);
        onA.await(onA.problems, fixed, onB.committedAt(fixed), resolved, "a problem dealt with on B", "A");

        Thread.sleep(300);
        assertThat(onB.problems.keySet()).as("B never hears its own change back, nor A's twice").containsOnly(kept);
        assertThat(onA.problems.keySet()).containsOnly(fixed);
    }

    @Test
    void aDirectoryItemPublishedOnAReachesBAsDoesADraftSavedOnB() throws Exception {
        Heard onA = a.getBean(Heard.class);
        Heard onB = b.getBean(Heard.class);
        onA.clear();
        onB.clear();
        DirectoryEditor editorOnA = a.getBean(DirectoryEditor.class);
        ItemRef debt = new ItemRef(ItemKind.SERVICE, DEBT);
        ItemVersion opened = editorOnA.open(LEAD, debt).orElseThrow();

        long published = System.nanoTime();
        ItemVersion saved = editorOnA.save(LEAD, CatalogueFixtures.renamed((HubService) opened.record(),
                "Money clinic"), opened.version(), null, true);
        DirectoryItemChanged live = new DirectoryItemChanged(ItemKind.SERVICE.id(), DEBT, saved.version(), true);
        onB.await(onB.directory, live, onA.committedAt(live), published, "an item published on A", "B");

        long drafted = System.nanoTime();
        StaffIdentity worker = new StaffIdentity("sam", "Sam", StaffRole.STAFF, Set.of(FOUR_GREENS));
        ItemVersion draft = b.getBean(DirectoryEditor.class).save(worker, CatalogueFixtures.renamed(
                (HubService) opened.record(), "Money advice clinic"), saved.version(), "Their new name", false);
        DirectoryItemChanged waiting = new DirectoryItemChanged(ItemKind.SERVICE.id(), DEBT, draft.version(), false);
        onA.await(onA.directory, waiting, onB.committedAt(waiting), drafted, "a draft saved on B", "A");
    }

    /**
     * What staff screens on each instance would hear: changes committed here (when), and changes committed on the
     * other instance (when they arrived), in this JVM's {@code System.nanoTime()}.
     */
    static class Heard {

        final Map<ProblemReportChanged, Long> problems = new ConcurrentHashMap<>();
        final Map<DirectoryItemChanged, Long> directory = new ConcurrentHashMap<>();
        final Map<Object, Long> committed = new ConcurrentHashMap<>();

        @EventListener
        void problem(ProblemReportChangedElsewhere elsewhere) {
            problems.put(elsewhere.event(), System.nanoTime());
        }

        @EventListener
        void directory(DirectoryItemChangedElsewhere elsewhere) {
            directory.put(elsewhere.event(), System.nanoTime());
        }

        @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
        void committed(ProblemReportChanged change) {
            committed.put(change, System.nanoTime());
        }

        @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
        void committed(DirectoryItemChanged change) {
            committed.put(change, System.nanoTime());
        }

        void clear() {
            problems.clear();
            directory.clear();
            committed.clear();
        }

        long committedAt(Object change) {
            Long at = committed.get(change);
            assertThat(at).as("%s committed here", change).isNotNull();
            return at;
        }

        /** Waits for {@code change} to arrive; it must within 2 s of its commit on the other instance. */
        <E> E await(Map<E, Long> heard, E change, long committedAt, long called, String what, String where)
                throws InterruptedException {
            while (!heard.containsKey(change)) {
                assertThat(System.nanoTime() - committedAt).as("%s not heard on %s within 2 s", what, where)
                        .isLessThan(WITHIN_NANOS);
                Thread.sleep(5);
            }
            long arrived = heard.get(change);
            System.out.printf("%s reached %s's listeners %d ms after it committed (%d ms after the call began)%n",
                    what, where, (arrived - committedAt) / 1_000_000, (arrived - called) / 1_000_000);
            assertThat(arrived - committedAt).as("%s heard on %s within 2 s of its commit", what, where)
                    .isLessThan(WITHIN_NANOS);
            return change;
        }
    }

}
