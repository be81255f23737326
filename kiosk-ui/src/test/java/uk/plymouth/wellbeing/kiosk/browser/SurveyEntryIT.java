package uk.plymouth.wellbeing.kiosk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import uk.plymouth.wellbeing.signposting.staff.NewStaff;
import uk.plymouth.wellbeing.signposting.staff.StaffAccounts;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;

/**
 * Entering a SWEMWBS paper form in a real browser: from the menu, one question left out shows the error summary at
 * the top, whose link stays on the page with every other answer kept; answering it saves the response. axe-core
 * finds no serious or critical problem on the page, with the errors shown and after saving.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.devmode.devTools.enabled=false", "hub.staff.admin-username=admin",
        "hub.staff.admin-password=Plymouth-Hoe-Lighthouse-1", "hub.staff.bcrypt-strength=4"})
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyEntryIT {

    static final String PASSWORD = "Stonehouse-Creek-Ferry-41";
    static final String PAGE = "/staff/surveys/enter";
    static final List<String> SWEMWBS = List.of("optimistic", "useful", "relaxed", "dealing-with-problems",
            "thinking-clearly", "close-to-others", "own-mind");

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    KioskBrowser staff;

    @BeforeAll
    void openBrowser() {
        accounts.create("admin", new NewStaff("jo", "Jo Plym", StaffRole.STAFF, Set.of("four-greens"), PASSWORD));
        staff = KioskBrowser.landscape("http://localhost:" + port);
    }

    @AfterAll
    void closeBrowser() {
        if (staff != null) {
            staff.close();
        }
    }

    @Test
    void aPaperFormWithAQuestionLeftOutIsCorrectedAndSaved() {
        logIn();
        staff.tap(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Enter a survey']"));
        staff.waitForPath(PAGE);
        assertThat(staff.driver.getTitle()).isEqualTo("Enter a survey - Wellbeing Hubs staff");
        staff.tap(By.id("survey-entry-survey"));
        staff.tap(By.xpath("//vaadin-select-item[normalize-space(.)='How you have been feeling']"));
        staff.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("question-own-mind")));
        List<String> ids = staff.driver.findElements(By.cssSelector(".survey-entry-question vaadin-radio-group"))
                .stream().map(e -> e.getDomAttribute("id")).toList();
        assertThat(ids).containsExactlyElementsOf(SWEMWBS.stream().map(id -> "question-" + id).toList());

        for (String id : SWEMWBS) {
            if (!id.equals("relaxed")) {
                choose(id, "4 Often");
            }
        }
        save();

        By summaryLink = By.cssSelector("#survey-entry-errors a");
        staff.wait.until(ExpectedConditions.visibilityOfElementLocated(summaryLink));
        assertThat(staff.driver.findElement(summaryLink).getText()).isEqualTo("Question 3: Choose an answer");
        assertAccessible("with the error summary shown");
        staff.tap(summaryLink);
        assertThat(staff.path()).isEqualTo(PAGE);
        assertThat(staff.driver.findElements(By.cssSelector("vaadin-radio-button[checked]"))).as("answers kept")
                .hasSize(6 + 1);  // and "Paper form"

        choose("relaxed", "2 Rarely");
        save();

        staff.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".survey-entry-saved")));
        // raw 6 x 4 + 2 = 26, metric 23.21 by the published conversion
        assertThat(staff.driver.findElement(By.cssSelector(".survey-entry-saved")).getText())
                .contains("Saved", "Score: 23.21 (raw score 26)");
        assertThat(jdbc.queryForObject("select count(*) from survey_response where entered_by = 'jo'"
                + " and channel = 'STAFF_ASSISTED'", Integer.class)).isEqualTo(1);
        assertAccessible("after saving");
    }

    /** Scrolls the option into the middle of the page (the staff layout scrolls its content, not the window). */
    private void choose(String questionId, String option) {
        By radio = By.xpath("//vaadin-radio-group[@id='question-" + questionId + "']//vaadin-radio-button"
                + "[normalize-space(.)='" + option + "']");
        staff.js("arguments[0].scrollIntoView({block: 'center'});", staff.driver.findElement(radio));
        staff.tap(radio);
    }

    private void save() {
        staff.js("arguments[0].scrollIntoView({block: 'center'});",
                staff.driver.findElement(KioskBrowser.button("Save response")));
        staff.tap(KioskBrowser.button("Save response"));
    }

    private void logIn() {
        staff.logInAsStaff("jo", PASSWORD);
    }

    private void assertAccessible(String when) {
        assertThat(staff.seriousAxeProblems()).as("serious or critical accessibility problems entering a survey " + when).isEmpty();
    }
}
