package uk.plymouth.wellbeing.kiosk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.plymouth.wellbeing.signposting.staff.NewStaff;
import uk.plymouth.wellbeing.signposting.staff.StaffAccounts;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;

/**
 * Keeping the directory right, end to end in a real browser: a member of staff at Four Greens moves the job club's
 * start time, the hub lead publishes it from "Waiting to publish", and the kiosk's search then shows the new time.
 * The list and the editing page are scanned with axe-core. Screenshots go to {@code target/staff-directory/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.devmode.devTools.enabled=false", "hub.staff.admin-username=admin",
        "hub.staff.admin-password=Plymouth-Hoe-Lighthouse-1", "hub.staff.bcrypt-strength=4"})
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffDirectoryIT {

    static final String HUB = "four-greens";
    static final String PASSWORD = "Smeatons-Tower-1759";
    static final Path SHOTS = Path.of("target", "staff-directory");

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    KioskBrowser browser;

    /** A kiosk standing open in a hub all the while, as residents find it. */
    KioskBrowser kiosk;

    @BeforeAll
    void openBrowser() {
        accounts.create("admin", new NewStaff("dee", "Dee Worker", StaffRole.STAFF, Set.of(HUB), PASSWORD));
        accounts.create("admin", new NewStaff("lou", "Lou Lead", StaffRole.HUB_LEAD, Set.of(HUB), PASSWORD));
        browser = KioskBrowser.landscape("http://localhost:" + port);
        kiosk = KioskBrowser.portrait("http://localhost:" + port);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (kiosk != null) {
            kiosk.close();
        }
    }

    @Test
    void staffChangeASessionTimeTheHubLeadPublishesItAndTheKioskShowsIt() {
        kiosk.startAgain();
        browser.logInAsStaff("dee", PASSWORD);
        browser.open("/staff/directory?hub=" + HUB);
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("vaadin-grid"),
                "Job club"));
        browser.screenshot(SHOTS.resolve("list.png"));
        assertThat(browser.seriousAxeProblems()).as("the directory list").isEmpty();

        browser.open("/staff/directory/activity/fg-job-club");
        WebElement start = browser.wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-text-field[label[normalize-space()='Starts']]/input")));
        start.sendKeys(Keys.chord(Keys.CONTROL, "a"), "10:15", Keys.TAB);
        browser.driver.findElement(By.xpath("//vaadin-text-field[label[normalize-space()='Why (optional)']]/input"))
                .sendKeys("The room is free from quarter past", Keys.TAB);
        browser.tap(KioskBrowser.button("Save draft"));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".directory-saved"),
                "Saved as a draft"));
        assertThat(browser.driver.findElements(KioskBrowser.button("Publish"))).as("staff cannot publish")
                .allMatch(button -> !button.isDisplayed());
        browser.screenshot(SHOTS.resolve("saved-draft.png"));
        browser.js("document.querySelector('.directory-preview').scrollIntoView()");
        browser.screenshot(SHOTS.resolve("preview.png"));
        assertThat(browser.seriousAxeProblems()).as("the editing page").isEmpty();

        browser.tap(KioskBrowser.button("Log out"));
        browser.logInAsStaff("lou", PASSWORD);
        browser.open("/staff/directory");
        WebElement waiting = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".directory-waiting")));
        assertThat(waiting.getText()).contains("Job club").contains("saved by dee")
                .contains("The room is free from quarter past");
        browser.tap(By.cssSelector(".directory-waiting vaadin-button[aria-label='Publish Job club']"));
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".directory-waiting")));
        long published = System.nanoTime();

        // the kiosk that stood open all along finds the new time, well within 2 seconds of the publish
        kiosk.searchFor("job club");
        kiosk.tap(By.cssSelector(".kiosk-card[data-item='fg-job-club']"));
        kiosk.waitForPath("/service/fg-job-club");
        assertThat(kiosk.driver.findElement(By.cssSelector(".kiosk-detail")).getText()).contains("10:15am");
        long millis = (System.nanoTime() - published) / 1_000_000;
        System.out.printf("Published, then shown on a kiosk open all along after %d ms (search, tap, details)%n",
                millis);

        browser.startAgain();
        browser.searchFor("job club");
        browser.tap(By.cssSelector(".kiosk-card[data-item='fg-job-club']"));
        browser.waitForPath("/service/fg-job-club");
        assertThat(browser.driver.findElement(By.cssSelector(".kiosk-detail")).getText()).contains("10:15am");
        browser.screenshot(SHOTS.resolve("kiosk-details.png"));
    }
}
