package uk.plymouth.wellbeing.staff.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.UUID;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.ActiveProfiles;
import uk.plymouth.wellbeing.HubApplication;
import uk.plymouth.wellbeing.signposting.callback.AttemptOutcome;
import uk.plymouth.wellbeing.signposting.callback.CallbackQueue;
import uk.plymouth.wellbeing.signposting.callback.Channel;
import uk.plymouth.wellbeing.signposting.callback.NewCallback;
import uk.plymouth.wellbeing.signposting.callback.StaffMember;
import uk.plymouth.wellbeing.signposting.callback.report.DashboardFigures;
import uk.plymouth.wellbeing.signposting.callback.report.DashboardHub;
import uk.plymouth.wellbeing.signposting.callback.report.FirstContact;
import uk.plymouth.wellbeing.signposting.callback.report.HubWeek;
import uk.plymouth.wellbeing.signposting.crisis.CrisisKind;
import uk.plymouth.wellbeing.signposting.problems.ProblemKind;
import uk.plymouth.wellbeing.signposting.problems.ProblemReports;
import uk.plymouth.wellbeing.signposting.problems.Reporter;
import uk.plymouth.wellbeing.signposting.staff.NewStaff;
import uk.plymouth.wellbeing.signposting.staff.StaffAccounts;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;

/**
 * The dashboard as a hub lead and an admin see it, without a browser (Karibu-Testing), over the real app and its
 * bundled content, logged in through Spring Security's context as the login form would leave it. The clock stands at
 * Tuesday 24 November 2026, 10:00 in Plymouth.
 */
@SpringBootTest(properties = {"hub.staff.admin-username=dash-admin",
    "hub.staff.admin-password=Granite-Harbour-Lantern-42"})
@ActiveProfiles("test")
class DashboardViewTest {

    static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 24, 10, 0, 0, 0, HubApplication.PLYMOUTH);
    static final String LEAD = "dash-lead";

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW.toInstant(), HubApplication.PLYMOUTH);
        }
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    CallbackQueue queue;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProblemReports problems;

    @BeforeEach
    void setUp() {
        if (accounts.forLogin(LEAD).isEmpty()) {
            accounts.create("dash-admin", new NewStaff(LEAD, "Lee Lead", StaffRole.HUB_LEAD, Set.of("four-greens"),
                    "Velvet-Quarry-Mango-77"));
        }
        for (String table : java.util.List.of("callback_text", "callback_audit", "callback_attempt", "callback_note",
                "callback_request")) {
            jdbc.update("delete from " + table);
        }
        queue.request(NewCallback.at("four-greens", "07700 900123", Channel.KIOSK).withConsent(true));
        queue.request(NewCallback.at("jan-cutting", "07700 900124", Channel.SMS).withConsent(true));
        // the login view too, where Vaadin's access control sends anyone it turns away
        Routes routes = new Routes().autoDiscoverViews("uk.plymouth.wellbeing.staff");
        routes.getRoutes().add(DashboardView.class);
        Function0<UI> uiFactory = MockedUI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    @Test
    void showsAnAdminEveryHub() {
        DashboardView view = openAs("dash-admin", "ADMIN");

        assertThat(view.hub.getListDataView().getItems().map(DashboardHub::name))
                .startsWith("All my hubs").hasSize(10);
        DashboardFigures figures = view.figures();
        assertThat(figures).isNotNull();
        assertThat(figures.total().requests()).isEqualTo(2);
        assertThat(figures.query().from()).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(view.hubWeekTable.getGenericDataView().getItems().count()).isEqualTo(9 * 8);
        assertThat(view.weekTable.getGenericDataView().getItems().count()).isEqualTo(8);
        assertThat(_find(view.charts, Html.class)).hasSize(6)
                .allSatisfy(chart -> assertThat(chart.getInnerHtml()).contains("role=\"img\"", "<title", "<desc"));
        assertThat(summaryText(view)).contains("Requests", "2", "Still open");
        assertThat(view.csv.getHref()).isNotBlank();
    }

    @Test
    void showsAHubLeadOnlyTheirHub() {
        DashboardView view = openAs(LEAD, "HUB_LEAD");

        assertThat(view.hub.getListDataView().getItems().map(DashboardHub::id)).containsExactly("", "four-greens");
        assertThat(view.figures().total().requests()).isEqualTo(1);
        assertThat(view.hubWeekTable.getGenericDataView().getItems().map(HubWeek::hub).map(DashboardHub::id))
                .hasSize(8).containsOnly("four-greens");
        assertThat(_find(view.charts, Html.class).get(0).getInnerHtml()).contains("Requests per week", "1");
    }

    @Test
    void refreshesForAnotherHubOrPeriodAndExplainsABadPeriod() {
        DashboardView view = openAs("dash-admin", "ADMIN");

        view.hub.setValue(view.hub.getListDataView().getItems().filter(h -> h.id().equals("jan-cutting"))
                .findFirst().orElseThrow());
        assertThat(view.figures().hubs()).extracting(DashboardHub::id).containsExactly("jan-cutting");
        assertThat(view.figures().total().requests()).isEqualTo(1);

        view.period.to.setValue(LocalDate.of(2026, 1, 1));
        assertThat(view.problem.isVisible()).isTrue();
        assertThat(view.problem.getText()).startsWith("Period: the period ends");
        view.period.to.setValue(LocalDate.of(2026, 11, 24));
        assertThat(view.problem.isVisible()).isFalse();
    }

    @Test
    void showsTimeToFirstContactForCrisisRequestsOnTheirOwnAndHowItIsCounted() {
        UUID crisis = queue.request(NewCallback.at("four-greens", "07700 900125", Channel.KIOSK).withConsent(true)
                .withCrisis(CrisisKind.SUICIDE)).id();
        StaffMember sam = StaffMember.at("sam", "four-greens");
        queue.claim(crisis, sam);
        queue.logAttempt(crisis, sam, AttemptOutcome.REACHED, null);

        DashboardView view = openAs("dash-admin", "ADMIN");

        assertThat(view.figures().total().crisis()).isEqualTo(new FirstContact(1, 1, 1, 1, 0.0));
        assertThat(view.crisis.cards.getElement().getTextRecursively()).contains("Crisis requests1",
                "Median time to first call0.0 h", "First call within target100.0%1 of 1 due or rung so far");
        assertThat(view.crisis.howCounted.getText()).startsWith("How these are counted: the requests the system made"
                + " urgent because what the resident typed at a kiosk or texted may be about a crisis");
        assertThat(view.hubWeekTable.getColumns()).extracting(column -> column.getHeaderText())
                .contains("Crisis requests", "Crisis median to first call", "Crisis within target");
        assertThat(summaryText(view)).contains("Urgent", "marked urgent by staff, or for crisis words");
    }

    @Test
    void countsOpenReportedProblemsAtAHubLeadsHubsOnly() {
        reportProblems();
        assertThat(openAs(LEAD, "HUB_LEAD").openReports.counts.getText()).isEqualTo("2 open reports that a listing"
                + " is wrong. Four Greens Wellbeing and Family Hub: 2.");
    }

    @Test
    void countsOpenReportedProblemsAtEveryHubForAnAdminAndSaysWhenThereAreNone() {
        reportProblems();
        assertThat(openAs("dash-admin", "ADMIN").openReports.counts.getText()).isEqualTo("3 open reports that a"
                + " listing is wrong. Four Greens Wellbeing and Family Hub: 2; Jan Cutting Healthy Living Centre: 1.");
        OpenReports none = new OpenReports();
        none.show(java.util.Map.of(), java.util.List.of(new DashboardHub("four-greens", "Four Greens")));
        assertThat(none.counts.getText()).isEqualTo("No open reports that a listing is wrong.");
    }

    private void reportProblems() {
        jdbc.update("delete from problem_report_audit");
        jdbc.update("delete from problem_report");
        problems.report("fg-debt-advice", ProblemKind.CLOSED, null, Reporter.staff("dash-test"), "four-greens");
        problems.report("fg-housing-advice", ProblemKind.OTHER, null, Reporter.staff("dash-test"), "four-greens");
        problems.report("jc-peer-support", ProblemKind.OTHER, null, Reporter.staff("dash-test"), "jan-cutting");
    }

    private DashboardView openAs(String username, String role) {
        UserDetails user = User.withUsername(username).password("unused").roles(role).build();
        UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(user,
                null, user.getAuthorities());
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(authentication);
        SecurityContextHolder.setContext(security);
        VaadinServletRequest request = (VaadinServletRequest) VaadinServletRequest.getCurrent();
        request.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, security);
        ServletRequest unwrapped = request;
        while (unwrapped instanceof ServletRequestWrapper wrapper) {
            unwrapped = wrapper.getRequest();
        }
        FakeRequest fake = (FakeRequest) unwrapped;
        fake.setUserPrincipalInt(authentication);
        fake.setUserInRole((principal, wanted) -> role.equals(wanted));
        UI.getCurrent().navigate(DashboardView.class);
        return _get(DashboardView.class);
    }

    private static String summaryText(DashboardView view) {
        return view.summary.getElement().getTextRecursively();
    }
}
