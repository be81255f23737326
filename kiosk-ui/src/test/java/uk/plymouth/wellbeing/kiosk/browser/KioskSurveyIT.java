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
import org.springframework.context.annotation.Import;
import uk.plymouth.wellbeing.kiosk.survey.InMemorySurveyResponses;
import uk.plymouth.wellbeing.signposting.survey.NewSurveyResponse;
import uk.plymouth.wellbeing.signposting.survey.SurveyChannel;

/**
 * "How are you feeling?" end to end in a real browser: from Home, consent, the 7 SWEMWBS statements answered with
 * taps, the check page, a low-score result with its copyright line and support offers, and on to "Ask us to call
 * you". axe-core checks the consent, question, check and result screens (no serious or critical violations). Responses go
 * to the in-memory survey storage (@Primary here), so the test can read exactly what the kiosk sent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Import(InMemorySurveyResponses.Config.class)
class KioskSurveyIT extends RunningKiosk {

    static final Set<String> BLOCKING = Set.of("serious", "critical");
    static final By HEADING = By.cssSelector(".kiosk-main h1");

    @Autowired
    InMemorySurveyResponses responses;

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
        responses.clear();
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

        browser.waitForPath("/survey/swemwbs/check");
        assertThat(heading()).isEqualTo("Check your answers");
        assertThat(browser.driver.findElement(By.cssSelector(".kiosk-summary")).getText())
                .contains("I've been feeling relaxed", "Some of the time", "Rarely");
        assertAccessible("Survey: check your answers");
        browser.tap(button("Send my answers"));

        browser.waitForPath("/survey/swemwbs/result");
        String result = browser.driver.findElement(By.cssSelector(".kiosk-survey-result")).getText();
        // raw 7 x 2 + 1 = 15, metric 15.84: the lowest band
        assertThat(result).contains("Thank you for answering.", "Your score is 15.84 out of 35.",
                "It is not a diagnosis", "Would you like some support?");
        assertThat(attribution()).contains("(SWEMWBS) © NHS Health Scotland");
        assertAccessible("Survey: result with support offers");

        assertThat(responses.recorded()).hasSize(1);
        NewSurveyResponse saved = responses.recorded().get(0);
        assertThat(saved.surveyId()).isEqualTo("swemwbs");
        assertThat(saved.channel()).isEqualTo(SurveyChannel.KIOSK);
        assertThat(saved.answers()).hasSize(7);

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
