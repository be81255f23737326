package uk.plymouth.wellbeing.signposting.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.plymouth.wellbeing.signposting.callback.report.CallbackDashboard;
import uk.plymouth.wellbeing.signposting.callback.report.CallbackFigures;
import uk.plymouth.wellbeing.signposting.callback.report.DashboardFigures;
import uk.plymouth.wellbeing.signposting.callback.report.DashboardQuery;
import uk.plymouth.wellbeing.signposting.callback.report.FirstContact;
import uk.plymouth.wellbeing.signposting.crisis.CrisisKind;
import uk.plymouth.wellbeing.signposting.staff.StaffIdentity;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;
import uk.plymouth.wellbeing.signposting.testsupport.MutableClock;
import uk.plymouth.wellbeing.signposting.testsupport.SignpostingTestApplication;

/**
 * Time to first contact for crisis requests on their own, on a fixture worked out by hand, on H2
 * ({@code CallbackDashboardCrisisTest}) and PostgreSQL ({@code CallbackDashboardCrisisPostgresIT}); the same context
 * and hours as {@link CallbackDashboardCases} (urgent: 2 open hours; Four Greens Mon 9-5, Tue 9-12:30 and 1:30-5;
 * Jan Cutting Wed 10-4), read on Tuesday 24 November 2026 at 4pm.
 * <pre>
 * week of Mon 2 Nov (2026-W45); C = made after crisis words
 *  C1 Four Greens Mon 09:00 suicide,  due 11:00; rung 09:30, done                      (0.5 h, in time)
 *  N1 Four Greens Mon 09:30 ordinary, due Tue 09:30; rung 10:00                         (0.5 h, in time)
 *  C2 Four Greens Mon 10:00 abuse,    due 12:00; rung 13:00                             (3 h, late)
 *  S1 Four Greens Mon 11:00 marked urgent by staff at 11:05, due 13:00; rung 11:30      (0.5 h, in time)
 *  C3 Four Greens Tue 09:00 danger, marked NOT urgent by staff at 09:10, due Mon 9 Nov 10:00; rung Tue 15:00
 *                                                                                        (6 h, in time)
 *  C4 Four Greens Tue 11:00 self-harm, due 14:00; never rung                            (due, missed)
 *  C5 Jan Cutting Wed 11:00 child,    due 13:00; rung 12:00                             (1 h, in time)
 * </pre>
 * Crisis requests: C1-C5 (C3 too: it was made urgent for crisis words; S1 is not one), 4 rung (0.5, 1, 3, 6 h:
 * median 2), 3 of 5 due within target (60%). Every request: 6 rung (0.5, 0.5, 0.5, 1, 3, 6 h: median 0.75), 5 of 7.
 */
@SpringBootTest(classes = {SignpostingTestApplication.class, CallbackTestConfiguration.class},
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "spring.jpa.hibernate.ddl-auto=validate",
            "spring.jpa.open-in-view=false",
            "spring.flyway.locations=classpath:db/migration",
            "hub.catalogue.location=classpath:fixtures/content/",
            "hub.catalogue.check-for-changes-every=0s"
        })
abstract class CallbackDashboardCrisisCases {

    static final String FOUR_GREENS = CallbackDashboardCases.FOUR_GREENS;
    static final String JAN_CUTTING = CallbackDashboardCases.JAN_CUTTING;
    static final LocalDate W45 = LocalDate.of(2026, 11, 2);
    static final DashboardQuery WEEK_45 = new DashboardQuery(null, W45, W45);

    final StaffMember sam = StaffMember.at("sam", FOUR_GREENS);
    final StaffMember kim = StaffMember.at("kim", JAN_CUTTING);
    final StaffIdentity admin = new StaffIdentity("ada", "Ada", StaffRole.ADMIN, Set.of());
    final StaffIdentity fourGreensLead = new StaffIdentity("lee", "Lee", StaffRole.HUB_LEAD, Set.of(FOUR_GREENS));

    @Autowired
    CallbackDashboard dashboard;

    @Autowired
    CallbackQueue queue;

    @Autowired
    CallbackRetention retention;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void makeTheFixture() {
        for (String table : List.of("callback_text", "callback_audit", "callback_attempt", "callback_note",
                "callback_request")) {
            jdbc.update("delete from " + table);
        }
        UUID c1 = request(FOUR_GREENS, "2026-11-02T09:00", Channel.KIOSK, CrisisKind.SUICIDE);
        rung(c1, sam, "2026-11-02T09:30");
        at("2026-11-02T09:35");
        queue.complete(c1, sam, null);
        rung(request(FOUR_GREENS, "2026-11-02T09:30", Channel.KIOSK, null), sam, "2026-11-02T10:00");
        rung(request(FOUR_GREENS, "2026-11-02T10:00", Channel.SMS, CrisisKind.ABUSE), sam, "2026-11-02T13:00");
        UUID s1 = request(FOUR_GREENS, "2026-11-02T11:00", Channel.KIOSK, null);
        at("2026-11-02T11:05");
        queue.markUrgent(s1, sam, true);
        rung(s1, sam, "2026-11-02T11:30");
        UUID c3 = request(FOUR_GREENS, "2026-11-03T09:00", Channel.KIOSK, CrisisKind.DANGER);
        at("2026-11-03T09:10");
        queue.markUrgent(c3, sam, false);
        rung(c3, sam, "2026-11-03T15:00");
        request(FOUR_GREENS, "2026-11-03T11:00", Channel.KIOSK, CrisisKind.SELF_HARM);
        rung(request(JAN_CUTTING, "2026-11-04T11:00", Channel.KIOSK, CrisisKind.CHILD), kim, "2026-11-04T12:00");
        // C1's personal details erased, as the retention job would: it still counts, kind and all
        clock.set(CallbackDashboardCases.at("2026-11-02T09:35").plus(Duration.ofDays(90)).plusSeconds(60));
        assertThat(retention.eraseExpired()).isEqualTo(1);
        clock.set(CallbackDashboardCases.READ_AT);
    }

    @Test
    void countsTimeToFirstContactForCrisisRequestsSeparatelyAsWorkedOutByHand() {
        DashboardFigures figures = dashboard.forPeriod(admin, WEEK_45);

        FirstContact crisis = figures.total().crisis();
        assertThat(List.of(crisis.requests(), crisis.contacted(), crisis.targetDue(), crisis.withinTarget()))
                .containsExactly(5, 4, 5, 3);
        assertThat(crisis.medianHours()).isCloseTo(2.0, within(1e-9));
        assertThat(crisis.percentWithinTarget()).isCloseTo(60.0, within(1e-9));
        CallbackFigures all = figures.total();
        assertThat(List.of(all.requests(), all.urgent(), all.contacted(), all.targetDue(), all.withinTarget()))
                .containsExactly(7, 5, 6, 7, 5);
        assertThat(all.medianHoursToFirstContact()).isCloseTo(0.75, within(1e-9));

        FirstContact fourGreens = CallbackDashboardCases.row(figures, FOUR_GREENS, W45).crisis();
        assertThat(fourGreens).isEqualTo(new FirstContact(4, 3, 4, 2, 3.0));
        assertThat(fourGreens.percentWithinTarget()).isCloseTo(50.0, within(1e-9));
        assertThat(CallbackDashboardCases.row(figures, JAN_CUTTING, W45).crisis())
                .isEqualTo(new FirstContact(1, 1, 1, 1, 1.0));
        // a hub lead's period: their hub's crisis requests only, with their own median (0.5, 3, 6 h)
        assertThat(dashboard.forPeriod(fourGreensLead, WEEK_45).total().crisis())
                .isEqualTo(new FirstContact(4, 3, 4, 2, 3.0));
    }

    @Test
    void aWeekWithoutRequestsHasNoCrisisFiguresAndNoMedian() {
        LocalDate w44 = W45.minusWeeks(1);
        FirstContact none = dashboard.forPeriod(admin, new DashboardQuery(null, w44, w44)).total().crisis();

        assertThat(none).isEqualTo(FirstContact.none());
        assertThat(none.medianHours()).isNull();
        assertThat(none.percentWithinTarget()).isNull();
    }

    @Test
    void exportsTheCrisisFiguresAsTheLastColumnsOfTheCsv() {
        String[] lines = dashboard.csv(dashboard.forPeriod(admin, WEEK_45)).split("\r\n");

        assertThat(lines[0]).endsWith(",category_not_given,crisis_requests,crisis_contacted,"
                + "crisis_median_hours_to_first_contact,crisis_target_due,crisis_first_contact_within_target,"
                + "crisis_percent_within_target");
        assertThat(lines[1]).startsWith("fixture-four-greens,").endsWith(",4,3,3.0,4,2,50.0");
        assertThat(lines[2]).startsWith("fixture-jan-cutting,").endsWith(",1,1,1.0,1,1,100.0");
    }

    // ---- helpers ----

    void at(String plymouthTime) {
        clock.set(CallbackDashboardCases.at(plymouthTime));
    }

    UUID request(String hubId, String when, Channel channel, @Nullable CrisisKind kind) {
        at(when);
        return queue.request(NewCallback.at(hubId, "07700 900123", channel).withFirstName("Pat")
                .withAbout(null, "About my rent").withConsent(true).withCrisis(kind)).id();
    }

    /** Claims it a minute before and logs a call that reached them. */
    void rung(UUID id, StaffMember staff, String when) {
        clock.set(CallbackDashboardCases.at(when).minusSeconds(60));
        queue.claim(id, staff);
        at(when);
        queue.logAttempt(id, staff, AttemptOutcome.REACHED, "rang");
    }
}
