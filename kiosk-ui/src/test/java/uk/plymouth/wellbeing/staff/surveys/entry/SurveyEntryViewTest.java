package uk.plymouth.wellbeing.staff.surveys.entry;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.plymouth.wellbeing.signposting.staff.StaffAccounts;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;
import uk.plymouth.wellbeing.signposting.survey.Survey;
import uk.plymouth.wellbeing.staff.StaffKaribu;
import uk.plymouth.wellbeing.staff.TestStaff;

/**
 * Entering a paper or phone survey as staff would (Karibu-Testing), over the real app, its H2 database and the real
 * {@code SurveyResponses}: the bundled surveys, plus a "mood" survey with an older kept version
 * ({@link PaperFormSurveys}), as the bundled content has none.
 */
@SpringBootTest(properties = {
        "hub.staff.admin-username=" + TestStaff.ADMIN,
        "hub.staff.admin-password=" + TestStaff.ADMIN_PASSWORD,
        "hub.staff.bcrypt-strength=4"})
@ActiveProfiles("test")
class SurveyEntryViewTest {

    static final Path CONTENT = folder();

    @DynamicPropertySource
    static void surveys(DynamicPropertyRegistry registry) {
        String location = PaperFormSurveys.write(CONTENT);
        registry.add("hub.surveys.location", () -> location);
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    String username;
    SurveyEntryView view;

    @AfterEach
    void tearDown() {
        StaffKaribu.stop();
    }

    private void open(StaffRole role) {
        username = role == StaffRole.ADMIN ? TestStaff.ADMIN : TestStaff.create(accounts, role);
        StaffKaribu.start(context, username, role, SurveyEntryView.class);
        UI.getCurrent().navigate(SurveyEntryView.class);
        view = _get(SurveyEntryView.class);
    }

    private void choose(String surveyId) {
        Survey survey = view.survey.getListDataView().getItems().filter(s -> s.id().equals(surveyId)).findFirst()
                .orElseThrow();
        _setValue(view.survey, survey);
    }

    private void answer(int number, int value) {
        _setValue(Objects.requireNonNull(view.fields.get(number - 1).choices), value);
    }

    private List<Map<String, Object>> stored() {
        return jdbc.queryForList("select survey_id, version, hub_id, channel, entered_by, raw_score, metric_score,"
                + " id from survey_response where entered_by = ?", username);
    }

    @Test
    void aFullSwemwbsPaperFormIsStoredAsStaffAssistedWithItsMetricScore() {
        open(StaffRole.STAFF);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel, SideNavItem::getPath)
                .contains(tuple("Enter a survey", "staff/surveys/enter"));
        assertThat(view.hub.getValue()).as("the one hub they work for is chosen for them").isEqualTo("four-greens");
        choose("swemwbs");
        assertThat(view.version.getValue().version()).isEqualTo(1);
        assertThat(view.version.isReadOnly()).as("SWEMWBS has one version").isTrue();
        assertThat(view.fields).hasSize(7);
        for (int number = 1; number <= 7; number++) {
            answer(number, 3);
        }

        _click(view.save);

        List<Map<String, Object>> rows = stored();
        assertThat(rows).hasSize(1);
        Map<String, Object> row = rows.get(0);
        assertThat(row).containsEntry("survey_id", "swemwbs").containsEntry("version", 1)
                .containsEntry("hub_id", "four-greens").containsEntry("channel", "STAFF_ASSISTED")
                .containsEntry("entered_by", username).containsEntry("raw_score", 21);
        // Published conversion (Swemwbs table): raw 21 is metric 19.25 (raw 22 would be 19.98)
        assertThat((BigDecimal) row.get("metric_score")).isEqualByComparingTo("19.25");
        assertThat(jdbc.queryForObject("select count(*) from survey_answer where response_id = ?", Integer.class,
                row.get("id"))).isEqualTo(7);
        assertThat(view.saved.isVisible()).isTrue();
        assertThat(view.form.isVisible()).isFalse();
        assertThat(view.saved.score.getText()).isEqualTo("Score: 19.25 (raw score 21)");
        assertThat(view.saved.what.getText()).contains("staff-assisted", "(paper form)", "version 1",
                "Four Greens");
        assertThat(view.saved.result.getText()).contains("Your score is 19.25 out of 35");
        assertThat(view.saved.attribution.getText()).contains("SWEMWBS");
    }

    @Test
    void enterAnotherClearsTheAnswersAndKeepsTheSurveyAndHub() {
        open(StaffRole.STAFF);
        choose("swemwbs");
        for (int number = 1; number <= 7; number++) {
            answer(number, 4);
        }
        _click(view.save);

        _click(view.saved.another);

        assertThat(view.saved.isVisible()).isFalse();
        assertThat(view.form.isVisible()).isTrue();
        assertThat(view.fields).allSatisfy(field -> assertThat(field.typed()).isEmpty());
        assertThat(view.survey.getValue().id()).isEqualTo("swemwbs");
        assertThat(view.hub.getValue()).isEqualTo("four-greens");
        assertThat(stored()).hasSize(1);
    }

    @Test
    void anOlderKeptVersionCanBeEnteredFromAnOldPaperForm() {
        open(StaffRole.STAFF);
        choose("mood");
        assertThat(view.version.getListDataView().getItems().map(Survey::version).toList()).containsExactly(2, 1);
        assertThat(view.version.getValue().version()).as("the current version by default").isEqualTo(2);
        assertThat(view.fields).hasSize(3);

        _setValue(view.version, view.version.getListDataView().getItems().filter(s -> s.version() == 1)
                .findFirst().orElseThrow());
        _setValue(view.taken, HowTaken.PHONE);
        assertThat(view.fields).extracting(field -> field.question.text())
                .containsExactly("How calm have you felt?", "How worried have you felt?");
        answer(1, 4);
        answer(2, 2);
        _click(view.save);

        List<Map<String, Object>> rows = stored();
        assertThat(rows).hasSize(1);
        // calm 4, worried 2 turned round (reversed) to 4
        assertThat(rows.get(0)).containsEntry("survey_id", "mood").containsEntry("version", 1)
                .containsEntry("channel", "STAFF_ASSISTED").containsEntry("raw_score", 8);
        assertThat(view.saved.what.getText()).contains("(by phone)", "version 1");
    }

    @Test
    void aMissingRequiredAnswerIsShownAtTheTopAndByTheQuestionAndNothingTypedIsLost() {
        open(StaffRole.STAFF);
        choose("mood");
        answer(2, 5);
        _setValue(Objects.requireNonNull(view.fields.get(2).words), "Kind staff");
        assertThat(view.fields.get(2).words.getHelperText()).isEqualTo("You have 10 characters left (of 20)");

        _click(view.save);

        assertThat(stored()).isEmpty();
        assertThat(view.errors.isVisible()).isTrue();
        assertThat(view.errors.texts()).containsExactly("Question 1: Choose an answer");
        assertThat(view.fields.get(0).problem()).isEqualTo("Choose an answer");
        assertThat(view.fields.get(1).problem()).isNull();
        assertThat(view.fields.get(1).typed()).isEqualTo("5");
        assertThat(view.fields.get(2).typed()).isEqualTo("Kind staff");
        assertThat(view.form.isVisible()).isTrue();

        answer(1, 2);
        _click(view.save);

        assertThat(stored()).hasSize(1);
        assertThat(view.errors.isVisible()).isFalse();
        assertThat(jdbc.queryForObject("select text from survey_answer where response_id = ? and question_id ="
                + " 'comment'", String.class, stored().get(0).get("id"))).isEqualTo("Kind staff");
    }

    @Test
    void aTooLongCommentIsNamedAndKept() {
        open(StaffRole.STAFF);
        choose("mood");
        answer(1, 3);
        answer(2, 3);
        String tooLong = "Twenty-two characters!";
        _setValue(Objects.requireNonNull(view.fields.get(2).words), tooLong);
        assertThat(view.fields.get(2).words.getHelperText()).isEqualTo("You have 2 characters too many");

        _click(view.save);

        assertThat(stored()).isEmpty();
        assertThat(view.errors.texts()).containsExactly(
                "Question 3: Please keep your answer to 20 characters or fewer (yours has 22)");
        assertThat(view.fields.get(2).typed()).isEqualTo(tooLong);
    }

    @Test
    void staffCanPickOnlyTheirOwnHubsAndAdminsAnyHub() {
        open(StaffRole.STAFF);
        assertThat(view.hub.getListDataView().getItems().toList()).containsExactly("four-greens");
        choose("mood");
        answer(1, 3);
        answer(2, 3);
        view.hub.setValue("central-library");

        _click(view.save);

        assertThat(stored()).isEmpty();
        assertThat(view.errors.texts()).containsExactly("You can only enter responses for the hubs you work for");
        assertThat(view.hub.isInvalid()).isTrue();
        StaffKaribu.stop();

        open(StaffRole.ADMIN);
        assertThat(view.hub.getListDataView().getItems().toList()).contains("four-greens", "central-library");
        assertThat(view.hub.getValue()).as("admins choose").isNull();
    }

    private static Path folder() {
        try {
            return Files.createTempDirectory("survey-entry-content");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anOldPaperFormIsDatedTheDayItWasAnsweredAndNeverAhead() {
        open(StaffRole.STAFF);
        choose("swemwbs");
        for (int number = 1; number <= 7; number++) {
            answer(number, 4);
        }
        java.time.ZoneId plymouth = java.time.ZoneId.of("Europe/London");
        java.time.LocalDate today = java.time.LocalDate.now(plymouth);
        _setValue(view.answeredOn, today.plusDays(1));
        _click(view.save);
        assertThat(stored()).isEmpty();
        assertThat(view.answeredOn.isInvalid()).isTrue();
        assertThat(view.errors.isVisible()).isTrue();

        _setValue(view.answeredOn, today.minusDays(12));
        _click(view.save);

        List<Map<String, Object>> rows = stored();
        assertThat(rows).hasSize(1);
        java.sql.Timestamp answeredAt = jdbc.queryForObject("select answered_at from survey_response where id = ?",
                java.sql.Timestamp.class, rows.get(0).get("id"));
        assertThat(answeredAt.toInstant()).isEqualTo(today.minusDays(12).atTime(12, 0).atZone(plymouth).toInstant());
        assertThat(view.saved.what.getText()).contains("dated " + today.minusDays(12).format(
                java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)));
    }
}
