package uk.plymouth.wellbeing.kiosk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.plymouth.wellbeing.signposting.staff.NewStaff;
import uk.plymouth.wellbeing.signposting.staff.StaffAccounts;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;
import uk.plymouth.wellbeing.signposting.survey.Answer;
import uk.plymouth.wellbeing.signposting.survey.NewSurveyResponse;
import uk.plymouth.wellbeing.signposting.survey.SurveyChannel;
import uk.plymouth.wellbeing.signposting.survey.SurveyResponses;
import uk.plymouth.wellbeing.signposting.survey.SurveyTestConfiguration;

/**
 * The staff survey report in a real browser: a member of Four Greens' staff logs in, opens "Surveys" from the menu and
 * sees the report of responses recorded just now through the real store, its charts drawn as SVG images with their
 * own names, the comment shown as text (never as markup), and axe-core finds no serious or critical problem.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.devmode.devTools.enabled=false", "hub.staff.admin-username=admin",
        "hub.staff.admin-password=Plymouth-Hoe-Lighthouse-1", "hub.staff.bcrypt-strength=4"})
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyReportIT {

    static final String USERNAME = "morwenna-report";
    static final String PASSWORD = "Drake-Island-Ferry-1588";
    static final String COMMENT = "<b>More</b> evening sessions, please";

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    SurveyResponses responses;

    KioskBrowser staff;

    @BeforeAll
    void recordAndOpenBrowser() {
        accounts.create("admin", new NewStaff(USERNAME, "Morwenna Report", StaffRole.STAFF, Set.of("four-greens"),
                PASSWORD));
        responses.record(new NewSurveyResponse("swemwbs", 1, "four-greens", SurveyChannel.KIOSK, "en",
                SurveyTestConfiguration.swemwbs(24), null, null));
        responses.record(new NewSurveyResponse("resident-satisfaction", 1, "four-greens", SurveyChannel.KIOSK, "en",
                List.of(Answer.number("found-help", 1), Answer.number("welcome", 4), Answer.number("overall", 5),
                        Answer.number("recommend", 1), Answer.words("comment", COMMENT)), null, null));
        staff = KioskBrowser.landscape("http://localhost:" + port);
    }

    @AfterAll
    void closeBrowser() {
        if (staff != null) {
            staff.close();
        }
    }

    @Test
    void showsTheReportWithNamedChartsAndCommentsAsText() {
        logIn();
        staff.tap(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Surveys']"));
        staff.waitForPath("/staff/surveys");
        staff.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".survey-chart svg[role='img']")));
        assertThat(staff.driver.getTitle()).isEqualTo("Survey report - Wellbeing Hubs");
        // the staff layout's own title is a heading too
        assertThat(staff.driver.findElements(By.tagName("h1"))).extracting(WebElement::getText)
                .contains("Survey report");
        assertThat(staff.driver.findElements(By.tagName("h2"))).extracting(WebElement::getText)
                .contains("SWEMWBS: how people have been feeling", "Resident satisfaction", "Comments");
        assertThat(staff.driver.findElement(By.cssSelector(".survey-summary")).getText())
                .contains("Four Greens Wellbeing and Family Hub");
        // each chart is an image named by its title, and its bars were drawn
        List<WebElement> charts = staff.driver.findElements(By.cssSelector(".survey-chart svg[role='img']"));
        assertThat(charts).hasSizeGreaterThanOrEqualTo(3);
        assertThat(charts).allSatisfy(svg -> assertThat(svg.getAttribute("aria-labelledby")).contains("-title"));
        assertThat(staff.driver.findElements(By.cssSelector(".survey-chart svg rect.bar"))).isNotEmpty();
        assertThat(staff.driver.findElement(By.cssSelector(".survey-comments")).getText()).contains(COMMENT);
        assertThat(staff.driver.findElements(By.cssSelector(".survey-comments b"))).isEmpty();
        assertThat(staff.driver.findElement(By.cssSelector(".survey-csv")).getAttribute("href")).isNotBlank();
        staff.screenshot(Path.of("target", "screenshots", "survey-report.png"));
        assertAccessible();
    }

    private void logIn() {
        staff.logInAsStaff(USERNAME, PASSWORD);
    }

    private void assertAccessible() {
        assertThat(staff.seriousAxeProblems()).as("serious or critical accessibility problems on the survey report").isEmpty();
    }
}
