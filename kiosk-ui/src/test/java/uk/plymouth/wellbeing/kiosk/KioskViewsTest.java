package uk.plymouth.wellbeing.kiosk;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import uk.plymouth.wellbeing.HubApplication;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.messaging.InvalidPhoneNumberException;
import uk.plymouth.wellbeing.signposting.messaging.LoggingSmsSender;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;
import uk.plymouth.wellbeing.signposting.messaging.TextMessage;

/**
 * The kiosk screens driven as a resident would, without a browser (Karibu-Testing), over the real app with the
 * bundled sample content and the clock fixed at Tuesday 24 November 2026, 10:00 in Plymouth.
 */
@SpringBootTest
@ActiveProfiles("test")
class KioskViewsTest {

    static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 24, 10, 0, 0, 0, HubApplication.PLYMOUTH);
    static final LocalDate TODAY = NOW.toLocalDate();
    static final String FOUR_GREENS = "four-greens";
    static final Pattern COUNT = Pattern.compile("(\\d+) results?");
    static final Pattern PAGE = Pattern.compile("Page (\\d+) of (\\d+)");
    static final Pattern CHIP_COUNT = Pattern.compile(".+ \\((\\d+)\\)");

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW.toInstant(), HubApplication.PLYMOUTH);
        }
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    Catalogue catalogue;

    @Autowired
    LoggingSmsSender sms;

    @BeforeEach
    void setUp() {
        Routes routes = new Routes(Set.<Class<? extends Component>>of(HomeView.class, ResultsView.class,
                DetailView.class, WhatsOnView.class), Set.of(), true);
        Function0<UI> uiFactory = MockedUI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    // ---------------------------------------------------------------- home

    @Test
    void homeWelcomesToTheHubNamedInTheAddress() {
        openHomeAt(FOUR_GREENS);

        HomeView home = _get(HomeView.class);
        assertThat(_get(home, H1.class).getText())
                .isEqualTo("Welcome to Four Greens Wellbeing and Family Hub. What can we help you with?");
        assertThat(state().hubId()).isEqualTo(FOUR_GREENS);
        assertThat(_find(home.tiles, NativeButton.class)).hasSize(8);
    }

    @Test
    void homeShowsWhatIsOnLaterTodayAtThisHub() {
        openHomeAt(FOUR_GREENS);

        HomeView home = _get(HomeView.class);
        assertThat(_get(home.today, H2.class).getText()).isEqualTo("What's on later today here");
        List<String> later = catalogue.whatsOn(TODAY, 1, FOUR_GREENS).stream()
                .filter(session -> session.end().isAfter(NOW.toLocalDateTime())).map(s -> s.activity().id())
                .limit(HomeView.TODAY_SHOWN).toList();
        List<ResultCard> cards = _find(home.today, ResultCard.class);
        assertThat(cards).extracting(KioskViewsTest::id).containsExactlyElementsOf(later);
        if (later.isEmpty()) {
            assertThat(paragraphs(home.today)).contains(
                    "Nothing else is on here today. See the full timetable for the rest of the week.");
        } else {
            assertThat(later).contains("fg-job-club");
        }
    }

    @Test
    void aTodayCardOpensItsDetails() {
        openHomeAt(FOUR_GREENS);
        ResultCard first = _find(_get(HomeView.class).today, ResultCard.class).get(0);

        _fireDomEvent(first, "click");

        expectView(DetailView.class);
        assertThat(getCurrentPath()).isEqualTo("service/" + id(first));
    }

    // ---------------------------------------------------------------- searching

    @Test
    void searchingFromHomeShowsResultCards() {
        searchFromHome("stop smoking");

        expectView(ResultsView.class);
        ResultsView view = _get(ResultsView.class);
        assertThat(view.heading.getText()).isEqualTo("Results for \"stop smoking\"");
        assertThat(view.searchBox.field.getValue()).isEqualTo("stop smoking");
        List<ResultCard> cards = _find(view.results, ResultCard.class);
        assertThat(cards).isNotEmpty().hasSizeLessThanOrEqualTo(ResultsView.PAGE_SIZE);
        assertThat(title(cards.get(0))).containsIgnoringCase("smoking");
        assertThat(total(view)).isGreaterThanOrEqualTo(cards.size());
    }

    @Test
    void theSearchIsNeverPutInTheAddress() {
        searchFromHome("stop smoking");

        assertThat(getCurrentPath()).isEqualTo("results").doesNotContainIgnoringCase("smok");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters())
                .isEmpty();

        ResultsView view = _get(ResultsView.class);
        _setValue(view.searchBox.field, "food bank");
        _click(view.searchBox.search);

        assertThat(getCurrentPath()).isEqualTo("results").doesNotContainIgnoringCase("food");
        assertThat(view.heading.getText()).isEqualTo("Results for \"food bank\"");
        assertThat(state().search().text()).isEqualTo("food bank");
    }

    @Test
    void resultsWithoutASearchGoHome() {
        UI.getCurrent().navigate(ResultsView.class);

        expectView(HomeView.class);
    }

    @Test
    void aCategoryTileShowsOnlyThatCategoryWithCountedChips() {
        openHomeAt(FOUR_GREENS);
        chooseTile(_get(HomeView.class).tiles, Category.FOOD);

        expectView(ResultsView.class);
        ResultsView view = _get(ResultsView.class);
        assertThat(view.heading.getText()).isEqualTo("Food");
        assertThat(categoriesShown(view)).containsOnly(Category.FOOD);
        Button food = chip(view, "Food (");
        assertThat(food.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(chipCount(food)).isEqualTo(total(view)).isPositive();
        assertThat(categoryChips(view)).allSatisfy(chip -> assertThat(chip.getText()).matches(CHIP_COUNT));
    }

    @Test
    void aTextSearchOffersCategoryChipsThatNarrowTheResults() {
        searchFromHome("stop smoking");
        ResultsView view = _get(ResultsView.class);
        int all = total(view);
        List<Button> chips = categoryChips(view);
        assertThat(chips).isNotEmpty().allSatisfy(chip -> {
            assertThat(chip.getText()).matches(CHIP_COUNT);
            assertThat(chip.getElement().getAttribute("aria-pressed")).isEqualTo("false");
        });
        Button healthy = chip(view, "Healthy living and stopping smoking (");
        int counted = chipCount(healthy);

        _click(healthy);

        assertThat(total(view)).isEqualTo(counted).isLessThanOrEqualTo(all);
        assertThat(categoriesShown(view)).containsOnly(Category.HEALTHY_LIFESTYLES);
        assertThat(chip(view, "Healthy living and stopping smoking (").getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");
    }

    @Test
    void freeOnlyLeavesOutWhatCostsMoneyAndTogglesBack() {
        openHomeAt(FOUR_GREENS);
        chooseTile(_get(HomeView.class).tiles, Category.SPORT_PHYSICAL_ACTIVITY);
        ResultsView view = _get(ResultsView.class);
        int all = total(view);

        _click(chip(view, "Free only"));

        int free = total(view);
        assertThat(free).isLessThan(all);
        assertThat(state().search().freeOnly()).isTrue();
        assertThat(chip(view, "Free only").getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(itemsShown(view)).allSatisfy(item -> assertThat(item.cost().free()).isTrue());

        _click(chip(view, "Free only"));

        assertThat(total(view)).isEqualTo(all);
        assertThat(state().search().freeOnly()).isFalse();
    }

    @Test
    void dayChipsNarrowToWhatIsOnThatDay() {
        openHomeAt(FOUR_GREENS);
        chooseTile(_get(HomeView.class).tiles, Category.SOCIAL_ACTIVITIES);
        ResultsView view = _get(ResultsView.class);
        int anyDay = total(view);
        assertThat(chip(view, "Any day").getElement().getAttribute("aria-pressed")).isEqualTo("true");

        _click(chip(view, "Today"));

        assertThat(state().search().day()).isEqualTo(DayChoice.TODAY);
        assertThat(chip(view, "Today").getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(chip(view, "Any day").getElement().getAttribute("aria-pressed")).isEqualTo("false");
        int today = totalOrZero(view);
        assertThat(today).isLessThan(anyDay);

        _click(chip(view, "Any day"));

        assertThat(total(view)).isEqualTo(anyDay);
    }

    @Test
    void nothingFoundOffersTheTopicsAndStaff() {
        searchFromHome("zzqqxx");

        ResultsView view = _get(ResultsView.class);
        assertThat(_find(view.results, ResultCard.class)).isEmpty();
        assertThat(_find(view.results, H2.class)).extracting(H2::getText)
                .contains("Sorry, we could not find anything for that.");
        assertThat(_find(view.results, NativeButton.class, spec -> spec.withClasses("kiosk-tile"))).hasSize(8);
        assertThat(paragraphs(view.results)).contains("Try a topic instead:",
                "Or ask a member of staff: they know what is on and can help you find the right thing.");

        chooseTile(_get(view.results, CategoryTiles.class), Category.FOOD);

        assertThat(view.heading.getText()).isEqualTo("Food");
        assertThat(_find(view.results, ResultCard.class)).isNotEmpty();
        assertThat(getCurrentPath()).isEqualTo("results");
    }

    @Test
    void pagingButtonsMoveBetweenPages() {
        openHomeAt(FOUR_GREENS);
        chooseTile(_get(HomeView.class).tiles, Category.ADVICE);
        ResultsView view = _get(ResultsView.class);
        assertThat(total(view)).isGreaterThan(ResultsView.PAGE_SIZE);
        int pages = (total(view) + ResultsView.PAGE_SIZE - 1) / ResultsView.PAGE_SIZE;
        List<String> first = idsShown(view);
        assertThat(first).hasSize(ResultsView.PAGE_SIZE);
        assertThat(pageLabel(view)).isEqualTo("Page 1 of " + pages);
        assertThat(pagingButton(view, "Previous").isEnabled()).isFalse();

        _click(pagingButton(view, "Next"));

        assertThat(pageLabel(view)).isEqualTo("Page 2 of " + pages);
        assertThat(state().search().page()).isEqualTo(1);
        assertThat(idsShown(view)).isNotEmpty().doesNotContainAnyElementsOf(first);
        assertThat(pagingButton(view, "Previous").isEnabled()).isTrue();

        _click(pagingButton(view, "Previous"));

        assertThat(pageLabel(view)).isEqualTo("Page 1 of " + pages);
        assertThat(idsShown(view)).isEqualTo(first);
    }

    @Test
    void theLastPageCannotGoFurther() {
        openHomeAt(FOUR_GREENS);
        chooseTile(_get(HomeView.class).tiles, Category.ADVICE);
        ResultsView view = _get(ResultsView.class);
        int pages = (total(view) + ResultsView.PAGE_SIZE - 1) / ResultsView.PAGE_SIZE;

        for (int page = 1; page < pages; page++) {
            _click(pagingButton(view, "Next"));
        }

        assertThat(pageLabel(view)).isEqualTo("Page " + pages + " of " + pages);
        assertThat(pagingButton(view, "Next").isEnabled()).isFalse();
        assertThat(idsShown(view)).hasSize(total(view) - (pages - 1) * ResultsView.PAGE_SIZE);
    }

    // ---------------------------------------------------------------- details

    @Test
    void detailsShowEverySection() {
        UI.getCurrent().navigate(DetailView.class, "cl-stop-smoking");

        DetailView view = _get(DetailView.class);
        assertThat(_get(view, H1.class).getText()).isEqualTo(catalogue.item("cl-stop-smoking").orElseThrow().title());
        assertThat(_find(view, DescriptionList.Term.class)).extracting(DescriptionList.Term::getText)
                .contains("What it is", "When", "Where", "Cost", "How to use it", "Phone");
        assertThat(view.textIt.getText()).isEqualTo("Text this to my phone");
        assertThat(view.print.getText()).isEqualTo("Print");
    }

    @Test
    void aBadNumberIsExplainedOnTheField() {
        sms.clear();
        UI.getCurrent().navigate(DetailView.class, "cl-stop-smoking");
        _click(_get(DetailView.class).textIt);
        TextToPhoneDialog dialog = _get(TextToPhoneDialog.class);
        assertThat(dialog.isOpened()).isTrue();

        _setValue(dialog.number, "12345");
        _click(dialog.send);

        String why = catchThrowableOfType(InvalidPhoneNumberException.class,
                () -> PhoneNumber.parseUkMobile("12345")).getMessage();
        assertThat(dialog.number.isInvalid()).isTrue();
        assertThat(dialog.number.getErrorMessage()).isEqualTo(why).isNotBlank();
        assertThat(dialog.outcome.getText()).isEmpty();
        assertThat(sms.recent()).isEmpty();
    }

    @Test
    void aGoodNumberIsTextedThroughTheSenderAndForgotten() {
        sms.clear();
        UI.getCurrent().navigate(DetailView.class, "cl-stop-smoking");
        _click(_get(DetailView.class).textIt);
        TextToPhoneDialog dialog = _get(TextToPhoneDialog.class);
        _setValue(dialog.number, "0770");
        _click(dialog.send);
        assertThat(dialog.number.isInvalid()).isTrue();

        _setValue(dialog.number, "07700 900123");
        _click(dialog.send);

        List<TextMessage> sent = sms.recent();
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).to().e164()).isEqualTo("+447700900123");
        assertThat(sent.get(0).body()).containsIgnoringCase("smoking");
        assertThat(dialog.number.getValue()).isEmpty();
        assertThat(dialog.number.isInvalid()).isFalse();
        assertThat(dialog.outcome.getText()).startsWith("Sent to +44").contains("123").doesNotContain("900123");
        assertThat(dialog.send.isEnabled()).isFalse();
    }

    @Test
    void detailsOpenedAfterOtherDetailsOpenOneTextDialogForThatService() {
        UI.getCurrent().navigate(DetailView.class, "cl-stop-smoking");
        UI.getCurrent().navigate(DetailView.class, "cw-stop-smoking");

        _click(_get(DetailView.class).textIt);

        assertThat(_find(TextToPhoneDialog.class)).hasSize(1);
    }

    @Test
    void anUnknownIdSaysItIsNoLongerListed() {
        UI.getCurrent().navigate(DetailView.class, "no-such-service");

        DetailView view = _get(DetailView.class);
        assertThat(_get(view, H1.class).getText()).isEqualTo("This is no longer listed");
        assertThat(paragraphs(view)).contains(
                "It may have finished or moved. Please start again, or ask a member of staff.");
        assertThat(_find(view, DescriptionList.class)).isEmpty();
    }

    @Test
    void backFromDetailsReturnsToTheResults() {
        searchFromHome("stop smoking");
        ResultCard first = _find(_get(ResultsView.class).results, ResultCard.class).get(0);
        _fireDomEvent(first, "click");
        expectView(DetailView.class);

        _click(_get(DetailView.class).back);

        expectView(ResultsView.class);
        assertThat(_get(ResultsView.class).heading.getText()).isEqualTo("Results for \"stop smoking\"");
    }

    // ---------------------------------------------------------------- what's on

    @Test
    void whatsOnListsTodayHereThenEverywhere() {
        openHomeAt(FOUR_GREENS);
        UI.getCurrent().navigate(WhatsOnView.class);

        WhatsOnView view = _get(WhatsOnView.class);
        int here = sessions(view).size();
        assertThat(here).isEqualTo(catalogue.whatsOn(TODAY, 1, FOUR_GREENS).size()).isPositive();
        assertThat(_get(view.timetable, H2.class).getText()).isEqualTo("Today");
        assertThat(view.thisHub.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(_find(view.days, Button.class)).hasSize(WhatsOnView.DAYS);

        _click(view.allHubs);

        int everywhere = sessions(view).size();
        assertThat(everywhere).isGreaterThanOrEqualTo(here).isEqualTo(catalogue.whatsOn(TODAY, 1, null).size());
        assertThat(view.allHubs.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(view.thisHub.getElement().getAttribute("aria-pressed")).isEqualTo("false");
    }

    @Test
    void whatsOnShowsAnotherDay() {
        openHomeAt(FOUR_GREENS);
        UI.getCurrent().navigate(WhatsOnView.class);
        WhatsOnView view = _get(WhatsOnView.class);

        _click(_get(view.days, Button.class, spec -> spec.withText("Tomorrow")));

        assertThat(_get(view.timetable, H2.class).getText()).isEqualTo("Tomorrow");
        assertThat(sessions(view)).hasSize(catalogue.whatsOn(TODAY.plusDays(1), 1, FOUR_GREENS).size());
    }

    // ---------------------------------------------------------------- the frame

    @Test
    void theLanguagePickerSwitchesToPolishAndBack() {
        openHomeAt(FOUR_GREENS);

        _setValue(_get(KioskLayout.class).language, Locale.forLanguageTag("pl"));

        assertThat(state().locale()).isEqualTo(Locale.forLanguageTag("pl"));
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.forLanguageTag("pl"));
        assertThat(_get(_get(HomeView.class), H1.class).getText()).startsWith("Witamy");
        assertThat(_get(KioskLayout.class).startAgain.getText()).isEqualTo("Zacznij od nowa");

        _setValue(_get(KioskLayout.class).language, Locale.UK);

        assertThat(state().locale()).isEqualTo(Locale.UK);
        assertThat(_get(_get(HomeView.class), H1.class).getText()).startsWith("Welcome");
        assertThat(_get(KioskLayout.class).startAgain.getText()).isEqualTo("Start again");
    }

    @Test
    void biggerTextCyclesThroughFourSizes() {
        KioskLayout layout = _get(KioskLayout.class);
        assertThat(state().textSize()).isZero();

        int[] sizes = new int[4];
        for (int i = 0; i < sizes.length; i++) {
            _click(layout.biggerText);
            sizes[i] = state().textSize();
        }

        assertThat(sizes).containsExactly(1, 2, 3, 0);
        assertThat(layout.biggerText.getElement().getAttribute("aria-label")).isEqualTo("Bigger text (1/4)");
    }

    @Test
    void highContrastToggles() {
        KioskLayout layout = _get(KioskLayout.class);
        assertThat(state().highContrast()).isFalse();

        _click(layout.contrast);

        assertThat(state().highContrast()).isTrue();
        assertThat(layout.contrast.getElement().getAttribute("aria-pressed")).isEqualTo("true");

        _click(layout.contrast);

        assertThat(state().highContrast()).isFalse();
        assertThat(layout.contrast.getElement().getAttribute("aria-pressed")).isEqualTo("false");
    }

    @Test
    void settingsLastForTheSessionAcrossScreens() {
        _click(_get(KioskLayout.class).biggerText);
        _click(_get(KioskLayout.class).contrast);

        searchFromHome("food bank");
        UI.getCurrent().navigate(WhatsOnView.class);

        assertThat(state().textSize()).isEqualTo(1);
        assertThat(state().highContrast()).isTrue();
        assertThat(state().search().text()).isEqualTo("food bank");
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Opens the home screen as a kiosk loading {@code /?hub=...} does. Karibu starts each UI on the home screen, so
     * step away first: the address is then read by a newly made home screen, as in a freshly loaded browser.
     */
    private static void openHomeAt(String hub) {
        UI.getCurrent().navigate(WhatsOnView.class);
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("hub", hub)));
        expectView(HomeView.class);
    }

    private static void searchFromHome(String words) {
        HomeView home = _get(HomeView.class);
        _setValue(home.searchBox.field, words);
        _click(home.searchBox.search);
    }

    private static void chooseTile(CategoryTiles tiles, Category category) {
        _click(_get(tiles, NativeButton.class, spec -> spec.withAttribute("data-category", category.id())));
    }

    private KioskState state() {
        return context.getBean(KioskState.class);
    }

    private static String id(ResultCard card) {
        return card.getElement().getAttribute("data-item");
    }

    private static String title(ResultCard card) {
        return _get(card, Anchor.class).getText();
    }

    private static List<String> idsShown(ResultsView view) {
        return _find(view.results, ResultCard.class).stream().map(KioskViewsTest::id).toList();
    }

    private List<DirectoryItem> itemsShown(ResultsView view) {
        return idsShown(view).stream().map(id -> catalogue.item(id).orElseThrow()).toList();
    }

    private Set<Category> categoriesShown(ResultsView view) {
        return Set.copyOf(itemsShown(view).stream().map(DirectoryItem::category).toList());
    }

    private static int total(ResultsView view) {
        return _find(view.results, H2.class).stream().map(h -> COUNT.matcher(h.getText())).filter(Matcher::matches)
                .map(m -> Integer.parseInt(m.group(1))).findFirst()
                .orElseThrow(() -> new AssertionError("No result count on screen"));
    }

    private static int totalOrZero(ResultsView view) {
        return _find(view.results, ResultCard.class).isEmpty() ? 0 : total(view);
    }

    private static Button chip(ResultsView view, String textStart) {
        return _get(view.chips, Button.class, spec -> spec.withPredicate(b -> b.getText().startsWith(textStart)));
    }

    private static List<Button> categoryChips(ResultsView view) {
        return _find(view.chips, Button.class).stream().filter(b -> b.getText().endsWith(")")).toList();
    }

    private static int chipCount(Button chip) {
        Matcher matcher = CHIP_COUNT.matcher(chip.getText());
        assertThat(matcher.matches()).as("chip %s shows a count", chip.getText()).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private static Button pagingButton(ResultsView view, String text) {
        return _get(view.results, Button.class, spec -> spec.withText(text));
    }

    private static String pageLabel(ResultsView view) {
        return _get(view.results, Span.class, spec -> spec.withPredicate(s -> PAGE.matcher(s.getText()).matches()))
                .getText();
    }

    private static List<Div> sessions(WhatsOnView view) {
        return _find(view.timetable, Div.class, spec -> spec.withClasses("kiosk-session"));
    }

    private static List<String> paragraphs(Component root) {
        return _find(root, Paragraph.class).stream().map(Paragraph::getText).toList();
    }
}
