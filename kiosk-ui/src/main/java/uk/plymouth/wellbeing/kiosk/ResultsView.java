package uk.plymouth.wellbeing.kiosk;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.crisis.CrisisCheck;
import uk.plymouth.wellbeing.signposting.crisis.CrisisLines;
import uk.plymouth.wellbeing.signposting.search.SearchHit;
import uk.plymouth.wellbeing.signposting.search.SearchRequest;
import uk.plymouth.wellbeing.signposting.search.SearchResults;
import uk.plymouth.wellbeing.signposting.search.ServiceSearch;

/**
 * Results as big cards with filter chips and large paging buttons. The search lives in the server session, not
 * the address, so nothing a resident typed is left in the browser. When the words may mean a crisis, the crisis
 * help for that kind of danger comes first, straight under the heading, above the search box, chips and results.
 */
@Route(value = "results", layout = KioskLayout.class)
@AnonymousAllowed
class ResultsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 6;

    final SearchBox searchBox;
    final Div chips = new Div();
    final Div results = new Div();
    final H1 heading = new H1();
    private final ServiceSearch search;
    private final CrisisCheck crisis;
    private final CrisisHelpSlot crisisHelp;
    private final KioskState state;
    private final ItemWords words;
    private final Clock clock;
    private final Locale locale;

    ResultsView(ServiceSearch search, CrisisCheck crisis, CrisisLines crisisLines, KioskState state, ItemWords words,
            Clock clock) {
        this.search = search;
        this.crisis = crisis;
        this.crisisHelp = new CrisisHelpSlot(this, heading, crisisLines, state, "results");
        this.state = state;
        this.words = words;
        this.clock = clock;
        this.locale = UI.getCurrent().getLocale();
        searchBox = new SearchBox(typed -> search.suggest(typed, 5), getTranslation("kiosk.search.label"),
                getTranslation("kiosk.search.placeholder"), getTranslation("kiosk.search.button"));
        searchBox.addSearchListener(e -> update(state.search().withText(e.text())));
        results.getElement().setAttribute("aria-live", "polite");
        add(heading, searchBox, chips, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (state.search().isEmpty()) {
            event.forwardTo(HomeView.class);
            return;
        }
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kiosk.results.pageTitle");
    }

    private void update(KioskSearch next) {
        state.search(next);
        render();
    }

    private void render() {
        KioskSearch current = state.search();
        searchBox.showText(current.text());
        SearchResults found = search.search(request(current));
        heading.setText(current.text().isBlank()
                ? current.categories().stream().map(c -> words.categoryLabel(c, locale)).sorted()
                        .reduce((a, b) -> a + ", " + b).orElse("")
                : getTranslation("kiosk.results.for", current.text()));
        crisisHelp.show(crisis.assess(current.text()).kind(), locale);
        renderChips(current, found);
        results.removeAll();
        if (found.place() != null) {
            results.add(new Paragraph(found.place().message()));
        }
        if (found.didYouMean() != null) {
            results.add(new Paragraph(getTranslation("kiosk.results.alsoLookedFor", found.didYouMean())));
        }
        if (found.isEmpty()) {
            results.add(nothingFound(current, found));
            return;
        }
        results.add(new H2(getTranslation("kiosk.results.count", found.total())));
        Div cards = new Div();
        cards.addClassName("kiosk-cards");
        for (SearchHit hit : found.hits()) {
            ResultCard card = new ResultCard(words.card(hit, locale));
            card.addOpenListener(e -> UI.getCurrent().navigate(DetailView.class, e.id()));
            cards.add(card);
        }
        results.add(cards, paging(current, found));
    }

    private SearchRequest request(KioskSearch current) {
        SearchRequest request = SearchRequest.forText(current.text())
                .on(current.day().filter(LocalDate.now(clock)))
                .freeOnly(current.freeOnly())
                .preferringHub(state.hubId())
                .page(current.page(), PAGE_SIZE);
        for (Category category : current.categories()) {
            request = request.withCategory(category);
        }
        return current.hubId() == null ? request : request.withHub(current.hubId());
    }

    private void renderChips(KioskSearch current, SearchResults found) {
        chips.removeAll();
        Div categories = chipRow();
        for (Category category : Category.values()) {
            int count = found.categoryCounts().getOrDefault(category, 0);
            boolean on = current.categories().contains(category);
            if (count > 0 || on) {
                categories.add(chip(words.categoryLabel(category, locale) + " (" + count + ")", on,
                        () -> update(current.toggle(category))));
            }
        }
        Div where = chipRow();
        where.add(chip(getTranslation("kiosk.chip.thisHub"), current.hubId() != null,
                () -> update(current.onlyHub(state.hubId()))));
        where.add(chip(getTranslation("kiosk.chip.allHubs"), current.hubId() == null,
                () -> update(current.onlyHub(null))));
        Div when = chipRow();
        for (DayChoice day : DayChoice.values()) {
            when.add(chip(getTranslation(day.labelKey()), current.day() == day, () -> update(current.on(day))));
        }
        when.add(chip(getTranslation("kiosk.chip.free"), current.freeOnly(),
                () -> update(current.free(!current.freeOnly()))));
        chips.add(label("kiosk.chip.what"), categories, label("kiosk.chip.where"), where, label("kiosk.chip.when"),
                when);
    }

    private Div nothingFound(KioskSearch current, SearchResults found) {
        Div nothing = new Div();
        nothing.add(new H2(getTranslation("kiosk.results.nothing")));
        if (current.day() != DayChoice.ANY || current.freeOnly() || current.hubId() != null
                || !current.categories().isEmpty() && !current.text().isBlank()) {
            nothing.add(new Button(getTranslation("kiosk.results.clearFilters"), VaadinIcon.CLOSE.create(),
                    e -> update(KioskSearch.forText(current.text()))));
        }
        CategoryTiles tiles = new CategoryTiles(category -> words.categoryLabel(category, locale));
        tiles.addCategoryListener(e -> update(KioskSearch.forCategory(e.category())));
        // their search words are a start for "what is it about"; they see them, and can change them, on that question
        Button callMe = new Button(getTranslation("kiosk.callback.nothingFound"), VaadinIcon.PHONE.create(),
                e -> CallMeView.start(state, "results", answers -> answers.aboutWords(current.text())));
        callMe.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        callMe.addClassName("kiosk-callme-nothing");
        nothing.add(callMe, new Paragraph(getTranslation("kiosk.results.tryCategory")), tiles,
                new Paragraph(getTranslation("kiosk.results.askStaff")));
        return nothing;
    }

    private Div paging(KioskSearch current, SearchResults found) {
        Div paging = new Div();
        paging.addClassName("kiosk-paging");
        if (found.totalPages() <= 1) {
            return paging;
        }
        Button previous = new Button(getTranslation("kiosk.paging.previous"), VaadinIcon.ARROW_LEFT.create(),
                e -> update(current.page(current.page() - 1)));
        previous.setEnabled(current.page() > 0);
        Button next = new Button(getTranslation("kiosk.paging.next"), VaadinIcon.ARROW_RIGHT.create(),
                e -> update(current.page(current.page() + 1)));
        next.setIconAfterText(true);
        next.setEnabled(found.hasNextPage());
        Span where = new Span(getTranslation("kiosk.paging.of", current.page() + 1, found.totalPages()));
        paging.add(previous, where, next);
        return paging;
    }

    private Paragraph label(String key) {
        Paragraph label = new Paragraph(getTranslation(key));
        label.addClassName("kiosk-chip-label");
        return label;
    }

    private static Div chipRow() {
        Div row = new Div();
        row.addClassName("kiosk-chips");
        return row;
    }

    private static Button chip(String text, boolean on, Runnable choose) {
        Button chip = new Button(text, e -> choose.run());
        chip.getElement().setAttribute("aria-pressed", String.valueOf(on));
        if (on) {
            chip.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return chip;
    }
}
