package uk.plymouth.wellbeing.staff.surveys;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.plymouth.wellbeing.HubApplication;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;
import uk.plymouth.wellbeing.signposting.staff.NewStaff;
import uk.plymouth.wellbeing.signposting.staff.StaffAccounts;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;
import uk.plymouth.wellbeing.signposting.survey.Answer;
import uk.plymouth.wellbeing.signposting.survey.NewSurveyResponse;
import uk.plymouth.wellbeing.signposting.survey.SurveyChannel;
import uk.plymouth.wellbeing.signposting.survey.SurveyResponses;
import uk.plymouth.wellbeing.signposting.survey.SurveyTestConfiguration;
import uk.plymouth.wellbeing.signposting.survey.report.SurveyFigures;
import uk.plymouth.wellbeing.signposting.testsupport.MutableClock;
import uk.plymouth.wellbeing.staff.RunningStaffApp;
import uk.plymouth.wellbeing.staff.StaffKaribu;
import uk.plymouth.wellbeing.staff.StaffSession;
import uk.plymouth.wellbeing.staff.TestStaff;

/**
 * The survey report as staff see it, without a browser (Karibu-Testing), over the whole app: responses recorded
 * through the real {@link SurveyResponses} into the real H2 database in June 2026 (British Summer Time), read back by
 * the real report, and the screen's numbers checked against the CSV's.
 * <pre>
 * Four Greens  2 Jun kiosk  SWEMWBS raw 21 -> 19.25   resident R (before)
 * Four Greens  5 Jun text   SWEMWBS raw 24 -> 21.54
 * Four Greens 10 Jun kiosk  SWEMWBS raw 28 -> 25.03   resident R (after): change +5.78
 * Four Greens 12 Jun kiosk  ONS4 8, 9, 4, 6
 * Four Greens 14 Jun kiosk  resident satisfaction Yes, Very welcome, Good, Yes, a comment
 * Jan Cutting 11 Jun kiosk  SWEMWBS raw 30 -> 27.03   (another hub: never in Four Greens' report)
 * </pre>
 * Four Greens' mean is (19.25 + 21.54 + 25.03) / 3 = 21.94, 1.76 below England's men (23.7).
 */
@RunningStaffApp
class SurveyReportViewTest {

    static final String FOUR_GREENS = "four-greens";
    static final String FOUR_GREENS_NAME = "Four Greens Wellbeing and Family Hub";
    static final String CENTRAL_LIBRARY = "central-library";
    static final LocalDate FIRST = LocalDate.of(2026, 6, 1);
    static final LocalDate LAST = LocalDate.of(2026, 6, 30);
    static final PhoneNumber RESIDENT = new PhoneNumber("+447700900931");
    static final String COMMENT = "=Lovely staff, thank you";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    SurveyResponses responses;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void recordJuneOnce() {
        Integer june = jdbc.queryForObject("select count(*) from survey_response where answered_at >= ? and"
                + " answered_at < ?", Integer.class, java.sql.Timestamp.from(at("2026-06-01T00:00")),
                java.sql.Timestamp.from(at("2026-07-01T00:00")));
        if (june != null && june > 0) {
            return;
        }
        Instant before = clock.instant();
        try {
            swemwbs("2026-06-02T10:00", FOUR_GREENS, SurveyChannel.KIOSK, 21, RESIDENT);
            swemwbs("2026-06-05T10:00", FOUR_GREENS, SurveyChannel.SMS, 24, null);
            swemwbs("2026-06-10T10:00", FOUR_GREENS, SurveyChannel.KIOSK, 28, RESIDENT);
            swemwbs("2026-06-11T10:00", "jan-cutting", SurveyChannel.KIOSK, 30, null);
            clock.set(at("2026-06-12T10:00"));
            responses.record(new NewSurveyResponse("ons4", 1, FOUR_GREENS, SurveyChannel.KIOSK, "en", List.of(
                    Answer.number("life-satisfaction", 8), Answer.number("worthwhile", 9),
                    Answer.number("happiness", 4), Answer.number("anxiety", 6)), null, null));
            clock.set(at("2026-06-14T10:00"));
            responses.record(new NewSurveyResponse("resident-satisfaction", 1, FOUR_GREENS, SurveyChannel.KIOSK,
                    "en", List.of(Answer.number("found-help", 1), Answer.number("welcome", 4),
                            Answer.number("overall", 4), Answer.number("recommend", 1),
                            Answer.words("comment", COMMENT)), null, null));
        } finally {
            clock.set(before);
        }
    }

    @AfterEach
    void tearDown() {
        StaffKaribu.stop();
    }

    @Test
    void showsAHubsStaffTheSameNumbersAsTheCsv() {
        SurveyReportView view = openJuneAs(TestStaff.create(accounts, StaffRole.STAFF));
        Map<String, String> csv = csv(view.csvText());

        // only Four Greens: 3 SWEMWBS, 1 ONS4, 1 satisfaction; Jan Cutting's response is not counted
        assertThat(csv).containsEntry("report/responses", "5").containsEntry("swemwbs/mean_metric", "21.94")
                .containsEntry("swemwbs/difference_from_men", "-1.76").containsEntry("swemwbs/pairs", "1")
                .containsEntry("swemwbs/mean_change", "5.78")
                .containsEntry("swemwbs/improved_meaningfully_percent", "100.0");
        assertThat(view.summary.getText()).isEqualTo(csv.get("report/responses") + " responses from 1 June 2026 to"
                + " 30 June 2026, at " + FOUR_GREENS_NAME + ".");
        assertThat(text(view, "swemwbs-mean")).contains("The mean metric score is " + csv.get("swemwbs/mean_metric")
                + " from " + csv.get("swemwbs/responses") + " responses (standard deviation " + csv.get("swemwbs/sd")
                + ")", "between " + csv.get("swemwbs/ci95_low") + " and " + csv.get("swemwbs/ci95_high"),
                "Student's t of " + csv.get("swemwbs/ci95_critical_value"));
        assertThat(text(view, "swemwbs-england")).contains(
                csv.get("swemwbs/difference_from_men").substring(1) + " below men's",
                csv.get("swemwbs/difference_from_women").substring(1) + " below women's", "not clearly different");
        assertThat(text(view, "swemwbs-pairs")).contains(csv.get("swemwbs/pairs") + " resident answered twice",
                "The mean change is " + csv.get("swemwbs/mean_change") + " points",
                csv.get("swemwbs/improved_meaningfully") + " of 1 (" + csv.get("swemwbs/improved_meaningfully_percent")
                        + "%) improved");
        assertThat(text(view, "swemwbs-few-pairs")).startsWith("Warning: only 1 before and after pair.")
                .contains("fewer than 30 pairs");
        assertThat(text(view, "survey-positive")).contains("Positive answers: " + csv.get(
                "resident-satisfaction/recommend.positive") + " of 1 (" + csv.get(
                "resident-satisfaction/recommend.positive_percent") + "%)");
        assertThat(charts(view)).anySatisfy(svg -> assertThat(svg).contains(
                "Overall, how happy did you feel yesterday?",
                "Low (0 to 4): " + csv.get("ons4/happiness.band.low") + "."));
        assertThat(charts(view)).anySatisfy(svg -> assertThat(svg).contains("SWEMWBS metric scores",
                "21: " + csv.get("swemwbs/score.21") + ".", "25: " + csv.get("swemwbs/score.25") + "."));
        assertThat(csv).containsEntry("swemwbs/score.25", "1").containsEntry("ons4/happiness.band.low", "1");
        responsesTableAgreesWith(view, csv);
        assertThat(text(view, "survey-comments-note")).contains("Shown to staff only", "erased 365 days");
        assertThat(view.content.getElement().getTextRecursively()).contains(COMMENT);
        assertThat(view.csvText()).contains("resident-satisfaction.comment.2026-06-14.kiosk,\"'" + COMMENT + "\"");
        assertThat(view.csv.getHref()).isNotBlank();
    }

    @Test
    void showsStaffOfAnotherHubNoResponses() {
        String librarian = TestStaff.newUsername("librarian");
        accounts.create(TestStaff.ADMIN, new NewStaff(librarian, "Test " + librarian, StaffRole.STAFF,
                Set.of(CENTRAL_LIBRARY), TestStaff.PASSWORD));

        SurveyReportView view = openJuneAs(librarian);

        assertThat(view.hub.getListDataView().getItems()).containsExactly(SurveyReportView.ALL_MY_HUBS,
                CENTRAL_LIBRARY);
        SurveyFigures figures = view.figures();
        assertThat(figures).isNotNull();
        assertThat(figures.total()).isZero();
        assertThat(figures.comments()).isEmpty();
        assertThat(_find(view.content, Paragraph.class)).extracting(Paragraph::getText)
                .containsExactly("No responses in this period.");
        assertThat(_find(view.content, Html.class)).isEmpty();
        assertThat(csv(view.csvText())).containsEntry("report/responses", "0")
                .containsEntry("swemwbs/responses", "0")
                .containsEntry("swemwbs/mean_metric", "");
        assertThat(view.csvText()).doesNotContain(COMMENT);
    }

    @Test
    void showsAnAdminEveryHub() {
        SurveyReportView view = openJuneAs(TestStaff.create(accounts, StaffRole.ADMIN), StaffRole.ADMIN);

        assertThat(view.hub.getItemLabelGenerator().apply(view.hub.getValue())).isEqualTo("All hubs");
        assertThat(view.hub.getListDataView().getItems()).contains(FOUR_GREENS, "jan-cutting", CENTRAL_LIBRARY);
        // Four Greens' 5 and Jan Cutting's SWEMWBS response
        assertThat(csv(view.csvText())).containsEntry("report/responses", "6").containsEntry("swemwbs/responses", "4");
        assertThat(view.summary.getText()).isEqualTo("6 responses from 1 June 2026 to 30 June 2026, at all hubs.");
    }

    @Test
    void sendsStrangersToTheLogin() {
        HttpResponse<String> response = new StaffSession(port).get("/staff/surveys");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(StaffSession.location(response)).isEqualTo(StaffSession.LOGIN);
    }

    @Test
    void explainsALastDayBeforeTheFirst() {
        SurveyReportView view = openJuneAs(TestStaff.create(accounts, StaffRole.STAFF));

        view.period.to.setValue(LocalDate.of(2026, 5, 1));

        assertThat(view.problem.isVisible()).isTrue();
        assertThat(view.problem.getText()).startsWith("The last day is before the first day");
        view.period.to.setValue(LAST);
        assertThat(view.problem.isVisible()).isFalse();
    }

    private void responsesTableAgreesWith(SurveyReportView view, Map<String, String> csv) {
        @SuppressWarnings("unchecked")
        Grid<Object> table = _get(view.content, Grid.class);
        Map<String, String> shown = new LinkedHashMap<>();
        for (int row = 0; row < GridKt._size(table); row++) {
            List<String> cells = GridKt._getFormattedRow(table, row);
            shown.put(cells.get(0) + " / " + cells.get(1), cells.get(2));
        }
        assertThat(shown).containsExactly(
                Map.entry("ONS4 personal wellbeing / Kiosk", csv.get("responses/ons4.kiosk")),
                Map.entry("Resident satisfaction / Kiosk", csv.get("responses/resident-satisfaction.kiosk")),
                Map.entry("SWEMWBS (wellbeing) / Kiosk", csv.get("responses/swemwbs.kiosk")),
                Map.entry("SWEMWBS (wellbeing) / Text message", csv.get("responses/swemwbs.sms")));
        assertThat(csv.get("responses/swemwbs.kiosk")).isEqualTo("2");
    }

    private SurveyReportView openJuneAs(String username) {
        return openJuneAs(username, StaffRole.STAFF);
    }

    private SurveyReportView openJuneAs(String username, StaffRole role) {
        StaffKaribu.start(context, username, role, SurveyReportView.class);
        UI.getCurrent().navigate(SurveyReportView.class);
        SurveyReportView view = _get(SurveyReportView.class);
        view.period.from.setValue(FIRST);
        view.period.to.setValue(LAST);
        return view;
    }

    /** "section/measure" to value, for the report-wide rows (comments left out). */
    private static Map<String, String> csv(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : text.split("\r\n")) {
            String[] cells = line.split(",", -1);
            if (cells.length == 4 && !cells[0].equals("comment")) {
                values.put(cells[0] + "/" + cells[2], cells[3]);
            }
        }
        return values;
    }

    /** The words of the report's paragraphs with that class, one a line. */
    private static String text(SurveyReportView view, String className) {
        List<Component> found = view.content.getChildren()
                .filter(c -> c.getElement().getClassList().contains(className)).toList();
        assertThat(found).as(className).isNotEmpty();
        return String.join("\n", found.stream().map(c -> c.getElement().getTextRecursively()).toList());
    }

    private static List<String> charts(SurveyReportView view) {
        return _find(view.content, Html.class).stream().map(Html::getInnerHtml).toList();
    }

    private void swemwbs(String when, String hub, SurveyChannel channel, int raw, @Nullable PhoneNumber phone) {
        clock.set(at(when));
        responses.record(new NewSurveyResponse("swemwbs", 1, hub, channel, "en", SurveyTestConfiguration.swemwbs(raw),
                phone, null));
    }

    private static Instant at(String plymouthTime) {
        return LocalDateTime.parse(plymouthTime).atZone(HubApplication.PLYMOUTH).toInstant();
    }
}
