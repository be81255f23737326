package uk.plymouth.wellbeing.signposting.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.plymouth.wellbeing.signposting.callback.Channel;
import uk.plymouth.wellbeing.signposting.callback.StaffMember;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;
import uk.plymouth.wellbeing.signposting.testsupport.MutableClock;
import uk.plymouth.wellbeing.signposting.testsupport.SignpostingTestApplication;

/**
 * What {@link ProblemReports} promises, written once and run on H2 in PostgreSQL mode ({@code ProblemReportsTest})
 * and on a real PostgreSQL server ({@code ProblemReportsPostgresIT}): Flyway's migrations, the fixture directory
 * (debt advice at Four Greens and Jan Cutting, walking football at Jan Cutting), and small limits (3 reports per
 * reporter, 2 per item, an hour). Each facade call commits on its own, as in production.
 */
@SpringBootTest(classes = {SignpostingTestApplication.class, ProblemReportsCases.MovingClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "spring.jpa.hibernate.ddl-auto=validate",
            "spring.jpa.open-in-view=false",
            "hub.catalogue.location=classpath:fixtures/content/",
            "hub.catalogue.check-for-changes-every=0s",
            "hub.sms.outbox.enabled=false",
            "hub.problems.per-reporter=3",
            "hub.problems.per-item=2"
        })
abstract class ProblemReportsCases {

    static final String FOUR_GREENS = "fixture-four-greens";
    static final String JAN_CUTTING = "fixture-jan-cutting";
    static final String DEBT = "fixture-debt-advice";
    static final String FOOTBALL = "fixture-walking-football";

    final StaffMember sam = StaffMember.at("sam", FOUR_GREENS);
    final StaffMember jo = StaffMember.at("jo", FOUR_GREENS);
    final StaffMember kim = StaffMember.at("kim", JAN_CUTTING);
    final StaffMember ada = StaffMember.admin("ada");

    @Autowired
    ProblemReports reports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    final ExecutorService threads = Executors.newFixedThreadPool(2);

    @TestConfiguration(proxyBeanMethods = false)
    static class MovingClock {
        @Bean
        @Primary
        MutableClock movingClock() {
            return new MutableClock(SignpostingTestApplication.NOW, SignpostingTestApplication.PLYMOUTH);
        }
    }

    @BeforeEach
    void startWithNoReports() {
        for (String table : List.of("problem_report_audit", "problem_report", "problem_report_refused")) {
            jdbc.update("delete from " + table);
        }
        clock.set(SignpostingTestApplication.NOW);
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    /** A reporter no other test has used: the per-reporter counts live in the app's memory. */
    static Reporter aKiosk() {
        return Reporter.atKiosk("10.0.0." + UUID.randomUUID());
    }

    @Test
    void aReportKeepsItemHubKindNoteChannelAndTimeButNeverWhoReported() {
        PhoneNumber texter = PhoneNumber.parseUkMobile("07700 900461");

        ReportReceipt receipt = reports.report(DEBT, ProblemKind.CLOSED, "  locked when I went  ",
                Reporter.byText(texter), FOUR_GREENS);

        assertThat(receipt.kept()).isTrue();
        assertThat(receipt.hubId()).isEqualTo(FOUR_GREENS);
        Map<String, Object> row = jdbc.queryForMap("select * from problem_report where id = ?", receipt.id());
        assertThat(row).containsEntry("item_id", DEBT).containsEntry("hub_id", FOUR_GREENS)
                .containsEntry("kind", "CLOSED").containsEntry("note", "locked when I went")
                .containsEntry("channel", "SMS").containsEntry("status", "OPEN");
        assertThat(row.get("reported_at")).isNotNull();
        for (String table : List.of("problem_report", "problem_report_audit", "problem_report_refused")) {
            assertThat(jdbc.queryForList("select * from " + table).toString()).as(table)
                    .doesNotContain("7700", "900461");
        }
        assertThat(reports.auditTrail(receipt.id(), sam)).extracting(ProblemAuditRecord::actor,
                ProblemAuditRecord::action, ProblemAuditRecord::detail)
                .containsExactly(tuple("resident", ProblemAuditAction.REPORTED, "via SMS: it has closed"));
    }

    @Test
    void theNoteLosesPhoneNumbersAndEmailsAndIsTrimmedAndCutToFiveHundredCharacters() {
        String typed = "\n  ring me on 07700 900123 or +44 (0)1752 304000,\tor email jo.bloggs+hub@example.co.uk."
                + " Open 9:30-12:30, 10.30 on Fridays  ";
        UUID id = reports.report(DEBT, ProblemKind.WRONG_TIME, typed, aKiosk(), FOUR_GREENS).id();

        assertThat(note(id)).isEqualTo("ring me on [phone number removed] or [phone number removed], or email"
                + " [email removed]. Open 9:30-12:30, 10.30 on Fridays");
        assertThat(note(reports.report(DEBT, ProblemKind.OTHER, " \n ", aKiosk(), JAN_CUTTING).id())).isNull();
        String tooLong = "x".repeat(499) + "\uD83D\uDE00" + "y".repeat(100);
        UUID cut = reports.report(FOOTBALL, ProblemKind.OTHER, tooLong, aKiosk(), JAN_CUTTING).id();
        assertThat(note(cut)).isEqualTo("x".repeat(499));
        assertThat(note(reports.report(FOOTBALL, ProblemKind.OTHER, "<b>shut</b> & gone", aKiosk(), JAN_CUTTING)
                .id())).as("kept as typed: screens show it as text").isEqualTo("<b>shut</b> & gone");
    }

    @Test
    void anItemNotInTheDirectoryOrAHubItIsNotAtIsRefused() {
        assertThatThrownBy(() -> reports.report("no-such-item", ProblemKind.CLOSED, null, aKiosk(), FOUR_GREENS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("item:");
        assertThatThrownBy(() -> reports.report(FOOTBALL, ProblemKind.CLOSED, null, aKiosk(), FOUR_GREENS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("hub:");
        assertThat(jdbc.queryForObject("select count(*) from problem_report", Integer.class)).isZero();
    }

    @Test
    void staffSeeTheirHubsOpenReportsNewestFirstAndEachLookIsAudited() {
        UUID first = reports.report(DEBT, ProblemKind.CLOSED, null, aKiosk(), FOUR_GREENS).id();
        clock.advance(Duration.ofMinutes(5));
        UUID atJanCutting = reports.report(FOOTBALL, ProblemKind.WRONG_TIME, "Tuesdays now", aKiosk(), JAN_CUTTING)
                .id();
        clock.advance(Duration.ofMinutes(5));
        UUID second = reports.report(DEBT, ProblemKind.PHONE_NOT_WORKING, null, aKiosk(), FOUR_GREENS).id();

        List<ReportedProblem> samSees = reports.open(sam);

        assertThat(samSees).extracting(ReportedProblem::id).containsExactly(second, first);
        assertThat(samSees.get(0).itemTitle()).isEqualTo("Debt and money advice");
        assertThat(samSees.get(0).kind()).isEqualTo(ProblemKind.PHONE_NOT_WORKING);
        assertThat(samSees.get(0).channel()).isEqualTo(Channel.KIOSK);
        assertThat(samSees.get(0).open()).isTrue();
        assertThat(reports.open(kim)).extracting(ReportedProblem::id, ReportedProblem::note)
                .containsExactly(tuple(atJanCutting, "Tuesdays now"));
        assertThat(reports.open(ada)).extracting(ReportedProblem::id).containsExactly(second, atJanCutting, first);
        assertThat(reports.open(StaffMember.at("nobody"))).isEmpty();
        assertThat(reports.auditTrail(first, sam)).extracting(ProblemAuditRecord::actor, ProblemAuditRecord::action)
                .containsExactly(tuple("resident", ProblemAuditAction.REPORTED), tuple("sam",
                        ProblemAuditAction.VIEWED), tuple("ada", ProblemAuditAction.VIEWED));
        assertThat(reports.auditTrail(first, kim)).as("another hub's report has no trail to see").isEmpty();
        assertThat(reports.openCounts(sam)).isEqualTo(Map.of(FOUR_GREENS, 2));
        assertThat(reports.openCounts(ada)).isEqualTo(Map.of(FOUR_GREENS, 2, JAN_CUTTING, 1));
    }

    @Test
    void resolvingSaysWhoAndWhenTakesItOffTheListAndIsAudited() {
        UUID fixed = reports.report(DEBT, ProblemKind.CLOSED, null, aKiosk(), FOUR_GREENS).id();
        UUID dismissed = reports.report(FOOTBALL, ProblemKind.OTHER, "rude", aKiosk(), JAN_CUTTING).id();
        clock.advance(Duration.ofHours(2));

        ReportedProblem done = reports.resolve(fixed, Resolution.FIXED, sam);
        reports.resolve(dismissed, Resolution.DISMISSED, ada);

        assertThat(done.resolution()).isEqualTo(Resolution.FIXED);
        assertThat(done.resolvedBy()).isEqualTo("sam");
        assertThat(done.resolvedAt()).isEqualTo(clock.instant());
        assertThat(done.open()).isFalse();
        assertThat(reports.open(ada)).isEmpty();
        assertThat(reports.openCounts(ada)).isEmpty();
        assertThat(reports.auditTrail(fixed, sam)).extracting(ProblemAuditRecord::actor, ProblemAuditRecord::action)
                .containsExactly(tuple("resident", ProblemAuditAction.REPORTED), tuple("sam",
                        ProblemAuditAction.FIXED));
        assertThat(reports.auditTrail(dismissed, kim)).extracting(ProblemAuditRecord::action)
                .containsExactly(ProblemAuditAction.REPORTED, ProblemAuditAction.DISMISSED);
        assertThat(jdbc.queryForObject("select status from problem_report where id = ?", String.class, dismissed))
                .isEqualTo("DISMISSED");
    }

    @Test
    void anotherHubsReportIsNotFoundAndADealtWithOneSaysWhoWasFirst() {
        UUID id = reports.report(DEBT, ProblemKind.CLOSED, null, aKiosk(), FOUR_GREENS).id();

        assertThatThrownBy(() -> reports.resolve(id, Resolution.FIXED, kim))
                .isInstanceOf(ProblemNotFoundException.class);
        assertThatThrownBy(() -> reports.resolve(UUID.randomUUID(), Resolution.FIXED, ada))
                .isInstanceOf(ProblemNotFoundException.class);
        reports.resolve(id, Resolution.DISMISSED, sam);
        assertThatThrownBy(() -> reports.resolve(id, Resolution.FIXED, jo))
                .isInstanceOfSatisfying(AlreadyResolvedException.class, e -> {
                    assertThat(e.resolvedBy()).isEqualTo("sam");
                    assertThat(e.resolution()).isEqualTo(Resolution.DISMISSED);
                    assertThat(e.getMessage()).isEqualTo("This report has already been dealt with by sam (not a"
                            + " problem).");
                });
        assertThat(reports.auditTrail(id, ada)).extracting(ProblemAuditRecord::action)
                .containsExactly(ProblemAuditAction.REPORTED, ProblemAuditAction.DISMISSED);
    }

    @Test
    void twoStaffResolvingAtOnceOneWinsAndTheOtherIsTold() throws Exception {
        for (int round = 0; round < 5; round++) {
            UUID id = reports.report(round % 2 == 0 ? DEBT : FOOTBALL, ProblemKind.CLOSED, null, aKiosk(),
                    round % 2 == 0 ? FOUR_GREENS : JAN_CUTTING).id();
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Resolution>> tries = new ArrayList<>();
            for (StaffMember who : List.of(ada, StaffMember.admin("bo"))) {
                Callable<Resolution> attempt = () -> {
                    start.await();
                    return reports.resolve(id, Resolution.FIXED, who).resolution();
                };
                tries.add(threads.submit(attempt));
            }
            start.countDown();
            int won = 0;
            int told = 0;
            for (Future<Resolution> attempt : tries) {
                try {
                    attempt.get(30, TimeUnit.SECONDS);
                    won++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(AlreadyResolvedException.class);
                    told++;
                }
            }
            assertThat(won).as("round " + round).isEqualTo(1);
            assertThat(told).isEqualTo(1);
            assertThat(reports.auditTrail(id, ada)).extracting(ProblemAuditRecord::action)
                    .containsOnlyOnce(ProblemAuditAction.FIXED);
            clock.advance(Duration.ofHours(2)); // past the per-item limit
        }
    }

    @Test
    void aReporterOverTheLimitIsThankedButNotKeptAndCountedUntilTheWindowMovesOn() {
        Reporter prankster = aKiosk();
        assertThat(reports.report(DEBT, ProblemKind.CLOSED, null, prankster, FOUR_GREENS).kept()).isTrue();
        assertThat(reports.report(FOOTBALL, ProblemKind.CLOSED, null, prankster, JAN_CUTTING).kept()).isTrue();
        clock.advance(Duration.ofMinutes(30));
        assertThat(reports.report(FOOTBALL, ProblemKind.CLOSED, null, prankster, JAN_CUTTING).kept()).isTrue();

        ReportReceipt fourth = reports.report(DEBT, ProblemKind.WRONG_TIME, null, prankster, FOUR_GREENS);

        assertThat(fourth.kept()).isFalse();
        assertThat(fourth.id()).isNull();
        assertThat(fourth.hubId()).isEqualTo(FOUR_GREENS);
        assertThat(jdbc.queryForObject("select count(*) from problem_report", Integer.class)).isEqualTo(3);
        assertThat(reports.refusedToday(sam)).isEqualTo(1);
        assertThat(reports.refusedToday(kim)).isZero();
        assertThat(reports.report(DEBT, ProblemKind.CLOSED, null, aKiosk(), FOUR_GREENS).kept())
                .as("someone else still may").isTrue();

        clock.advance(Duration.ofMinutes(31));
        assertThat(reports.report(DEBT, ProblemKind.CLOSED, null, prankster, JAN_CUTTING).kept())
                .as("the first two left the window").isTrue();
    }

    @Test
    void moreThanTwoReportsAboutOneItemInAnHourAreNotKeptWhoeverSendsThem() {
        PhoneNumber one = PhoneNumber.parseUkMobile("07700 900462");
        assertThat(reports.report(DEBT, ProblemKind.CLOSED, null, Reporter.byText(one), FOUR_GREENS).kept()).isTrue();
        assertThat(reports.report(DEBT, ProblemKind.CLOSED, null, aKiosk(), JAN_CUTTING).kept()).isTrue();
        assertThat(reports.report(DEBT, ProblemKind.OTHER, null, aKiosk(), JAN_CUTTING).kept()).isFalse();
        assertThat(reports.report(DEBT, ProblemKind.OTHER, null, aKiosk(), JAN_CUTTING).kept()).isFalse();
        assertThat(reports.report(FOOTBALL, ProblemKind.CLOSED, null, aKiosk(), JAN_CUTTING).kept()).isTrue();

        assertThat(reports.refusedToday(kim)).isEqualTo(2);
        assertThat(reports.refusedToday(ada)).isEqualTo(2);
        assertThat(reports.refusedToday(sam)).isZero();
        clock.advance(Duration.ofMinutes(61));
        assertThat(reports.report(DEBT, ProblemKind.OTHER, null, aKiosk(), JAN_CUTTING).kept()).isTrue();
    }

    private String note(UUID id) {
        return jdbc.queryForObject("select note from problem_report where id = ?", String.class, id);
    }
}
