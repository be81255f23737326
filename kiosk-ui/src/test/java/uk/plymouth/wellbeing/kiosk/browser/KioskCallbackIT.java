package uk.plymouth.wellbeing.kiosk.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.plymouth.wellbeing.kiosk.browser.KioskBrowser.button;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import uk.plymouth.wellbeing.signposting.callback.BestTime;
import uk.plymouth.wellbeing.signposting.callback.CallbackDetails;
import uk.plymouth.wellbeing.signposting.callback.CallbackQueue;
import uk.plymouth.wellbeing.signposting.callback.Channel;
import uk.plymouth.wellbeing.signposting.callback.StaffMember;
import uk.plymouth.wellbeing.signposting.catalogue.Category;

/**
 * "Ask us to call you" end to end in a real browser: from Home, every question answered with taps and the kiosk's
 * own keyboard, to a reference on screen and a request in the queue; axe-core checks the question, check and
 * confirmation pages on the way (no serious or critical violations).
 */
class KioskCallbackIT extends PortraitKiosk {

    static final Set<String> BLOCKING = Set.of("serious", "critical");
    static final By HEADING = By.cssSelector(".kiosk-main h1");

    @Autowired
    CallbackQueue queue;

    @Test
    void fromHomeThroughEveryQuestionToAReference() {
        browser.tap(button("Ask us to call you"));
        browser.waitForPath("/call-me/name");
        assertThat(heading()).isEqualTo("What is your first name?");
        assertAccessible("Call me: first name");

        browser.tapField(By.cssSelector("#callme-name > input"));
        browser.typeOnScreen("alice");
        browser.tapKey("enter");
        browser.waitForPath("/call-me/phone");
        assertThat(heading()).isEqualTo("What number should we call?");
        browser.wait.until(d -> "H1".equals(browser.js("return document.activeElement.tagName;")));

        // a number that will not do: the message is next to the field, and what was typed stays
        browser.tapField(By.cssSelector("#callme-phone > input"));
        browser.typeOnScreen("12345");
        browser.tapKey("done");
        browser.tap(button("Continue"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".kiosk-error-summary")));
        browser.wait.until(d -> d.findElement(By.id("callme-phone")).getDomAttribute("invalid") != null);
        assertThat(browser.value(By.cssSelector("#callme-phone > input"))).isEqualTo("12345");
        assertAccessible("Call me: phone number with a problem");

        browser.tapField(By.cssSelector("#callme-phone > input"));
        for (int i = 0; i < 5; i++) {
            browser.tapKey("delete");
        }
        browser.typeOnScreen("07700900123");
        browser.tapKey("done");
        browser.tap(button("Continue"));
        browser.waitForPath("/call-me/about");

        browser.tap(By.cssSelector("button.kiosk-tile[data-category='" + Category.FOOD.id() + "']"));
        browser.waitForPath("/call-me/time");
        browser.tap(radio("Afternoon"));
        browser.tap(button("Continue"));

        browser.waitForPath("/call-me/safe");
        assertAccessible("Call me: safe to call");
        browser.tap(button("Continue"));

        browser.waitForPath("/call-me/hub");
        browser.tap(button("Continue"));

        browser.waitForPath("/call-me/consent");
        browser.tap(By.id("callme-consent"));
        assertAccessible("Call me: consent");
        browser.tap(button("Continue"));

        browser.waitForPath("/call-me/check");
        assertThat(heading()).isEqualTo("Check your answers");
        assertThat(browser.driver.findElement(By.cssSelector(".kiosk-summary")).getText())
                .contains("alice", "07700900123", "Afternoon");
        assertAccessible("Call me: check your answers");
        browser.tap(button("Send my request"));

        browser.waitForPath("/call-me/done");
        String reference = browser.driver.findElement(By.cssSelector(".kiosk-reference")).getText();
        assertThat(reference).matches("PLY-[A-Z0-9]{4}");
        assertThat(browser.driver.findElement(By.cssSelector(".kiosk-callme-done")).getText())
                .contains("We aim to call you by");
        assertAccessible("Call me: request sent");

        CallbackDetails saved = queue.findByReference(reference, StaffMember.admin("test")).orElseThrow();
        assertThat(saved.channel()).isEqualTo(Channel.KIOSK);
        assertThat(saved.firstName()).isEqualTo("alice");
        assertThat(saved.phone().e164()).isEqualTo("+447700900123");
        assertThat(saved.aboutCategory()).isEqualTo(Category.FOOD);
        assertThat(saved.bestTime()).isEqualTo(BestTime.AFTERNOON);
        assertThat(saved.mayLeaveVoicemail()).isFalse();
        assertThat(saved.maySayHub()).isFalse();
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private String heading() {
        return browser.wait.until(ExpectedConditions.visibilityOfElementLocated(HEADING)).getText();
    }

    private static By radio(String words) {
        return By.xpath("//vaadin-radio-button[normalize-space(.)='" + words + "']");
    }

    private void assertAccessible(String screen) {
        browser.waitForVaadin();
        Map<String, Object> result = browser.axe();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result.get("violations");
        List<String> blocking = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        report.append(String.format("[axe] %s (%s): %d violation(s), %s rules passed%n", screen, browser.path(),
                violations.size(), result.get("passes")));
        for (Map<String, Object> violation : violations) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> nodes = (List<Map<String, Object>>) violation.get("nodes");
            report.append(String.format("  %s [%s] %s%n", violation.get("id"), violation.get("impact"),
                    violation.get("help")));
            for (Map<String, Object> node : nodes) {
                report.append(String.format("    - %s %s%n", node.get("target"), node.get("failureSummary")));
            }
            if (BLOCKING.contains(String.valueOf(violation.get("impact")))) {
                blocking.add(violation.get("id") + " [" + violation.get("impact") + "]");
            }
        }
        System.out.print(report);
        assertThat(blocking).as("serious or critical accessibility violations on " + screen + ":%n" + report)
                .isEmpty();
    }
}
