package uk.plymouth.wellbeing.kiosk.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.plymouth.wellbeing.kiosk.browser.KioskBrowser.KEYBOARD;
import static uk.plymouth.wellbeing.kiosk.browser.KioskBrowser.SEARCH_INPUT;
import static uk.plymouth.wellbeing.kiosk.browser.KioskBrowser.button;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import uk.plymouth.wellbeing.signposting.catalogue.Activity;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.catalogue.ItemStatus;
import uk.plymouth.wellbeing.signposting.catalogue.Session;
import uk.plymouth.wellbeing.signposting.messaging.LoggingSmsSender;
import uk.plymouth.wellbeing.signposting.messaging.TextMessage;

/**
 * A resident's journeys at the kiosk, end to end in a real browser: search with the on-screen keyboard, open a
 * result, text it to a phone typed on the on-screen number pad; browse a topic and narrow it to a day.
 */
class KioskJourneyIT extends PortraitKiosk {

    static final By PHONE_INPUT = By.cssSelector("vaadin-text-field[data-keyboard='phone'] > input");
    static final By PHONE_FIELD = By.cssSelector("vaadin-text-field[data-keyboard='phone']");

    @Autowired
    LoggingSmsSender sender;

    @Autowired
    Catalogue catalogue;

    @Autowired
    Clock clock;

    @Test
    void searchWithTheOnScreenKeyboardThenTextTheDetailsToAPhone() {
        // tap the search box: the kiosk's own keyboard comes up, and typing is tapping its keys
        WebElement search = browser.tapField(SEARCH_INPUT);
        browser.typeOnScreen("stop smoking");
        assertThat(search.getDomProperty("value")).isEqualTo("stop smoking");
        WebElement enter = browser.driver.findElement(By.cssSelector(".kk-keyboard .kk-key[data-key='enter']"));
        assertThat(enter.getDomAttribute("aria-label")).isEqualTo("Search");
        browser.tapKey("enter");

        // results
        browser.waitForPath("/results");
        browser.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(KioskBrowser.CARDS, 0));
        assertThat(browser.driver.findElement(By.cssSelector(".kiosk-main h1")).getText())
                .isEqualTo("Results for \"stop smoking\"");
        assertThat(browser.driver.findElements(KEYBOARD)).as("the keyboard goes once the search is made").isEmpty();
        WebElement first = browser.cards().get(0);
        String id = first.getDomAttribute("data-item");
        String name = first.findElement(By.cssSelector("h3")).getText();
        assertThat(name).containsIgnoringCase("smok");

        // tap the card: its details
        browser.tap(first);
        browser.waitForPath("/service/" + id);
        assertThat(browser.driver.findElement(By.cssSelector(".kiosk-detail h1")).getText()).isEqualTo(name);

        // "Text this to my phone": the number typed on the on-screen phone pad, then Send
        sender.clear();
        browser.tap(button("Text this to my phone"));
        WebElement number = browser.tapField(PHONE_INPUT);
        assertThat(browser.driver.findElement(KEYBOARD).getDomAttribute("class")).contains("kk-layout-phone");
        browser.typeOnScreen("07700900123");
        assertThat(number.getDomProperty("value")).isEqualTo("07700900123");
        browser.tap(button("Send the text"));

        browser.waitUpTo(KioskBrowser.WAIT).withMessage("a text handed to the console sender")
                .until(d -> !sender.recent().isEmpty());
        assertThat(sender.recent()).hasSize(1);
        TextMessage sent = sender.recent().get(0);
        assertThat(sent.to().e164()).isEqualTo("+447700900123");
        assertThat(sent.body()).contains(name);
        browser.waitUpTo(KioskBrowser.WAIT).withMessage("the number field emptied after sending")
                .until(d -> "".equals(browser.value(PHONE_INPUT)));
        WebElement outcome = browser.driver.findElement(By.cssSelector("vaadin-dialog-overlay [role='status']"));
        assertThat(outcome.getText()).startsWith("Sent to +44").endsWith("It should arrive in a minute or two.")
                .doesNotContain("900123");
        assertThat(browser.driver.findElement(PHONE_FIELD).getDomAttribute("invalid")).isNull();
    }

    @Test
    void aNumberThatCannotGetTextsGetsAClearMessage() {
        DirectoryItem item = catalogue.services().stream().filter(s -> s.status() == ItemStatus.ACTIVE)
                .min(Comparator.comparing(HubService::id)).orElseThrow();
        browser.open("/service/" + item.id());
        sender.clear();
        browser.tap(button("Text this to my phone"));
        browser.tapField(PHONE_INPUT);
        browser.typeOnScreen("01632960123");                 // a (fictional) landline: texts cannot reach it
        browser.tap(button("Send the text"));

        browser.wait.until(ExpectedConditions.attributeToBeNotEmpty(
                browser.driver.findElement(PHONE_FIELD), "invalid"));
        WebElement message = browser.driver.findElement(
                By.cssSelector("vaadin-text-field[data-keyboard='phone'] > [slot='error-message']"));
        browser.wait.until(ExpectedConditions.visibilityOf(message));
        System.out.println("[kiosk] message for a landline: " + message.getText());
        assertThat(message.getText()).containsIgnoringCase("mobile");
        assertThat(sender.recent()).isEmpty();
        assertThat(browser.value(PHONE_INPUT)).as("the number stays to be corrected").isEqualTo("01632960123");
    }

    @Test
    void aTopicNarrowedToADayShowsOnlyWhatRunsThatDay() {
        LocalDate today = LocalDate.now(clock);
        // the topic with the most going on today, so "Today" has something to show whatever day the tests run
        Category topic = busiestCategory(today);
        browser.tap(By.cssSelector("button.kiosk-tile[data-category='" + topic.id() + "']"));
        browser.waitForPath("/results");
        browser.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(KioskBrowser.CARDS, 0));
        List<String> anyDay = browser.cards().stream().map(card -> card.getDomAttribute("data-item")).toList();
        assertThat(anyDay).allSatisfy(id -> assertThat(item(id).category()).isEqualTo(topic));

        chooseChip("Today");
        List<String> onToday = allShownItems();
        System.out.printf("[kiosk] %s: %d results today (%s)%n", topic.id(), onToday.size(), today.getDayOfWeek());
        assertThat(onToday).as("something on today in " + topic.id()).isNotEmpty();
        assertThat(onToday).allSatisfy(id -> assertThat(runsOn(item(id), today))
                .as(id + " runs on " + today).isTrue());
        assertThat(onToday).allSatisfy(id -> assertThat(item(id).category()).isEqualTo(topic));

        chooseChip("This week");
        List<String> thisWeek = allShownItems();
        assertThat(thisWeek).containsAll(onToday);
        assertThat(thisWeek).allSatisfy(id -> assertThat(today.datesUntil(today.plusDays(7))
                .anyMatch(day -> runsOn(item(id), day))).as(id + " runs in the next 7 days").isTrue());
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private void chooseChip(String words) {
        browser.tap(button(words));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//vaadin-button[normalize-space(.)='" + words + "' and @aria-pressed='true']")));
        browser.waitForVaadin();
    }

    /** Every card on every page of the results, following "Next" (a chip tapped later starts again at page 1). */
    private List<String> allShownItems() {
        List<String> ids = new ArrayList<>();
        int page = 1;
        while (true) {
            browser.cards().forEach(card -> ids.add(card.getDomAttribute("data-item")));
            List<WebElement> next = browser.driver.findElements(button("Next"));
            if (next.isEmpty() || next.get(0).getDomAttribute("disabled") != null) {
                break;
            }
            browser.tap(next.get(0));
            page++;
            String shown = "Page " + page + " of ";
            browser.wait.until(d -> d.findElements(By.cssSelector(".kiosk-paging span")).stream()
                    .anyMatch(span -> span.getText().startsWith(shown)));
        }
        if (!ids.isEmpty()) {
            String count = browser.driver.findElement(By.cssSelector(".kiosk-main h2")).getText();
            assertThat(count).as("the count matches the cards").isEqualTo(ids.size() == 1 ? "1 result"
                    : ids.size() + " results");
        }
        assertThat(ids).doesNotHaveDuplicates();
        return ids;
    }

    private DirectoryItem item(String id) {
        return catalogue.item(id).orElseThrow(() -> new AssertionError("no item " + id));
    }

    private Category busiestCategory(LocalDate day) {
        Map<Category, Long> counts = allItems().stream().filter(item -> runsOn(item, day))
                .collect(Collectors.groupingBy(DirectoryItem::category, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElseThrow(() -> new AssertionError("nothing at all runs on " + day));
    }

    private List<DirectoryItem> allItems() {
        List<DirectoryItem> all = new ArrayList<>(catalogue.services());
        all.addAll(catalogue.activities());
        return all;
    }

    /**
     * Whether an item runs on a date, worked out here from the content itself: an activity on its dates; a service
     * on its own weekly sessions, or, without any, whenever one of its hubs is open.
     */
    private boolean runsOn(DirectoryItem item, LocalDate date) {
        if (item instanceof Activity activity) {
            return activity.occursOn(date);
        }
        HubService service = (HubService) item;
        if (service.status() != ItemStatus.ACTIVE) {
            return false;
        }
        if (!service.sessions().isEmpty()) {
            return service.sessions().stream().map(Session::day).anyMatch(d -> d == date.getDayOfWeek());
        }
        return service.hubIds().stream().map(catalogue::hub).flatMap(java.util.Optional::stream)
                .anyMatch(hub -> hub.openingHours().isOpenOn(date.getDayOfWeek()));
    }
}
