package uk.plymouth.wellbeing.kiosk.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.plymouth.wellbeing.kiosk.browser.KioskBrowser.button;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "How are you feeling?" end to end in a real browser: from Home, consent, the 7 SWEMWBS statements answered with
 * taps, "No thanks" to a follow-up text, the check page, a low-score result with its copyright line and support
 * offers, and on to "Ask us to call you". axe-core checks the consent, question, follow-up, check and result screens
 * (no serious or critical violations). Responses go to the real survey storage on the test database, read back here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KioskSurveyIT extends RunningKiosk {

    static final Set<String> BLOCKING = Set.of("serious", "critical");
    static final By HEADING = By.cssSelector(".kiosk-main h1");

    @Autowired
    JdbcTemplate jdbc;

    KioskBrowser browser;

    @BeforeAll
    void openBrowser() {
        browser = KioskBrowser.portrait(baseUrl());
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void freshKiosk() {
        for (String table : List.of("survey_follow_up", "survey_answer", "survey_response")) {
            jdbc.update("delete from " + table);
        }
        browser.startAgain();
    }

    @Test
    void fromHomeThroughSevenAnswersToAKindResultAndACallback() {
        browser.tap(button("How are you feeling?"));
        browser.waitForPath("/survey/swemwbs/start");
        assertThat(heading()).isEqualTo("How you have been feeling");
        assertThat(attribution()).contains("(SWEMWBS) © NHS Health Scotland");
        assertAccessible("Survey: consent");
        browser.tap(button("I agree, start"));

        for (int number = 1; number <= 7; number++) {
            browser.waitForPath("/survey/swemwbs/" + number);
            assertThat(browser.driver.findElement(By.cssSelector(".kiosk-survey-progress")).getText())
                    .isEqualTo("Question " + number + " of 7");
            assertThat(browser.driver.getTitle()).startsWith("Question " + number + " of 7");
            if (number == 1) {
                assertThat(heading()).isEqualTo("I've been feeling optimistic about the future");
                assertAccessible("Survey: question 1");
                assertThat(buttonHeight("None of the time")).as("a big touch target").isGreaterThanOrEqualTo(64);
            }
            browser.tap(button(number == 3 ? "Some of the time" : "Rarely"));
        }

        browser.waitForPath("/survey/swemwbs/follow-up");
        assertThat(heading()).startsWith("Would you like us to text you in 8 weeks to ask again");
        assertAccessible("Survey: follow-up text");
        browser.tap(button("Yes, text me"));
        assertThat(browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.id("survey-follow-up-phone"))).getAttribute("data-keyboard")).isEqualTo("phone");
        assertAccessible("Survey: follow-up text, number asked for");
        browser.tap(button("No thanks"));

        browser.waitForPath("/survey/swemwbs/check");
        assertThat(heading()).isEqualTo("Check your answers");
        assertThat(browser.driver.findElement(By.cssSelector(".kiosk-summary")).getText())
                .contains("I've been feeling relaxed", "Some of the time", "Rarely", "Text me in 8 weeks to ask again",
                        "No thanks");
        assertAccessible("Survey: check your answers");
        browser.tap(button("Send my answers"));

        browser.waitForPath("/survey/swemwbs/result");
        String result = browser.driver.findElement(By.cssSelector(".kiosk-survey-result")).getText();
        // raw 7 x 2 + 1 = 15, metric 15.84: the lowest band
        assertThat(result).contains("Thank you for answering.", "Your score is 15.84 out of 35.",
                "It is not a diagnosis", "Would you like some support?");
        assertThat(attribution()).contains("(SWEMWBS) © NHS Health Scotland");
        assertAccessible("Survey: result with support offers");

        List<Map<String, Object>> stored = jdbc.queryForList("select * from survey_response");
        assertThat(stored).hasSize(1);
        Map<String, Object> saved = stored.get(0);
        assertThat(saved.get("survey_id")).isEqualTo("swemwbs");
        assertThat(saved.get("channel")).isEqualTo("KIOSK");
        assertThat(saved.get("hub_id")).isEqualTo("central-library");
        assertThat(saved.get("raw_score")).isEqualTo(15);
        assertThat(saved.get("band_id")).isEqualTo("lower");
        assertThat(saved.get("follow_up_key")).isNull();
        assertThat(jdbc.queryForObject("select count(*) from survey_answer where response_id = ?", Integer.class,
                saved.get("id"))).isEqualTo(7);
        assertThat(jdbc.queryForObject("select count(*) from survey_follow_up", Integer.class)).isZero();

        browser.tap(button("Ask us to call you"));
        browser.waitForPath("/call-me/name");
        assertThat(heading()).isEqualTo("What is your first name?");
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private String heading() {
        return browser.wait.until(ExpectedConditions.visibilityOfElementLocated(HEADING)).getText();
    }

    private String attribution() {
        return browser.driver.findElement(By.cssSelector(".kiosk-survey-attribution")).getText();
    }

    private int buttonHeight(String words) {
        return browser.driver.findElement(button(words)).getRect().getHeight();
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
