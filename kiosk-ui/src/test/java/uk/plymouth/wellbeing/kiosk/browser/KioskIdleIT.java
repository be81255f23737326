package uk.plymouth.wellbeing.kiosk.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.plymouth.wellbeing.kiosk.browser.KioskBrowser.SEARCH_INPUT;
import static uk.plymouth.wellbeing.kiosk.browser.KioskBrowser.button;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.test.context.TestPropertySource;

/**
 * "Are you still there?": after a quiet spell the kiosk asks, counting down where it can be seen; left alone it
 * clears everything (search, bigger text, high contrast) and shows Home; "Yes, I'm still here" keeps the screen.
 * Short times for this class only: the question comes 5 s after the last touch (25 s - 20 s) and waits 20 s, the
 * least residents may be given (WCAG 2.2.1).
 */
@TestPropertySource(properties = {"hub.kiosk.idle-after=25s", "hub.kiosk.warn-for=20s"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KioskIdleIT extends RunningKiosk {

    static final By PROMPT = By.cssSelector(".kiosk-prompt[role='alertdialog']");
    static final By COUNTDOWN = By.id("kiosk-prompt-count");
    static final Pattern SECONDS = Pattern.compile("clear in (\\d+) seconds");

    KioskBrowser browser;
    long lastTouch;

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
    void someoneIsUsingTheKiosk() {
        browser.startAgain();
        browser.tap(button("Bigger text"));
        browser.wait.until(d -> "1".equals(rootAttribute("data-text-size")));
        browser.tap(button("High contrast"));
        browser.wait.until(d -> "high".equals(rootAttribute("data-contrast")));
        browser.tapField(SEARCH_INPUT);
        browser.typeOnScreen("food");
        browser.tapKey("enter");
        lastTouch = System.nanoTime();
        browser.waitForPath("/results");
        assertThat(browser.driver.findElement(By.cssSelector(".kiosk-main h1")).getText())
                .isEqualTo("Results for \"food\"");
        browser.js("window.kioskTestPage = 'still the same page';");
    }

    @Test
    @Order(1)
    void stillHereKeepsTheScreen() {
        WebElement prompt = waitForPrompt();
        System.out.printf("[kiosk] idle prompt after %.1f s without a touch (expected 5 s)%n", since(lastTouch));
        int first = secondsLeft();
        assertThat(first).isBetween(15, 20);
        assertThat(prompt.findElement(By.id("kiosk-prompt-title")).getText()).isEqualTo("Are you still there?");

        browser.tap(By.cssSelector(".kiosk-prompt-stay"));
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(PROMPT));
        assertThat(browser.path()).isEqualTo("/results");
        assertThat(browser.js("return window.kioskTestPage;")).isEqualTo("still the same page");
        assertThat(browser.driver.findElement(By.cssSelector(".kiosk-main h1")).getText())
                .isEqualTo("Results for \"food\"");
        assertThat(rootAttribute("data-text-size")).isEqualTo("1");
        assertThat(rootAttribute("data-contrast")).isEqualTo("high");

        // the tap started the quiet spell again: the question comes back later with the whole countdown
        waitForPrompt();
        assertThat(secondsLeft()).isBetween(19, 20);
        assertThat(browser.js("return window.kioskTestPage;")).isEqualTo("still the same page");
        browser.tap(By.cssSelector(".kiosk-prompt-stay"));
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(PROMPT));
    }

    @Test
    @Order(2)
    void leftAloneItClearsEverythingAndShowsHome() {
        waitForPrompt();
        long promptShown = System.nanoTime();
        WebElement countdown = browser.driver.findElement(COUNTDOWN);
        assertThat(countdown.isDisplayed()).isTrue();
        int first = secondsLeft();
        // a countdown that can be seen going down
        browser.waitUpTo(Duration.ofSeconds(5)).until(d -> secondsLeft() < first);

        browser.waitUpTo(Duration.ofSeconds(45)).withMessage("a fresh Home screen")
                .until(d -> browser.js("return window.kioskTestPage;") == null && "/".equals(browser.path()));
        browser.waitForHome();
        System.out.printf("[kiosk] fresh Home %.1f s after the question appeared (a 20 s countdown, then the page reloads)%n",
                since(promptShown));
        assertThat(browser.driver.findElements(PROMPT)).isEmpty();
        assertThat(browser.value(SEARCH_INPUT)).isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector(".kiosk-suggestions vaadin-button"))).isEmpty();
        browser.wait.until(d -> "0".equals(rootAttribute("data-text-size")));
        assertThat(rootAttribute("data-contrast")).isEqualTo("normal");
        assertThat(browser.driver.findElement(button("High contrast")).getDomAttribute("aria-pressed"))
                .isEqualTo("false");
        assertThat(browser.driver.findElement(By.cssSelector(".kiosk-main h1")).getText()).startsWith("Welcome");
    }

    private WebElement waitForPrompt() {
        WebElement prompt = browser.waitUpTo(Duration.ofSeconds(30))
                .withMessage("the idle prompt").until(ExpectedConditions.visibilityOfElementLocated(PROMPT));
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(COUNTDOWN));
        return prompt;
    }

    private int secondsLeft() {
        String text = browser.driver.findElement(COUNTDOWN).getText();
        Matcher matcher = SECONDS.matcher(text);
        assertThat(matcher.find()).as("a countdown in: " + text).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private String rootAttribute(String name) {
        return (String) browser.js("return document.documentElement.getAttribute(arguments[0]);", name);
    }

    private static double since(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }
}
