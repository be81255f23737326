package uk.plymouth.wellbeing.kiosk.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.plymouth.wellbeing.kiosk.browser.KioskBrowser.KEYBOARD;
import static uk.plymouth.wellbeing.kiosk.browser.KioskBrowser.SEARCH_INPUT;
import static uk.plymouth.wellbeing.kiosk.browser.KioskBrowser.button;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Help that is seen: when the words typed may mean a crisis, the crisis panel is the first thing under the heading,
 * above the search box, filter chips and results (or the question and answer), and the whole of it, its "Ask us to
 * call you as soon as we can" button included, is on the screen as the page opens, without scrolling: portrait
 * 1080 x 1920 and landscape 1920 x 1080, at every text size. It is an alert to screen readers, looks urgent (dark
 * red, never the green of a confirmation), and axe finds nothing serious, in high contrast too. Each measurement is
 * printed ("[crisis] ...").
 */
class KioskCrisisHelpIT extends RunningKiosk {

    static final String WORDS = "i want to end my life";
    static final int LARGEST = 3;
    static final By PANEL = By.id("kiosk-crisis");
    static final By ASK_INPUT = By.cssSelector("vaadin-text-field.kiosk-ask-field > input");
    static final String URGENT_RED = "rgb(138, 27, 27)";

    @Test
    void resultsInPortraitAtEveryTextSize() {
        try (KioskBrowser kiosk = KioskBrowser.portrait(baseUrl())) {
            resultsAtEveryTextSize(kiosk, "portrait 1080 x 1920");
        }
    }

    @Test
    void resultsInLandscapeAtEveryTextSize() {
        try (KioskBrowser kiosk = KioskBrowser.landscape(baseUrl())) {
            resultsAtEveryTextSize(kiosk, "landscape 1920 x 1080");
        }
    }

    @Test
    void askInLandscapeAtTheDefaultAndTheLargestText() {
        try (KioskBrowser kiosk = KioskBrowser.landscape(baseUrl())) {
            for (int size : new int[] {0, LARGEST}) {
                kiosk.startAgain();
                textSize(kiosk, size, "Bigger text");
                kiosk.tap(button("Ask a question"));
                kiosk.waitForPath("/ask");
                kiosk.tapField(ASK_INPUT);
                kiosk.typeOnScreen(WORDS);
                kiosk.tapKey("enter");
                Map<String, Object> seen = whenSettled(kiosk);
                String where = "landscape 1920 x 1080, text size " + size + ", ask";
                assertSeenWhole(seen, where);
                assertThat(number(seen, "panelBottom")).as("above the question, " + where)
                        .isLessThanOrEqualTo(number(seen, "questionTop"));
                assertThat(number(seen, "panelBottom")).as("above the answer, " + where)
                        .isLessThanOrEqualTo(number(seen, "answerTop"));
                assertThat(kiosk.seriousAxeProblems()).as("axe, " + where).isEmpty();
            }
        }
    }

    @Test
    void inPolishTheLongerPolishLinesFitTooAtTheLargestTextInLandscape() {
        try (KioskBrowser kiosk = KioskBrowser.landscape(baseUrl())) {
            kiosk.startAgain();
            KioskKeyboardLanguageIT.choosePolish(kiosk);
            textSize(kiosk, LARGEST, "Większy tekst");
            kiosk.tapField(SEARCH_INPUT);
            kiosk.typeOnScreen("nie chcę żyć");
            kiosk.tapKey("enter");
            kiosk.waitForPath("/results");
            Map<String, Object> seen = whenSettled(kiosk);
            String where = "landscape 1920 x 1080, text size " + LARGEST + ", Polish results";
            assertSeenWhole(seen, where);
            assertThat(kiosk.driver.findElement(PANEL).getText())
                    .contains("Nie musisz radzić sobie z tym sam", "Samaritans: zadzwoń pod 116 123",
                            "Poproś, żebyśmy zadzwonili do Ciebie jak najszybciej");
            assertThat(kiosk.seriousAxeProblems()).as("axe, " + where).isEmpty();
        }
    }

    @Test
    void inHighContrastItIsStillUrgentAndReadable() {
        try (KioskBrowser kiosk = KioskBrowser.landscape(baseUrl())) {
            kiosk.startAgain();
            kiosk.tap(button("High contrast"));
            kiosk.wait.until(d -> "high".equals(kiosk.js("return document.documentElement.dataset.contrast;")));
            textSize(kiosk, LARGEST, "Bigger text");
            kiosk.searchFor(WORDS);
            Map<String, Object> seen = whenSettled(kiosk);
            String where = "landscape 1920 x 1080, text size " + LARGEST + ", high contrast";
            assertThat(seen.get("border")).as("a yellow border on black, " + where).isEqualTo("rgb(255, 221, 0)");
            assertSeenWhole(seen, where);
            assertThat(kiosk.seriousAxeProblems()).as("axe, " + where).isEmpty();
        }
    }

    // ---- moves -------------------------------------------------------------------------------------------------

    private static void resultsAtEveryTextSize(KioskBrowser kiosk, String screen) {
        for (int size = 0; size <= LARGEST; size++) {
            kiosk.startAgain();
            textSize(kiosk, size, "Bigger text");
            kiosk.searchFor(WORDS);
            Map<String, Object> seen = whenSettled(kiosk);
            String where = screen + ", text size " + size + ", results";
            assertSeenWhole(seen, where);
            assertThat(seen.get("border")).as("urgent dark red, not green, " + where).isEqualTo(URGENT_RED);
            assertThat(number(seen, "panelBottom")).as("above the search box, " + where)
                    .isLessThanOrEqualTo(number(seen, "searchTop"));
            assertThat(number(seen, "panelBottom")).as("above the filter chips, " + where)
                    .isLessThanOrEqualTo(number(seen, "chipsTop"));
            assertThat(number(seen, "panelBottom")).as("above the first result, " + where)
                    .isLessThanOrEqualTo(number(seen, "firstCardTop"));
            assertThat(kiosk.driver.findElement(PANEL).getText()).contains("116 123", "85258", "999");
            if (size == 0 || size == LARGEST) {
                assertThat(kiosk.seriousAxeProblems()).as("axe, " + where).isEmpty();
            }
        }
    }

    /** From a fresh Home screen: taps "Bigger text" (in the page's words) until the text is this size. */
    private static void textSize(KioskBrowser kiosk, int size, String biggerText) {
        for (int step = 1; step <= size; step++) {
            String next = String.valueOf(step);
            kiosk.tap(button(biggerText));
            kiosk.wait.until(d -> next.equals(kiosk.js("return document.documentElement.dataset.textSize;")));
        }
    }

    /**
     * Once the keyboard has gone, the server has answered and the page is drawn (fonts loaded, two frames), where
     * the panel and its neighbours are on the screen, as the resident first sees it: nothing is scrolled here.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> whenSettled(KioskBrowser kiosk) {
        kiosk.wait.until(ExpectedConditions.invisibilityOfElementLocated(KEYBOARD));
        kiosk.wait.until(ExpectedConditions.presenceOfElementLocated(PANEL));
        kiosk.waitForVaadin();
        kiosk.driver.manage().timeouts().scriptTimeout(KioskBrowser.WAIT);
        Map<String, Object> seen = (Map<String, Object>) ((JavascriptExecutor) kiosk.driver).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                document.fonts.ready.then(function () {
                  requestAnimationFrame(function () { requestAnimationFrame(function () {
                    function top(selector) {
                      var e = document.querySelector(selector);
                      return e ? Math.round(e.getBoundingClientRect().top) : null;
                    }
                    var panel = document.getElementById('kiosk-crisis');
                    var box = panel.getBoundingClientRect();
                    var call = document.getElementById('kiosk-crisis-call').getBoundingClientRect();
                    var heading = document.querySelector('.kiosk-main h1');
                    done({scrollY: Math.round(window.scrollY), width: window.innerWidth, height: window.innerHeight,
                      panelTop: Math.round(box.top), panelBottom: Math.round(box.bottom),
                      panelLeft: Math.round(box.left), panelRight: Math.round(box.right),
                      callTop: Math.round(call.top), callBottom: Math.round(call.bottom),
                      headingBottom: Math.round(heading.getBoundingClientRect().bottom),
                      afterHeading: heading.nextElementSibling ? heading.nextElementSibling.id : null,
                      role: panel.getAttribute('role'), textSize: document.documentElement.dataset.textSize,
                      border: getComputedStyle(panel).borderTopColor,
                      searchTop: top('.kiosk-main .kiosk-search-row'), chipsTop: top('.kiosk-main .kiosk-chips'),
                      firstCardTop: top('.kiosk-main .kiosk-cards .kiosk-card'),
                      questionTop: top('.kiosk-main .kiosk-ask-row'), answerTop: top('.kiosk-main .kiosk-ask-answer')});
                  }); });
                });
                """);
        return seen;
    }

    // ---- checks ------------------------------------------------------------------------------------------------

    /** The first thing under the heading, an alert, and all of it on the screen with the page at the top. */
    private static void assertSeenWhole(Map<String, Object> seen, String where) {
        System.out.printf("[crisis] %s: panel %s..%s px (call button %s..%s) of %s, heading ends %s, search %s, "
                + "chips %s, first card %s, question %s, answer %s, scrollY %s%n", where, seen.get("panelTop"),
                seen.get("panelBottom"), seen.get("callTop"), seen.get("callBottom"), seen.get("height"),
                seen.get("headingBottom"), seen.get("searchTop"), seen.get("chipsTop"), seen.get("firstCardTop"),
                seen.get("questionTop"), seen.get("answerTop"), seen.get("scrollY"));
        assertThat(seen.get("afterHeading")).as("the first thing under the heading, " + where)
                .isEqualTo("kiosk-crisis");
        assertThat(seen.get("role")).as("announced by screen readers, " + where).isEqualTo("alert");
        assertThat(number(seen, "scrollY")).as("the page as it opens, not scrolled, " + where).isZero();
        assertThat(number(seen, "panelTop")).as("the panel's top on the screen, " + where)
                .isGreaterThanOrEqualTo(number(seen, "headingBottom")).isGreaterThanOrEqualTo(0);
        assertThat(number(seen, "callBottom")).as("the call button on the screen, " + where)
                .isLessThanOrEqualTo(number(seen, "height"));
        assertThat(number(seen, "panelBottom")).as("the whole panel on the screen, " + where)
                .isLessThanOrEqualTo(number(seen, "height"));
        assertThat(number(seen, "panelLeft")).as(where).isGreaterThanOrEqualTo(0);
        assertThat(number(seen, "panelRight")).as(where).isLessThanOrEqualTo(number(seen, "width"));
    }

    private static long number(Map<String, Object> seen, String key) {
        Object value = seen.get(key);
        assertThat(value).as(key).isInstanceOf(Number.class);
        return ((Number) value).longValue();
    }
}
