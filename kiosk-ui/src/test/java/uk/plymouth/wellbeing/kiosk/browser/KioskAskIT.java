package uk.plymouth.wellbeing.kiosk.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.plymouth.wellbeing.kiosk.browser.KioskBrowser.button;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.test.context.TestPropertySource;

/**
 * "Ask a question" in a real browser, without a language model (the default): typed on the kiosk's own keyboard,
 * answered in words and cards that open their details; crisis words get the crisis lines first; no serious axe
 * problems; and after the idle reset the question is gone. The quiet spell is shortened for this class (the
 * question "Are you still there?" after 20 s, a fresh start 20 s later) so the last test need not wait 90 s; the
 * other tests touch the screen far more often than that.
 */
@TestPropertySource(properties = {"hub.kiosk.idle-after=40s", "hub.kiosk.warn-for=20s"})
class KioskAskIT extends PortraitKiosk {

    static final By ASK_INPUT = By.cssSelector("vaadin-text-field.kiosk-ask-field > input");
    static final By ANSWER = By.cssSelector(".kiosk-ask-answer");
    static final By ANSWER_TEXT = By.cssSelector(".kiosk-ask-answer .kiosk-ask-text");
    static final By ANSWER_CARDS = By.cssSelector(".kiosk-ask-answer .kiosk-card");
    static final By CRISIS = By.id("kiosk-crisis");

    @Test
    void askOnTheOnScreenKeyboardThenTapACardForItsDetails() {
        askFromHome("the cupboards are empty");

        browser.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(ANSWER_CARDS, 0));
        assertThat(browser.driver.findElement(ANSWER_TEXT).getText())
                .isEqualTo("These may help. Tap one to see its details, when it is on and how to get there.");
        assertThat(browser.driver.findElements(CRISIS)).isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector(".kiosk-ask-note"))).as("no model, no note").isEmpty();
        List<WebElement> cards = browser.driver.findElements(ANSWER_CARDS);
        System.out.printf("[ask] \"the cupboards are empty\": %d cards: %s%n", cards.size(),
                cards.stream().map(c -> c.findElement(By.cssSelector("h3")).getText()).toList());
        assertThat(cards).hasSizeBetween(1, 3);
        List<String> problems = browser.seriousAxeProblems();
        assertThat(problems).as("serious axe problems on the answer").isEmpty();

        WebElement first = cards.get(0);
        String id = first.getDomAttribute("data-item");
        browser.tap(first);
        browser.waitForPath("/service/" + id);

        browser.tap(browser.driver.findElement(By.id("kiosk-detail-back")));
        browser.waitForPath("/ask");
        assertThat(browser.wait.until(ExpectedConditions.visibilityOfElementLocated(ANSWER_TEXT)).getText())
                .as("Back returns to the answer").startsWith("These may help.");
    }

    @Test
    void crisisWordsGetTheCrisisLinesFirst() {
        askFromHome("i want to kill myself");

        WebElement crisis = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(CRISIS));
        assertThat(crisis.getDomAttribute("role")).isEqualTo("alert");
        assertThat(crisis.getText()).contains("999", "116 123", "85258");
        Object underHeading = browser.js("return document.querySelector('.kiosk-main h1').nextElementSibling.id;");
        assertThat(underHeading).as("the crisis lines come first, under the heading").isEqualTo("kiosk-crisis");
        Object beforeAnswer = browser.js("return !!(document.getElementById('kiosk-crisis').compareDocumentPosition("
                + "document.querySelector('.kiosk-ask-answer')) & Node.DOCUMENT_POSITION_FOLLOWING);");
        assertThat(beforeAnswer).as("the crisis lines come before the question and the answer").isEqualTo(true);
        assertThat(browser.driver.findElement(button("Ask us to call you as soon as we can")).isDisplayed()).isTrue();
        List<String> problems = browser.seriousAxeProblems();
        assertThat(problems).as("serious axe problems with the crisis lines").isEmpty();
    }

    @Test
    void afterTheIdleResetTheQuestionIsGone() {
        askFromHome("food");
        browser.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(ANSWER_CARDS, 0));
        browser.js("window.kioskTestPage = 'asked';");

        browser.waitUpTo(Duration.ofSeconds(75)).withMessage("the idle reset to a fresh Home screen")
                .until(d -> browser.js("return window.kioskTestPage;") == null && "/".equals(browser.path()));
        browser.waitForHome();

        browser.open("/ask");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(ASK_INPUT));
        assertThat(browser.value(ASK_INPUT)).isEmpty();
        assertThat(browser.driver.findElement(ANSWER).findElements(By.xpath("./*"))).isEmpty();
        assertThat(browser.driver.getPageSource()).doesNotContain("These may help");
    }

    /** From Home: the big "Ask a question" button, the question typed on the kiosk's keyboard, its Enter key. */
    private void askFromHome(String question) {
        browser.tap(button("Ask a question"));
        browser.waitForPath("/ask");
        browser.tapField(ASK_INPUT);
        browser.typeOnScreen(question);
        browser.tapKey("enter");
        // Enter in a one-line field sends the question and puts the keyboard away: wait until it is off the answer
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(KioskBrowser.KEYBOARD));
        browser.waitForVaadin();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(ANSWER_TEXT));
    }
}
