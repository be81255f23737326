package uk.plymouth.wellbeing.kiosk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
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
 * A resident at a Four Greens kiosk says a service has closed, in a real headless Chromium, typing a few words on the
 * on-screen keyboard; a member of staff at Four Greens sees it on the reported problems screen and marks it fixed.
 * No serious or critical axe-core problems on the report's steps or the staff screen. Shares its running app with
 * {@code StaffUrgencyIT}. Screenshots go to {@code target/problem-report/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.devmode.devTools.enabled=false", "hub.staff.admin-username=admin",
        "hub.staff.admin-password=Plymouth-Hoe-Lighthouse-1", "hub.staff.bcrypt-strength=4"})
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProblemReportIT {

    static final String PASSWORD = "Drakes-Island-Ferry-1588";
    static final Path SHOTS = Path.of("target", "problem-report");

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    KioskBrowser kiosk;
    KioskBrowser staff;

    @BeforeAll
    void openBrowsers() {
        accounts.create("admin", new NewStaff("pia", "Pia Gent", StaffRole.STAFF, Set.of("four-greens"), PASSWORD));
        kiosk = KioskBrowser.portrait("http://localhost:" + port);
        staff = KioskBrowser.landscape("http://localhost:" + port);
    }

    @AfterAll
    void closeBrowsers() {
        if (kiosk != null) {
            kiosk.close();
        }
        if (staff != null) {
            staff.close();
        }
    }

    @Test
    void aResidentSaysAServiceHasClosedAndStaffAtItsHubSeeAndFixIt() {
        kiosk.open("/?hub=four-greens");
        kiosk.waitForHome();
        kiosk.open("/service/fg-emergency-food");
        kiosk.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".kiosk-detail-check"),
                "Details checked in November 2026"));
        kiosk.js("document.querySelector('.kiosk-detail-check').scrollIntoView()");
        kiosk.screenshot(SHOTS.resolve("details.png"));
        kiosk.tap(KioskBrowser.button("Something wrong with this?"));
        kiosk.waitForPath("/service-problem/fg-emergency-food");
        kiosk.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
                "What is wrong with Emergency food parcels?"));
        kiosk.screenshot(SHOTS.resolve("choices.png"));
        assertThat(kiosk.seriousAxeProblems()).as("the choices").isEmpty();

        kiosk.tap(KioskBrowser.button("It has closed"));
        kiosk.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
                "Anything else to tell us?"));
        kiosk.tapField(By.cssSelector("#kiosk-problem-note input"));
        kiosk.typeOnScreen("locked on tuesday");
        kiosk.screenshot(SHOTS.resolve("words.png"));
        assertThat(kiosk.seriousAxeProblems()).as("the words").isEmpty();
        kiosk.tapKey("enter"); // the keyboard's Send key
        kiosk.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".kiosk-problem-thanks"),
                "Thank you. Staff at Four Greens Wellbeing and Family Hub will check it."));
        kiosk.screenshot(SHOTS.resolve("thanks.png"));
        assertThat(kiosk.seriousAxeProblems()).as("the thanks").isEmpty();

        staff.logInAsStaff("pia", PASSWORD);
        staff.open("/staff/problems");
        staff.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("vaadin-grid"),
                "locked on tuesday"));
        String grid = staff.driver.findElement(By.cssSelector("vaadin-grid")).getText();
        assertThat(grid).contains("Emergency food parcels", "Four Greens Wellbeing and Family Hub", "It has closed",
                "Kiosk");
        staff.screenshot(SHOTS.resolve("staff.png"));
        assertThat(staff.seriousAxeProblems()).as("the staff screen").isEmpty();

        staff.tap(KioskBrowser.button("Fixed"));
        staff.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".problems-empty")));
        assertThat(staff.driver.findElement(By.cssSelector(".queue-announcement")).getText())
                .isEqualTo("Marked fixed: Emergency food parcels at Four Greens Wellbeing and Family Hub.");
        Map<String, Object> stored = jdbc.queryForMap("select * from problem_report where item_id = ?",
                "fg-emergency-food");
        assertThat(stored).containsEntry("kind", "CLOSED").containsEntry("note", "locked on tuesday")
                .containsEntry("channel", "KIOSK").containsEntry("status", "FIXED").containsEntry("resolved_by", "pia");
    }
}
