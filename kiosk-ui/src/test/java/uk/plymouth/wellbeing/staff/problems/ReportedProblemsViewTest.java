package uk.plymouth.wellbeing.staff.problems;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import uk.plymouth.wellbeing.signposting.callback.StaffMember;
import uk.plymouth.wellbeing.signposting.problems.ProblemAuditAction;
import uk.plymouth.wellbeing.signposting.problems.ProblemAuditRecord;
import uk.plymouth.wellbeing.signposting.problems.ProblemKind;
import uk.plymouth.wellbeing.signposting.problems.ProblemReportChanged;
import uk.plymouth.wellbeing.signposting.problems.ProblemReportChangedElsewhere;
import uk.plymouth.wellbeing.signposting.problems.ProblemReports;
import uk.plymouth.wellbeing.signposting.problems.ReportedProblem;
import uk.plymouth.wellbeing.signposting.problems.Reporter;
import uk.plymouth.wellbeing.signposting.problems.Resolution;
import uk.plymouth.wellbeing.signposting.staff.NewStaff;
import uk.plymouth.wellbeing.signposting.staff.StaffAccounts;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;
import uk.plymouth.wellbeing.staff.StaffKaribu;

/**
 * The reported problems screen as a member of staff at Four Greens sees it (Karibu-Testing over the real app, sharing
 * its context with {@code StaffUrgencyViewsTest}): their hub's open reports newest first, never another hub's, the
 * resident's words as text, "Fixed" and "Not a problem" with who and when kept, a plain empty state, and reports
 * kept or dealt with anywhere (this instance or another) showing without a reload.
 */
@SpringBootTest(properties = {"hub.staff.admin-username=admin", "hub.staff.admin-password=Plymouth-Hoe-Lighthouse-1",
        "hub.staff.bcrypt-strength=4"})
@ActiveProfiles("test")
class ReportedProblemsViewTest {

    static final String FOUR_GREENS = "four-greens";

    @Autowired
    ApplicationContext context;

    @Autowired
    ProblemReports reports;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    final String username = "problems-" + UUID.randomUUID().toString().substring(0, 6);
    final StaffMember staff = StaffMember.at(username, FOUR_GREENS);

    @BeforeEach
    void logIn() {
        jdbc.update("delete from problem_report_audit");
        jdbc.update("delete from problem_report");
        jdbc.update("delete from problem_report_refused");
        accounts.create("admin", new NewStaff(username, "Pat Roblem", StaffRole.STAFF, Set.of(FOUR_GREENS),
                "Smeatons-Tower-1759"));
        StaffKaribu.start(context, username, StaffRole.STAFF, ReportedProblemsView.class);
    }

    @AfterEach
    void logOut() {
        StaffKaribu.stop();
    }

    @Test
    void showsMyHubsOpenReportsNewestFirstWithTheirWordsAsText() {
        UUID older = report("fg-debt-advice", ProblemKind.CLOSED, "<b>shut</b> & boarded up", FOUR_GREENS);
        report("jc-peer-support", ProblemKind.OTHER, "another hub's", "jan-cutting");
        UUID newer = report("fg-housing-advice", ProblemKind.PHONE_NOT_WORKING, null, FOUR_GREENS);

        ReportedProblemsView view = open();

        List<ReportedProblem> rows = GridKt._findAll(view.grid);
        assertThat(rows).extracting(ReportedProblem::id).containsExactly(newer, older);
        List<String> olderRow = GridKt._getFormattedRow(view.grid, rows.indexOf(row(rows, older)));
        assertThat(olderRow.subList(1, 4)).containsExactly("Four Greens Wellbeing and Family Hub", "It has closed",
                "<b>shut</b> & boarded up");
        assertThat(olderRow.get(5)).isEqualTo("Kiosk");
        assertThat(view.count.getText()).isEqualTo("2 open reports");
        assertThat(view.empty.isVisible()).isFalse();
        assertThat(view.refused.isVisible()).isFalse();
        Anchor link = (Anchor) GridKt._getCellComponent(view.grid, rows.indexOf(row(rows, older)), "listing");
        assertThat(link.getText()).isEqualTo("Debt and money advice");
        assertThat(link.getHref()).isEqualTo("/service/fg-debt-advice");
        assertThat(reports.auditTrail(older, staff)).extracting(ProblemAuditRecord::actor,
                ProblemAuditRecord::action).contains(tuple(username, ProblemAuditAction.VIEWED));
    }

    @Test
    void fixedAndNotAProblemTakeAReportOffTheListSayingWhoDidIt() {
        UUID closed = report("fg-debt-advice", ProblemKind.CLOSED, null, FOUR_GREENS);
        UUID time = report("fg-housing-advice", ProblemKind.WRONG_TIME, null, FOUR_GREENS);
        ReportedProblemsView view = open();

        _click(button(view, closed, "Fixed"));

        assertThat(view.announcement.getText()).isEqualTo("Marked fixed: Debt and money advice at Four Greens"
                + " Wellbeing and Family Hub.");
        assertThat(GridKt._findAll(view.grid)).extracting(ReportedProblem::id).containsExactly(time);
        assertThat(jdbc.queryForMap("select status, resolved_by from problem_report where id = ?", closed))
                .containsEntry("status", "FIXED").containsEntry("resolved_by", username);

        ReportedProblem stale = row(GridKt._findAll(view.grid), time);
        reports.resolve(time, Resolution.FIXED, StaffMember.admin("someone-else"));
        view.resolve(stale, Resolution.DISMISSED);
        assertThat(view.announcement.getText()).isEqualTo("This report has already been dealt with by someone-else"
                + " (fixed).");

        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).isEqualTo(ReportedProblemsView.EMPTY);
        assertThat(view.count.getText()).isEqualTo("0 open reports");
    }

    @Test
    void aReportKeptOrDealtWithWhileTheScreenIsOpenShowsWithoutReloading() {
        ReportedProblemsView view = open();
        assertThat(view.empty.isVisible()).isTrue();

        UUID arrived = report("fg-debt-advice", ProblemKind.CLOSED, null, FOUR_GREENS);
        MockVaadin.clientRoundtrip();

        assertThat(GridKt._findAll(view.grid)).extracting(ReportedProblem::id).containsExactly(arrived);
        assertThat(view.announcement.getText()).isEqualTo("A new report came in for Four Greens Wellbeing and Family"
                + " Hub.");

        // dealt with on another instance: its notice arrives as an event of its own, outside any transaction
        jdbc.update("update problem_report set status = 'FIXED', resolved_by = 'elsewhere', resolved_at = now()"
                + " where id = ?", arrived);
        context.publishEvent(new ProblemReportChangedElsewhere(new ProblemReportChanged(arrived, FOUR_GREENS,
                Resolution.FIXED)));
        MockVaadin.clientRoundtrip();

        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.count.getText()).isEqualTo("0 open reports");
    }

    @Test
    void saysHowManyReportsTheLimitsDidNotKeepToday() {
        for (int i = 0; i < 6; i++) {
            reports.report("fg-debt-advice", ProblemKind.CLOSED, null, Reporter.atKiosk("10.9.9." + i), FOUR_GREENS);
        }

        ReportedProblemsView view = open();
        assertThat(view.refused.isVisible()).isTrue();
        assertThat(view.refused.getText()).isEqualTo("1 more report today was not kept: too many came from one"
                + " place or about one listing within the hour.");
    }

    private UUID report(String itemId, ProblemKind kind, String note, String hubId) {
        return reports.report(itemId, kind, note, Reporter.atKiosk("10.1.1." + UUID.randomUUID()), hubId).id();
    }

    private static ReportedProblemsView open() {
        UI.getCurrent().navigate(ReportedProblemsView.class);
        return _get(ReportedProblemsView.class);
    }

    private static ReportedProblem row(List<ReportedProblem> rows, UUID id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static Button button(ReportedProblemsView view, UUID id, String text) {
        List<ReportedProblem> rows = GridKt._findAll(view.grid);
        Div actions = (Div) GridKt._getCellComponent(view.grid, rows.indexOf(row(rows, id)), "actions");
        return actions.getChildren().map(Button.class::cast).filter(b -> b.getText().equals(text)).findFirst()
                .orElseThrow();
    }
}
