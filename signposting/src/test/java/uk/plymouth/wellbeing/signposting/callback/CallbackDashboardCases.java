package uk.plymouth.wellbeing.signposting.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
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
import uk.plymouth.wellbeing.signposting.callback.report.DashboardHub;
import uk.plymouth.wellbeing.signposting.callback.report.DashboardNotPermittedException;
import uk.plymouth.wellbeing.signposting.callback.report.DashboardQuery;
import uk.plymouth.wellbeing.signposting.callback.report.HubWeek;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.staff.StaffIdentity;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;
import uk.plymouth.wellbeing.signposting.testsupport.MutableClock;
import uk.plymouth.wellbeing.signposting.testsupport.SignpostingTestApplication;

/**
 * What {@link CallbackDashboard} promises, on a fixture worked out by hand, run on H2 ({@code CallbackDashboardTest})
 * and PostgreSQL ({@code CallbackDashboardPostgresIT}). The same context as the queue's tests (so Spring reuses it).
 *
 * <p>Four Greens is open Monday 9-5 and Tuesday 9-12:30, 1:30-5; Jan Cutting Wednesday 10-4; targets 8 open hours
 * (urgent 2); November is GMT, so Plymouth time is UTC. The figures are read on Tuesday 24 November 2026 at 4pm.
 * <pre>
 * week of Mon 16 Nov (2026-W47)
 *  R1 Four Greens Mon 09:00 kiosk advice,        due Mon 17:00; NO_ANSWER 10:00, REACHED 11:00, done   (1 h, in time)
 *     ... closed first, so later its personal details are erased by the retention job
 *  R2 Four Greens Mon 12:00 sms   no category,   due Tue 12:00; NO_ANSWER Tue 13:00, VOICEMAIL 14:00,
 *                                                   WRONG_NUMBER 15:00: unable to contact     (25 h, late)
 *  R3 Four Greens Tue 10:00 staff food, urgent,  due Tue 12:00; REACHED 11:30, done           (1.5 h, in time)
 *  R4 Jan Cutting Wed 11:00 kiosk mental health, due Wed 25 Nov 13:00; REACHED 15:00, done    (4 h, in time)
 * week of Mon 23 Nov (2026-W48)
 *  R5 Four Greens Mon 09:30 kiosk advice,        due Tue 09:30; never rung, open             (due, missed)
 *  R6 Four Greens Tue 10:00 sms   employment,    due Mon 30 Nov 11:00; NO_ANSWER 12:00, claimed (2 h, in time)
 *  R7 Four Greens Tue 11:00 kiosk no category, urgent, due Tue 14:00; never rung, open        (due, missed)
 *  R8 Four Greens Tue 15:00 kiosk advice,        not due yet, never rung, open                (target n/a)
 * before the period: R0 Four Greens Fri 13 Nov.
 * </pre>
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
abstract class CallbackDashboardCases {

    static final String FOUR_GREENS = "fixture-four-greens";
    static final String JAN_CUTTING = "fixture-jan-cutting";
    static final LocalDate W47 = LocalDate.of(2026, 11, 16);
    static final LocalDate W48 = LocalDate.of(2026, 11, 23);
    static final Instant READ_AT = at("2026-11-24T16:00");
    /** Asked as Wednesday to Tuesday: widened to whole weeks, Monday 16 to Sunday 29 November. */
    static final DashboardQuery PERIOD = new DashboardQuery(null, LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 24));

    final StaffMember sam = StaffMember.at("sam", FOUR_GREENS);
    final StaffMember kim = StaffMember.at("kim", JAN_CUTTING);
    final StaffIdentity admin = new StaffIdentity("ada", "Ada", StaffRole.ADMIN, Set.of());
    final StaffIdentity fourGreensLead = new StaffIdentity("lee", "Lee", StaffRole.HUB_LEAD, Set.of(FOUR_GREENS));
    final StaffIdentity fourGreensStaff = new StaffIdentity("sam", "Sam", StaffRole.STAFF, Set.of(FOUR_GREENS));

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

    UUID r1;

    @BeforeEach
    void makeTheFixture() {
        for (String table : List.of("callback_text", "callback_audit", "callback_attempt", "callback_note", "callback_request")) {
            jdbc.update("delete from " + table);
        }
        request(FOUR_GREENS, "2026-11-13T10:00", Channel.KIOSK, Category.ADVICE);
        r1 = request(FOUR_GREENS, "2026-11-16T09:00", Channel.KIOSK, Category.ADVICE);
        claim(r1, sam, "2026-11-16T09:55");
        attempt(r1, sam, AttemptOutcome.NO_ANSWER, "2026-11-16T10:00");
        attempt(r1, sam, AttemptOutcome.REACHED, "2026-11-16T11:00");
        complete(r1, sam, "2026-11-16T11:05");
        UUID r2 = request(FOUR_GREENS, "2026-11-16T12:00", Channel.SMS, null);
        claim(r2, sam, "2026-11-17T12:55");
        attempt(r2, sam, AttemptOutcome.NO_ANSWER, "2026-11-17T13:00");
        attempt(r2, sam, AttemptOutcome.VOICEMAIL_LEFT, "2026-11-17T14:00");
        attempt(r2, sam, AttemptOutcome.WRONG_NUMBER, "2026-11-17T15:00");
        UUID r3 = request(FOUR_GREENS, "2026-11-17T10:00", Channel.STAFF, Category.FOOD);
        clock.set(at("2026-11-17T10:05"));
        queue.markUrgent(r3, sam, true);
        claim(r3, sam, "2026-11-17T10:10");
        attempt(r3, sam, AttemptOutcome.REACHED, "2026-11-17T11:30");
        complete(r3, sam, "2026-11-17T11:40");
        UUID r4 = request(JAN_CUTTING, "2026-11-18T11:00", Channel.KIOSK, Category.MENTAL_HEALTH);
        claim(r4, kim, "2026-11-18T14:50");
        attempt(r4, kim, AttemptOutcome.REACHED, "2026-11-18T15:00");
        complete(r4, kim, "2026-11-18T15:10");
        request(FOUR_GREENS, "2026-11-23T09:30", Channel.KIOSK, Category.ADVICE);
        UUID r6 = request(FOUR_GREENS, "2026-11-24T10:00", Channel.SMS, Category.EMPLOYMENT_LEARNING);
        claim(r6, sam, "2026-11-24T11:00");
        attempt(r6, sam, AttemptOutcome.NO_ANSWER, "2026-11-24T12:00");
        UUID r7 = request(FOUR_GREENS, "2026-11-24T11:00", Channel.KIOSK, null);
        queue.markUrgent(r7, sam, true);
        request(FOUR_GREENS, "2026-11-24T15:00", Channel.KIOSK, Category.ADVICE);
        // 90 days and a minute after R1 closed: only R1 has been closed that long
        clock.set(at("2026-11-16T11:05").plus(java.time.Duration.ofDays(90)).plusSeconds(60));
        assertThat(retention.eraseExpired()).isEqualTo(1);
        clock.set(READ_AT);
    }

    @Test
    void countsEveryFigurePerHubAndWeekAsWorkedOutByHand() {
        DashboardFigures figures = dashboard.forPeriod(admin, PERIOD);

        assertThat(figures.query().from()).isEqualTo(W47);
        assertThat(figures.query().to()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(figures.hubs()).extracting(DashboardHub::id).containsExactly(FOUR_GREENS, JAN_CUTTING);
        assertThat(figures.rows()).extracting(HubWeek::isoWeek).containsExactly("2026-W47", "2026-W48", "2026-W47",
                "2026-W48");
        CallbackFigures fourGreens47 = row(figures, FOUR_GREENS, W47);
        assertThat(fourGreens47.requests()).isEqualTo(3);
        assertThat(fourGreens47.urgent()).isEqualTo(1);
        assertThat(List.of(fourGreens47.done(), fourGreens47.unableToContact(), fourGreens47.stillOpen()))
                .containsExactly(2, 1, 0);
        assertThat(fourGreens47.channels()).containsExactly(Map.entry(Channel.KIOSK, 1), Map.entry(Channel.SMS, 1),
                Map.entry(Channel.STAFF, 1));
        assertThat(fourGreens47.attempts()).containsExactly(Map.entry(AttemptOutcome.REACHED, 2),
                Map.entry(AttemptOutcome.NO_ANSWER, 2), Map.entry(AttemptOutcome.VOICEMAIL_LEFT, 1),
                Map.entry(AttemptOutcome.WRONG_NUMBER, 1), Map.entry(AttemptOutcome.DECLINED, 0));
        assertThat(fourGreens47.categories()).containsEntry(Category.ADVICE, 1).containsEntry(Category.FOOD, 1)
                .containsEntry(Category.MENTAL_HEALTH, 0);
        assertThat(fourGreens47.categoryNotGiven()).isEqualTo(1);
        assertThat(List.of(fourGreens47.contacted(), fourGreens47.targetDue(), fourGreens47.withinTarget()))
                .containsExactly(3, 3, 2);
        assertThat(fourGreens47.percentWithinTarget()).isCloseTo(66.667, within(0.01));
        assertThat(fourGreens47.medianHoursToFirstContact()).isCloseTo(1.5, within(1e-9));

        CallbackFigures fourGreens48 = row(figures, FOUR_GREENS, W48);
        assertThat(fourGreens48.requests()).isEqualTo(4);
        assertThat(fourGreens48.urgent()).isEqualTo(1);
        assertThat(List.of(fourGreens48.done(), fourGreens48.unableToContact(), fourGreens48.stillOpen()))
                .containsExactly(0, 0, 4);
        assertThat(fourGreens48.channels()).containsEntry(Channel.KIOSK, 3).containsEntry(Channel.SMS, 1)
                .containsEntry(Channel.STAFF, 0);
        assertThat(fourGreens48.attempts()).containsEntry(AttemptOutcome.NO_ANSWER, 1)
                .containsEntry(AttemptOutcome.REACHED, 0);
        assertThat(fourGreens48.categories()).containsEntry(Category.ADVICE, 2)
                .containsEntry(Category.EMPLOYMENT_LEARNING, 1);
        assertThat(fourGreens48.categoryNotGiven()).isEqualTo(1);
        // R8 is not due yet and not rung: neither met nor missed
        assertThat(List.of(fourGreens48.contacted(), fourGreens48.targetDue(), fourGreens48.withinTarget()))
                .containsExactly(1, 3, 1);
        assertThat(fourGreens48.medianHoursToFirstContact()).isCloseTo(2.0, within(1e-9));

        CallbackFigures jan47 = row(figures, JAN_CUTTING, W47);
        assertThat(List.of(jan47.requests(), jan47.done(), jan47.contacted(), jan47.targetDue(), jan47.withinTarget()))
                .containsExactly(1, 1, 1, 1, 1);
        assertThat(jan47.categories()).containsEntry(Category.MENTAL_HEALTH, 1);
        assertThat(jan47.percentWithinTarget()).isEqualTo(100.0);
        assertThat(jan47.medianHoursToFirstContact()).isCloseTo(4.0, within(1e-9));
        CallbackFigures jan48 = row(figures, JAN_CUTTING, W48);
        assertThat(jan48).isEqualTo(CallbackFigures.none());
        assertThat(jan48.percentWithinTarget()).isNull();
        assertThat(jan48.medianHoursToFirstContact()).isNull();

        CallbackFigures total = figures.total();
        assertThat(List.of(total.requests(), total.urgent(), total.done(), total.unableToContact(), total.stillOpen()))
                .containsExactly(8, 2, 3, 1, 4);
        assertThat(total.channels()).containsExactly(Map.entry(Channel.KIOSK, 5), Map.entry(Channel.SMS, 2),
                Map.entry(Channel.STAFF, 1));
        assertThat(total.categories()).containsEntry(Category.ADVICE, 3).containsEntry(Category.FOOD, 1)
                .containsEntry(Category.MENTAL_HEALTH, 1).containsEntry(Category.EMPLOYMENT_LEARNING, 1);
        assertThat(total.categoryNotGiven()).isEqualTo(2);
        assertThat(total.attemptsLogged()).isEqualTo(8);
        assertThat(List.of(total.contacted(), total.targetDue(), total.withinTarget())).containsExactly(5, 7, 4);
        // 1, 1.5, 2, 4, 25 hours
        assertThat(total.medianHoursToFirstContact()).isCloseTo(2.0, within(1e-9));
        assertThat(figures.weeks()).extracting(w -> w.requests()).containsExactly(4, 4);
        assertThat(figures.weeks().get(0).percentWithinTarget()).isCloseTo(75.0, within(1e-9));
        assertThat(figures.asOf()).isEqualTo(READ_AT);
    }

    @Test
    void countsRequestsWhosePersonalDetailsWereErased() {
        Map<String, Object> erased = jdbc.queryForMap("select first_name, phone, about_category, hub_id,"
                + " personal_data_erased_at from callback_request where id = ?", r1);
        assertThat(erased.get("phone")).isNull();
        assertThat(erased.get("personal_data_erased_at")).isNotNull();

        CallbackFigures fourGreens47 = row(dashboard.forPeriod(admin, PERIOD), FOUR_GREENS, W47);
        assertThat(fourGreens47.requests()).isEqualTo(3);
        assertThat(fourGreens47.channels().get(Channel.KIOSK)).isEqualTo(1);
        assertThat(fourGreens47.categories().get(Category.ADVICE)).isEqualTo(1);
        assertThat(fourGreens47.attempts().get(AttemptOutcome.REACHED)).isEqualTo(2);
    }

    @Test
    void hubLeadsSeeOnlyTheirOwnHubs() {
        DashboardFigures mine = dashboard.forPeriod(fourGreensLead, PERIOD);
        assertThat(mine.hubs()).extracting(DashboardHub::id).containsExactly(FOUR_GREENS);
        assertThat(mine.rows()).extracting(r -> r.hub().id()).containsOnly(FOUR_GREENS);
        assertThat(mine.total().requests()).isEqualTo(7);
        // 1, 1.5, 2, 25 hours
        assertThat(mine.total().medianHoursToFirstContact()).isCloseTo(1.75, within(1e-9));

        DashboardFigures notMine = dashboard.forPeriod(fourGreensLead, PERIOD.hub(JAN_CUTTING));
        assertThat(notMine.isEmpty()).isTrue();
        assertThat(notMine.rows()).isEmpty();
        assertThat(notMine.total()).isEqualTo(CallbackFigures.none());
        assertThat(dashboard.hubsFor(fourGreensLead)).containsExactly(new DashboardHub(FOUR_GREENS,
                "Four Greens Test Hub"));

        DashboardFigures janForAdmin = dashboard.forPeriod(admin, PERIOD.hub(JAN_CUTTING));
        assertThat(janForAdmin.hubs()).extracting(DashboardHub::id).containsExactly(JAN_CUTTING);
        assertThat(janForAdmin.total().requests()).isEqualTo(1);
        assertThat(dashboard.hubsFor(admin)).extracting(DashboardHub::id).containsExactly(FOUR_GREENS, JAN_CUTTING);
    }

    @Test
    void staffWhoAreNotLeadsGetNothing() {
        assertThatThrownBy(() -> dashboard.forPeriod(fourGreensStaff, PERIOD))
                .isInstanceOf(DashboardNotPermittedException.class).hasMessageContaining("'sam'");
        assertThatThrownBy(() -> dashboard.hubsFor(fourGreensStaff))
                .isInstanceOf(DashboardNotPermittedException.class);
        StaffIdentity leadWithoutHubs = new StaffIdentity("lou", "Lou", StaffRole.HUB_LEAD, Set.of());
        assertThat(dashboard.forPeriod(leadWithoutHubs, PERIOD).isEmpty()).isTrue();
    }

    @Test
    void anEmptyPeriodHasZerosForEveryHubAndWeek() {
        DashboardFigures figures = dashboard.forPeriod(admin,
                new DashboardQuery(null, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 18)));

        assertThat(figures.rows()).hasSize(4).extracting(HubWeek::figures).containsOnly(CallbackFigures.none());
        assertThat(figures.total()).isEqualTo(CallbackFigures.none());
        assertThat(dashboard.csv(figures).split("\r\n")).hasSize(5);
    }

    @Test
    void theDefaultIsTheLastEightWeeksThisOneIncluded() {
        DashboardQuery query = dashboard.defaultQuery();
        assertThat(query.from()).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(query.to()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(query.weekStarts()).hasSize(8);
        // R0 (13 November) is in it too
        assertThat(dashboard.forPeriod(admin, query).total().requests()).isEqualTo(9);
    }

    @Test
    void weeksFollowPlymouthClocksAcrossTheChangeToSummerTime() {
        // Sunday 29 March 2026, 11:30pm BST is 10:30pm UTC: still the week of Monday 23 March
        request(FOUR_GREENS, Instant.parse("2026-03-29T22:30:00Z"), Channel.KIOSK, null);
        // Monday 30 March, 00:30 BST is 23:30 UTC on the Sunday: the next week
        request(FOUR_GREENS, Instant.parse("2026-03-29T23:30:00Z"), Channel.KIOSK, null);
        clock.set(READ_AT);

        DashboardFigures figures = dashboard.forPeriod(fourGreensLead,
                new DashboardQuery(null, LocalDate.of(2026, 3, 23), LocalDate.of(2026, 4, 5)));
        assertThat(figures.rows()).extracting(r -> r.figures().requests()).containsExactly(1, 1);
    }

    @Test
    void exportsTheSameFiguresAsCsv() {
        DashboardFigures figures = dashboard.forPeriod(admin, PERIOD);

        String[] lines = dashboard.csv(figures).split("\r\n", -1);
        assertThat(lines).hasSize(6);
        assertThat(lines[0]).isEqualTo("hub_id,hub_name,iso_week,week_start,requests,urgent,channel_kiosk,channel_sms,"
                + "channel_staff,done,unable_to_contact,still_open,contacted,median_hours_to_first_contact,target_due,"
                + "first_contact_within_target,percent_within_target,attempts_reached,attempts_no_answer,"
                + "attempts_voicemail_left,attempts_wrong_number,attempts_declined,category_advice,"
                + "category_healthy_lifestyles,category_mental_health,category_long_term_conditions,"
                + "category_employment_learning,category_social_activities,category_food,"
                + "category_sport_physical_activity,category_not_given,crisis_requests,crisis_contacted,"
                + "crisis_median_hours_to_first_contact,crisis_target_due,crisis_first_contact_within_target,"
                + "crisis_percent_within_target");
        assertThat(lines[1]).isEqualTo("fixture-four-greens,Four Greens Test Hub,2026-W47,2026-11-16,3,1,1,1,1,2,1,0,"
                + "3,1.5,3,2,66.7,2,2,1,1,0,1,0,0,0,0,0,1,0,1,0,0,,0,0,");
        assertThat(lines[2]).isEqualTo("fixture-four-greens,Four Greens Test Hub,2026-W48,2026-11-23,4,1,3,1,0,0,0,4,"
                + "1,2.0,3,1,33.3,0,1,0,0,0,2,0,0,0,1,0,0,0,1,0,0,,0,0,");
        assertThat(lines[4]).isEqualTo("fixture-jan-cutting,Jan Cutting Test Centre,2026-W48,2026-11-23,0,0,0,0,0,0,"
                + "0,0,0,,0,0,,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,,0,0,");
        assertThat(lines[5]).isEmpty();
        assertThat(dashboard.csvFileName(figures)).isEqualTo("callbacks-all-hubs-2026-11-16-2026-11-29.csv");
        assertThat(dashboard.csvFileName(dashboard.forPeriod(admin, PERIOD.hub(FOUR_GREENS))))
                .isEqualTo("callbacks-fixture-four-greens-2026-11-16-2026-11-29.csv");
    }

    @Test
    void csvNeverLetsASpreadsheetRunAFormula() {
        // an admin may ask for any hub id; one not in the directory is shown by its id
        String evil = "=HYPERLINK(\"http://x\",\"click\"),1";
        String csv = dashboard.csv(dashboard.forPeriod(admin, PERIOD.hub(evil)));

        assertThat(csv.split("\r\n")[1]).startsWith("\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\"),1\","
                + "\"'=HYPERLINK(");
        for (String start : List.of("+1", "-2", "@SUM(A1)")) {
            assertThat(dashboard.csv(dashboard.forPeriod(admin, PERIOD.hub(start))).split("\r\n")[1])
                    .startsWith("'" + start + ",'" + start + ",");
        }
        assertThat(dashboard.csvFileName(dashboard.forPeriod(admin, PERIOD.hub(evil))))
                .matches("callbacks-[a-z0-9-]+-2026-11-16-2026-11-29\\.csv");
    }

    // ---- helpers ----

    static Instant at(String plymouthTime) {
        return LocalDateTime.parse(plymouthTime).atZone(SignpostingTestApplication.PLYMOUTH).toInstant();
    }

    static CallbackFigures row(DashboardFigures figures, String hubId, LocalDate week) {
        return figures.rows().stream().filter(r -> r.hub().id().equals(hubId) && r.weekStart().equals(week))
                .findFirst().orElseThrow().figures();
    }

    UUID request(String hubId, String when, Channel channel, @Nullable Category category) {
        return request(hubId, at(when), channel, category);
    }

    UUID request(String hubId, Instant when, Channel channel, @Nullable Category category) {
        clock.set(when);
        return queue.request(NewCallback.at(hubId, "07700 900123", channel).withFirstName("Pat")
                .withAbout(category, "About my rent").withConsent(true)).id();
    }

    void claim(UUID id, StaffMember staff, String when) {
        clock.set(at(when));
        queue.claim(id, staff);
    }

    void attempt(UUID id, StaffMember staff, AttemptOutcome outcome, String when) {
        clock.set(at(when));
        queue.logAttempt(id, staff, outcome, "rang");
    }

    void complete(UUID id, StaffMember staff, String when) {
        clock.set(at(when));
        queue.complete(id, staff, "sorted");
    }
}
