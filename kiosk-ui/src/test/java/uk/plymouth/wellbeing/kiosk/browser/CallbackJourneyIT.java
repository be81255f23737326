package uk.plymouth.wellbeing.kiosk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import uk.plymouth.wellbeing.signposting.callback.CallbackQueue;
import uk.plymouth.wellbeing.signposting.callback.CallbackReceipt;
import uk.plymouth.wellbeing.signposting.callback.Channel;
import uk.plymouth.wellbeing.signposting.callback.CallbackDetails;
import uk.plymouth.wellbeing.signposting.callback.StaffMember;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.staff.NewStaff;
import uk.plymouth.wellbeing.signposting.staff.StaffAccounts;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;
import uk.plymouth.wellbeing.signposting.texting.InboundAnswer;
import uk.plymouth.wellbeing.signposting.texting.InboundText;
import uk.plymouth.wellbeing.signposting.texting.Inbox;
import uk.plymouth.wellbeing.signposting.texting.RateLimit;

/**
 * A callback from request to done, in real browsers: two members of a hub's staff log in on their own screens; a
 * resident asks to be called at the hub's kiosk; the request appears in the queue without anyone reloading; one claims it, logs "no answer", then "reached",
 * texts the resident, whose answer (texted in) appears on both screens, and completes it; the other, whose screen is a
 * moment behind, tries to claim it too and is told why not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.devmode.devTools.enabled=false", "hub.staff.admin-username=admin",
        "hub.staff.admin-password=Plymouth-Hoe-Lighthouse-1", "hub.staff.bcrypt-strength=4"})
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallbackJourneyIT {

    static final String HUB = "four-greens";
    static final String PASSWORD = "Smeatons-Tower-1759";

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    CallbackQueue queue;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Inbox inbox;

    KioskBrowser resident;
    KioskBrowser sam;
    KioskBrowser kim;

    @BeforeAll
    void openBrowsers() {
        accounts.create("admin", new NewStaff("sam", "Sam Hill", StaffRole.STAFF, Set.of(HUB), PASSWORD));
        accounts.create("admin", new NewStaff("kim", "Kim Moor", StaffRole.STAFF, Set.of(HUB), PASSWORD));
        resident = KioskBrowser.portrait("http://localhost:" + port);
        sam = KioskBrowser.landscape("http://localhost:" + port);
        kim = KioskBrowser.landscape("http://localhost:" + port);
    }

    @AfterAll
    void closeBrowsers() {
        if (resident != null) {
            resident.close();
        }
        if (sam != null) {
            sam.close();
        }
        if (kim != null) {
            kim.close();
        }
    }

    @Test
    void aRequestIsSeenLiveClaimedCalledAndCompletedAndASecondClaimIsRefused() {
        logIn(sam, "sam");
        logIn(kim, "kim");

        CallbackReceipt receipt = askAtTheKiosk();

        // both queues show it without a reload
        for (KioskBrowser staff : new KioskBrowser[] {sam, kim}) {
            staff.waitUpTo(KioskBrowser.WAIT).withMessage("the new request in the queue")
                    .until(d -> staff.driver.findElements(referenceLink(receipt.reference())).size() == 1);
            assertThat(staff.driver.findElement(By.cssSelector(".queue-announcement")).getText())
                    .startsWith("New callback request " + receipt.reference());
        }

        // both open it; Sam claims it; Kim's screen says so but still shows her Claim button
        open(kim, receipt);
        open(sam, receipt);
        sam.tap(KioskBrowser.button("Claim this request"));
        sam.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".request-state"),
                "Claimed by sam"));
        kim.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".changed-elsewhere"),
                "sam just claimed this request."));

        kim.tap(KioskBrowser.button("Claim this request"));
        kim.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("vaadin-notification-card"),
                "Someone else has just claimed this request."));
        kim.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".request-state"),
                "Claimed by sam"));

        logCall(sam, "No answer");

        // Sam texts the resident; the resident's answer, texted in, shows on Sam's and Kim's screens
        WebElement box = sam.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#staff-text textarea")));
        ((JavascriptExecutor) sam.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", box);
        box.sendKeys("Sorry we missed you. When is best?");
        sam.tap(KioskBrowser.button("Send text"));
        sam.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".text-thread"),
                "Text from sam"));
        InboundAnswer answer = inbox.receive(new InboundText("SM-journey-1", "test", "+447700900123",
                "after 3 today please"), RateLimit.defaults());
        assertThat(answer.messages()).singleElement().asString().startsWith("Thanks, we have passed your message");
        for (KioskBrowser staff : new KioskBrowser[] {sam, kim}) {
            staff.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".changed-elsewhere"),
                    "The resident just texted back about this request."));
        }
        sam.tap(KioskBrowser.button("Show the latest"));
        sam.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".text-thread"),
                "The resident texted: \"after 3 today please\""));

        logCall(sam, "Reached them");
        sam.tap(KioskBrowser.button("Mark as done"));
        sam.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".request-state"), "Done"));

        assertThat(jdbc.queryForObject("select status from callback_request where id = ?", String.class,
                receipt.id())).isEqualTo("DONE");
        assertThat(jdbc.queryForList("select outcome from callback_attempt where request_id = ? order by id",
                String.class, receipt.id())).containsExactly("NO_ANSWER", "REACHED");
        assertThat(jdbc.queryForObject("select claimed_by from callback_request where id = ?", String.class,
                receipt.id())).isEqualTo("sam");
        assertThat(sam.driver.findElement(By.cssSelector(".attempts")).getText())
                .contains("sam: No answer", "sam: Reached them");
    }

    /** A resident at Four Greens' kiosk asks to be called, tapping through every question. */
    private CallbackReceipt askAtTheKiosk() {
        resident.open("/start-again?hub=" + HUB);
        resident.waitForHome();
        resident.tap(KioskBrowser.button("Ask us to call you"));
        resident.waitForPath("/call-me/name");
        resident.tapField(By.cssSelector("#callme-name > input"));
        resident.typeOnScreen("ada");
        resident.tapKey("enter");
        resident.waitForPath("/call-me/phone");
        resident.tapField(By.cssSelector("#callme-phone > input"));
        resident.typeOnScreen("07700900123");
        resident.tapKey("done");
        resident.tap(KioskBrowser.button("Continue"));
        resident.waitForPath("/call-me/about");
        resident.tap(By.cssSelector("button.kiosk-tile[data-category='" + Category.ADVICE.id() + "']"));
        resident.waitForPath("/call-me/time");
        resident.tap(KioskBrowser.button("Continue"));
        resident.waitForPath("/call-me/safe");
        resident.tap(KioskBrowser.button("Continue"));
        resident.waitForPath("/call-me/hub");
        resident.tap(KioskBrowser.button("Continue"));
        resident.waitForPath("/call-me/consent");
        resident.tap(By.id("callme-consent"));
        resident.tap(KioskBrowser.button("Continue"));
        resident.waitForPath("/call-me/check");
        resident.tap(KioskBrowser.button("Send my request"));
        resident.waitForPath("/call-me/done");
        String reference = resident.driver.findElement(By.cssSelector(".kiosk-reference")).getText();
        CallbackDetails saved = queue.findByReference(reference, StaffMember.admin("test")).orElseThrow();
        assertThat(saved.hubId()).isEqualTo(HUB);
        assertThat(saved.channel()).isEqualTo(Channel.KIOSK);
        return new CallbackReceipt(saved.id(), saved.reference(), saved.dueAt());
    }

    private void logIn(KioskBrowser staff, String username) {
        staff.logInAsStaff(username, PASSWORD);
        staff.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".staff-queue")));
    }

    private static void open(KioskBrowser staff, CallbackReceipt receipt) {
        staff.tap(referenceLink(receipt.reference()));
        staff.waitForPath("/staff/callback/" + receipt.id());
        staff.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".request-facts")));
    }

    private static void logCall(KioskBrowser staff, String outcome) {
        staff.tap(By.xpath("//vaadin-radio-button[normalize-space(.)='" + outcome + "']"));
        staff.tap(KioskBrowser.button("Log this call"));
        staff.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".attempts"),
                "sam: " + outcome));
    }

    private static By referenceLink(String reference) {
        return By.xpath("//a[normalize-space(.)='" + reference + "']");
    }
}
