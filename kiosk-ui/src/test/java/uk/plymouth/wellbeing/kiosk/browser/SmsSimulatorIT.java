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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.plymouth.wellbeing.signposting.messaging.OutgoingText;
import uk.plymouth.wellbeing.signposting.messaging.Outbox;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;
import uk.plymouth.wellbeing.signposting.messaging.TextPurpose;
import uk.plymouth.wellbeing.signposting.staff.NewStaff;
import uk.plymouth.wellbeing.signposting.staff.StaffAccounts;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;

/**
 * The staff SMS simulator in a real browser: an admin logs in, opens it from the menu, types
 * "food bank near PL5" and presses Enter, gets the results, replies 1 and gets the first one's details, each text
 * going through the app's own webhook; a staff reply queued in the outbox then appears by itself. axe-core finds no
 * serious or critical problem on the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.devmode.devTools.enabled=false", "hub.staff.admin-username=admin",
        "hub.staff.admin-password=Plymouth-Hoe-Lighthouse-1", "hub.staff.bcrypt-strength=4"})
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SmsSimulatorIT {

    static final String PASSWORD = "Mount-Batten-Breakwater-8";
    static final By REPLIES = By.cssSelector(".sim-thread .sim-hubs .sim-body");
    static final By SENT = By.cssSelector(".sim-thread .sim-resident .sim-body");

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    Outbox outbox;

    KioskBrowser staff;

    @BeforeAll
    void openBrowser() {
        accounts.create("admin", new NewStaff("robin", "Robin Tamar", StaffRole.ADMIN, Set.of("four-greens"),
                PASSWORD));
        staff = KioskBrowser.landscape("http://localhost:" + port);
    }

    @AfterAll
    void closeBrowser() {
        if (staff != null) {
            staff.close();
        }
    }

    @Test
    void searchesThenGetsDetailsLikeAResidentTexting() {
        logIn();
        staff.tap(By.xpath("//vaadin-side-nav-item[normalize-space(.)='SMS simulator']"));
        staff.waitForPath("/staff/sms-simulator");
        staff.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sim-thread[role='log']")));
        assertThat(staff.driver.getTitle()).isEqualTo("SMS simulator - Wellbeing Hubs");
        assertThat(staff.value(By.cssSelector("#sim-number > input"))).matches("07700 900\\d{3}");

        type("food bank near PL5");
        staff.waitUpTo(KioskBrowser.WAIT).withMessage("the search results")
                .until(d -> d.findElements(REPLIES).size() == 1);
        type("1");
        staff.waitUpTo(KioskBrowser.WAIT).withMessage("the first result's details")
                .until(d -> d.findElements(REPLIES).size() == 2);

        assertThat(staff.driver.findElements(SENT)).extracting(WebElement::getText)
                .containsExactly("food bank near PL5", "1");
        List<String> replies = staff.driver.findElements(REPLIES).stream().map(WebElement::getText).toList();
        assertThat(replies.get(0)).contains("1 ").contains("for details");
        assertThat(replies.get(1)).isNotBlank().doesNotContain("did not understand")
                .doesNotContain("Please text what you need help with first");
        assertThat(staff.value(By.cssSelector("#sim-message > input"))).isEmpty();

        // a member of staff replies from elsewhere: the outbox's text appears without a reload (the page polls)
        PhoneNumber simulated = PhoneNumber.parseUkMobile(staff.value(By.cssSelector("#sim-number > input")));
        outbox.sendAsSoonAsCommitted(outbox.enqueue(new OutgoingText(simulated, "Hello, this is Four Greens. Call"
                + " us when you can.", TextPurpose.STAFF_REPLY, null)));
        staff.waitUpTo(KioskBrowser.WAIT).withMessage("the staff reply sent through the outbox")
                .until(d -> d.findElements(REPLIES).size() == 3);
        assertThat(staff.driver.findElements(REPLIES).get(2).getText())
                .isEqualTo("Hello, this is Four Greens. Call us when you can.");
        assertThat(staff.driver.findElements(By.cssSelector(".sim-thread .sim-hubs .sim-meta")).get(2).getText())
                .endsWith(", sent later");
        staff.screenshot(Path.of("target", "screenshots", "sms-simulator.png"));
        assertAccessible();
    }

    /** Types into the text box with the real keyboard and presses Enter, which sends. */
    private void type(String text) {
        WebElement input = staff.wait.until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("#sim-message > input")));
        input.click();
        input.sendKeys(text, Keys.ENTER);
        staff.waitForVaadin();
    }

    private void logIn() {
        staff.logInAsStaff("robin", PASSWORD);
    }

    private void assertAccessible() {
        assertThat(staff.seriousAxeProblems()).as("serious or critical accessibility problems on the SMS simulator").isEmpty();
    }
}
