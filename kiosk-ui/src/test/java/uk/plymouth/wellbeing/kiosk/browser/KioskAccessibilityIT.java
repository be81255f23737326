package uk.plymouth.wellbeing.kiosk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An automated accessibility check of the kiosk's screens: axe-core (vendored in {@code src/test/resources/axe/})
 * is injected into the page and run over it, shadow DOM included. Every violation is printed with its elements;
 * the test fails on any "serious" or "critical" one.
 */
class KioskAccessibilityIT extends PortraitKiosk {

    static final Set<String> BLOCKING = Set.of("serious", "critical");

    @Test
    void home() {
        assertAccessible("Home");
    }

    @Test
    void results() {
        browser.searchFor("stop smoking");
        assertAccessible("Results");
    }

    @Test
    void crisisHelpFirstUnderTheHeading() {
        browser.searchFor("i want to end my life");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kiosk-crisis-call")));
        assertThat(browser.driver.findElement(By.id("kiosk-crisis")).getText()).contains("116 123", "85258", "999");
        assertThat(browser.js("return document.querySelector('.kiosk-main h1').nextElementSibling.id;"))
                .as("the first thing under the heading, above the search box, chips and results")
                .isEqualTo("kiosk-crisis");
        assertAccessible("Results with crisis help");
    }

    @Test
    void details() {
        browser.searchFor("stop smoking");
        browser.openFirstResult();
        assertAccessible("Detail");
    }

    @Test
    void textItToMyPhoneWithTheNumberPad() {
        browser.searchFor("stop smoking");
        browser.openFirstResult();
        browser.tap(KioskBrowser.button("Text this to my phone"));
        browser.tapField(By.cssSelector("vaadin-text-field[data-keyboard='phone'] > input"));
        assertAccessible("Detail, text dialog and number pad");
    }

    @Test
    void whatsOn() {
        browser.open("/whats-on");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".kiosk-main h1"),
                "What's on"));
        assertAccessible("What's on");
    }

    private void assertAccessible(String screen) {
        browser.waitForVaadin();
        Map<String, Object> result = browser.axe();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result.get("violations");
        List<String> blocking = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        report.append(String.format("[axe] %s (%s): %d violation(s), %s rules passed, axe-core %s%n", screen,
                browser.path(), violations.size(), result.get("passes"), result.get("version")));
        report.append(String.format("[axe]   needs a person to check: %s%n", result.get("incomplete")));
        for (Map<String, Object> violation : violations) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> nodes = (List<Map<String, Object>>) violation.get("nodes");
            report.append(String.format("  %s [%s] %s (%d element(s)) %s%n", violation.get("id"),
                    violation.get("impact"), violation.get("help"), nodes.size(), violation.get("helpUrl")));
            for (Map<String, Object> node : nodes) {
                report.append(String.format("    - %s%n      %s%n      %s%n", node.get("target"),
                        oneLine(node.get("html")), oneLine(node.get("failureSummary"))));
            }
            if (BLOCKING.contains(String.valueOf(violation.get("impact")))) {
                blocking.add(violation.get("id") + " [" + violation.get("impact") + "]");
            }
        }
        System.out.print(report);
        assertThat(blocking).as("serious or critical accessibility violations on " + screen + ":%n" + report)
                .isEmpty();
    }

    private static String oneLine(Object text) {
        return text == null ? "" : String.valueOf(text).replaceAll("\\s*\\n\\s*", " | ");
    }
}
