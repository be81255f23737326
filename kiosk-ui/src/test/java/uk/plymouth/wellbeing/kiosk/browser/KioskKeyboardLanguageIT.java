package uk.plymouth.wellbeing.kiosk.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.plymouth.wellbeing.kiosk.browser.KioskBrowser.KEYBOARD;
import static uk.plymouth.wellbeing.kiosk.browser.KioskBrowser.SEARCH_INPUT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The on-screen keyboard follows the language the resident picks: in Polish it has the Polish letters (and their
 * capitals with Shift) and names its keys in Polish, so "nie chcę żyć" can be typed at all; in English it has
 * neither. Every row fits the screen with keys far above the 44 x 44 px minimum, portrait and landscape, at every
 * text size, and axe finds nothing serious on it.
 */
class KioskKeyboardLanguageIT extends PortraitKiosk {

    static final List<String> POLISH_LETTERS = List.of("ą", "ć", "ę", "ł", "ń", "ó", "ś", "ź", "ż");
    static final By KEYS = By.cssSelector(".kk-keyboard:not([hidden]) .kk-key");

    @Test
    void inPolishTheKeyboardTypesPolishLettersAndNamesItsKeysInPolish() {
        choosePolish(browser);
        WebElement search = browser.tapField(SEARCH_INPUT);

        WebElement keyboard = browser.driver.findElement(KEYBOARD);
        assertThat(keyboard.getDomAttribute("aria-label")).isEqualTo("Klawiatura ekranowa");
        assertThat(browser.driver.findElements(By.cssSelector(".kk-keyboard .kk-row"))).hasSize(5);
        assertThat(keysOfRow(0)).as("the Polish letters, a row of their own above QWERTY")
                .containsExactlyElementsOf(POLISH_LETTERS);
        assertThat(keysOfRow(1)).startsWith("q", "w", "e", "r", "t", "y");

        // the words on the keys and the names read out, in Polish; each name starts with the words shown
        assertThat(key("delete")).isEqualTo(List.of("Usuń", "Usuń"));
        assertThat(key("space")).isEqualTo(List.of("Spacja", "Spacja"));
        assertThat(key("enter")).isEqualTo(List.of("Szukaj", "Szukaj"));
        assertThat(key("hide")).isEqualTo(List.of("Ukryj klawiaturę", "Ukryj klawiaturę"));
        assertThat(key("shift")).isEqualTo(List.of("ABC", "ABC, Wielkie litery"));
        assertThat(key("numbers")).isEqualTo(List.of("123", "123, Cyfry i symbole"));

        browser.typeOnScreen("nie chcę żyć");
        assertThat(search.getDomProperty("value")).isEqualTo("nie chcę żyć");
        for (int i = 0; i < "nie chcę żyć".length(); i++) {
            browser.tapKey("delete");
        }
        assertThat(search.getDomProperty("value")).isEmpty();

        // Shift: the Polish keys show and type capitals, once
        browser.tapKey("shift");
        browser.wait.until(d -> "true".equals(
                d.findElement(By.cssSelector(".kk-keyboard .kk-key[data-key='shift']")).getDomAttribute("aria-pressed")));
        assertThat(key("ą")).isEqualTo(List.of("Ą", "Ą"));
        assertThat(key("ż")).isEqualTo(List.of("Ż", "Ż"));
        typeWithShift("WĄŻ i łódź, gęś");
        assertThat(search.getDomProperty("value")).isEqualTo("WĄŻ i łódź, gęś");
        assertThat(key("ą")).as("Shift is for one letter").isEqualTo(List.of("ą", "ą"));

        // the other layer and back
        browser.tapKey("numbers");
        assertThat(key("letters")).isEqualTo(List.of("ABC", "ABC, Litery"));
        browser.tapKey("letters");
        browser.tapKey("ę");
        assertThat(search.getDomProperty("value")).isEqualTo("WĄŻ i łódź, gęśę");
    }

    @Test
    void inEnglishTheKeyboardHasNoPolishLettersAndEnglishNames() {
        browser.tapField(SEARCH_INPUT);
        assertThat(browser.js("return document.documentElement.lang;")).isEqualTo("en-GB");
        assertThat(browser.driver.findElement(KEYBOARD).getDomAttribute("aria-label"))
                .isEqualTo("On-screen keyboard");
        assertThat(browser.driver.findElements(By.cssSelector(".kk-keyboard .kk-row"))).hasSize(4);
        assertThat(keysOfRow(0)).startsWith("q", "w", "e", "r", "t", "y");
        assertThat(allKeys()).doesNotContainAnyElementsOf(POLISH_LETTERS)
                .doesNotContainAnyElementsOf(POLISH_LETTERS.stream().map(String::toUpperCase).toList());
        assertThat(key("delete")).isEqualTo(List.of("Delete", "Delete"));
        assertThat(key("space")).isEqualTo(List.of("Space", "Space"));
        assertThat(key("enter")).isEqualTo(List.of("Search", "Search"));
        assertThat(key("hide")).isEqualTo(List.of("Hide keyboard", "Hide keyboard"));
        assertThat(key("shift")).isEqualTo(List.of("ABC", "ABC, Capital letters"));
        assertThat(key("numbers")).isEqualTo(List.of("123", "123, Numbers and symbols"));
        browser.tapKey("numbers");
        assertThat(key("letters")).isEqualTo(List.of("ABC", "ABC, Letters"));
        assertThat(allKeys()).doesNotContainAnyElementsOf(POLISH_LETTERS);
    }

    @Test
    void thePolishKeyboardHasNoSeriousAccessibilityProblems() {
        choosePolish(browser);
        browser.tapField(SEARCH_INPUT);
        assertThat(browser.seriousAxeProblems()).as("axe on the Polish letters").isEmpty();
        assertThat(labelInNameProblems()).as("every key's name holds the words it shows").isEmpty();
        browser.tapKey("shift");
        assertThat(browser.seriousAxeProblems()).as("axe on the Polish capitals").isEmpty();
        browser.tapKey("numbers");
        assertThat(browser.seriousAxeProblems()).as("axe on the numbers and symbols").isEmpty();
        assertThat(labelInNameProblems()).as("every key's name holds the words it shows").isEmpty();
    }

    @Test
    void everyRowFitsAndEveryKeyIsBigInPortraitAndLandscapeAtEveryTextSize() {
        choosePolish(browser);
        assertKeysFitAtEveryTextSize(browser, "portrait 1080 x 1920");
        try (KioskBrowser wide = KioskBrowser.landscape(browser.baseUrl)) {
            wide.startAgain();
            choosePolish(wide);
            assertKeysFitAtEveryTextSize(wide, "landscape 1920 x 1080");
        }
    }

    // ---- moves -------------------------------------------------------------------------------------------------

    /** Picks "Polski" in the kiosk's language list, as a resident would, and waits for the page to be in Polish. */
    static void choosePolish(KioskBrowser kiosk) {
        kiosk.tap(By.cssSelector(".kiosk-tools vaadin-select"));
        kiosk.tap(By.xpath("//vaadin-select-item[normalize-space(.)='Polski']"));
        kiosk.wait.until(d -> "pl".equals(kiosk.js("return document.documentElement.lang;")));
        kiosk.wait.until(ExpectedConditions.attributeContains(By.cssSelector("vaadin-text-field.kiosk-search"),
                "placeholder", "Na przykład"));
        kiosk.waitForVaadin();
    }

    /** Types on the on-screen keyboard, tapping Shift before each capital letter. */
    private void typeWithShift(String text) {
        for (char c : text.toCharArray()) {
            if (Character.isUpperCase(c)) {
                if (!"true".equals(browser.driver.findElement(By.cssSelector(".kk-keyboard .kk-key[data-key='shift']"))
                        .getDomAttribute("aria-pressed"))) {
                    browser.tapKey("shift");
                }
                browser.tapKey(String.valueOf(Character.toLowerCase(c)));
            } else {
                browser.typeOnScreen(String.valueOf(c));
            }
        }
    }

    private void assertKeysFitAtEveryTextSize(KioskBrowser kiosk, String screen) {
        for (int size = 0; size <= 3; size++) {
            if (size > 0) {
                String next = String.valueOf(size);
                kiosk.tap(KioskBrowser.button("Większy tekst"));
                kiosk.wait.until(d -> next.equals(kiosk.js("return document.documentElement.dataset.textSize;")));
            }
            kiosk.tapField(SEARCH_INPUT);
            for (String layer : List.of("letters", "numbers")) {
                if (layer.equals("numbers")) {
                    kiosk.tapKey("numbers");
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> fit = (Map<String, Object>) kiosk.js(FIT);
                String where = screen + ", text size " + size + ", " + layer + ": " + fit;
                System.out.println("[keyboard] " + where);
                assertThat((List<?>) fit.get("problems")).as(where).isEmpty();
                assertThat(((Number) fit.get("smallestWidth")).doubleValue()).as(where).isGreaterThanOrEqualTo(64);
                assertThat(((Number) fit.get("smallestHeight")).doubleValue()).as(where).isGreaterThanOrEqualTo(64);
                assertThat(((Number) fit.get("share")).doubleValue()).as("share of the screen height, " + where)
                        .isLessThanOrEqualTo(screen.startsWith("landscape") ? 0.5 : 0.45);
            }
            kiosk.tapKey("hide");
            kiosk.wait.until(ExpectedConditions.invisibilityOfElementLocated(KEYBOARD));
        }
    }

    /**
     * For the keyboard on show: every key inside the keyboard and the screen, its words inside the key, no key
     * under 44 x 44 px; the smallest key, and the share of the screen's height the keyboard takes.
     */
    static final String FIT = """
            var kb = document.querySelector('.kk-keyboard:not([hidden])');
            var box = kb.getBoundingClientRect();
            var problems = [];
            var smallestWidth = 1e9, smallestHeight = 1e9;
            kb.querySelectorAll('.kk-key').forEach(function (key) {
              var r = key.getBoundingClientRect();
              var name = key.getAttribute('data-key');
              smallestWidth = Math.min(smallestWidth, r.width);
              smallestHeight = Math.min(smallestHeight, r.height);
              if (r.width < 44 || r.height < 44) { problems.push(name + ' is ' + r.width + ' x ' + r.height); }
              if (r.left < box.left || r.right > box.right || r.right > window.innerWidth || r.left < 0) {
                problems.push(name + ' sticks out: ' + r.left + '..' + r.right + ' of ' + box.left + '..' + box.right);
              }
              if (key.scrollWidth > key.clientWidth + 1 || key.scrollHeight > key.clientHeight + 1) {
                problems.push(name + "'s words overflow: " + key.scrollWidth + ' x ' + key.scrollHeight
                    + ' in ' + key.clientWidth + ' x ' + key.clientHeight);
              }
              var label = key.querySelector('.kk-label').getBoundingClientRect();
              if (label.left < r.left - 1 || label.right > r.right + 1 || label.top < r.top - 1
                  || label.bottom > r.bottom + 1) {
                problems.push(name + "'s words do not fit the key");
              }
            });
            kb.querySelectorAll('.kk-row').forEach(function (row, i) {
              var keys = row.querySelectorAll('.kk-key');
              var top = keys[0].getBoundingClientRect().top;
              keys.forEach(function (key) {
                if (Math.abs(key.getBoundingClientRect().top - top) > 1) { problems.push('row ' + i + ' wraps'); }
              });
            });
            return {problems: problems, smallestWidth: Math.round(smallestWidth),
              smallestHeight: Math.round(smallestHeight), keyboardHeight: Math.round(box.height),
              share: box.height / window.innerHeight, rows: kb.querySelectorAll('.kk-row').length};
            """;

    // ---- reading -----------------------------------------------------------------------------------------------

    /** The data-key names of one row of the keyboard on show. */
    private List<String> keysOfRow(int row) {
        return browser.driver.findElements(By.cssSelector(".kk-keyboard:not([hidden]) .kk-row")).get(row)
                .findElements(By.cssSelector(".kk-key")).stream().map(k -> k.getDomAttribute("data-key")).toList();
    }

    /** The words shown on every key on show. */
    private List<String> allKeys() {
        return browser.driver.findElements(KEYS).stream()
                .map(k -> k.findElement(By.cssSelector(".kk-label")).getText()).toList();
    }

    /** A key's words as shown, and its name as read out. */
    private List<String> key(String name) {
        WebElement key = browser.driver.findElement(
                By.cssSelector(".kk-keyboard:not([hidden]) .kk-key[data-key='" + name + "']"));
        return List.of(key.findElement(By.cssSelector(".kk-label")).getText(), key.getDomAttribute("aria-label"));
    }

    /**
     * axe's "label-content-name-mismatch" (WCAG 2.5.3, label in name) on the keyboard alone, with the nodes it
     * checked: the rule must have looked at the word keys, and found none whose name leaves out the words shown.
     */
    @SuppressWarnings("unchecked")
    private List<String> labelInNameProblems() {
        if (!Boolean.TRUE.equals(browser.js("return typeof window.axe === 'object';"))) {
            browser.axe();                                     // puts axe on the page
        }
        Map<String, Object> result = (Map<String, Object>) ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document.querySelector('.kk-keyboard:not([hidden])'),
                    {runOnly: {type: 'rule', values: ['label-content-name-mismatch']}}).then(function (r) {
                  function targets(list) {
                    return [].concat.apply([], list.map(function (v) {
                      return v.nodes.map(function (n) { return n.html; });
                    }));
                  }
                  done({checked: targets(r.passes).concat(targets(r.violations)).length,
                    violations: targets(r.violations)});
                }).catch(function (e) { done({checked: 0, violations: [String(e)]}); });
                """);
        Map<String, Object> summary = new LinkedHashMap<>(result);
        System.out.println("[axe] label in name on the keyboard: " + summary);
        assertThat(((Number) result.get("checked")).intValue()).as("keys the rule checked").isPositive();
        return (List<String>) result.get("violations");
    }
}
