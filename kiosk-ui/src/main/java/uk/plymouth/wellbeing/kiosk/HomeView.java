package uk.plymouth.wellbeing.kiosk;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.Occurrence;
import uk.plymouth.wellbeing.signposting.search.ServiceSearch;
import uk.plymouth.wellbeing.signposting.survey.SurveyDefinitions;

/** The kiosk's home screen: a welcome, one big search box, the eight categories and what's on today here. */
@Route(value = "", layout = KioskLayout.class)
@AnonymousAllowed
class HomeView extends Div implements HasDynamicTitle {

    static final int TODAY_SHOWN = 4;
    static final List<String> WELLBEING_SURVEYS = List.of("swemwbs", "ons4");
    static final String VISIT_SURVEY = "resident-satisfaction";

    final SearchBox searchBox;
    final CategoryTiles tiles;
    final Div today = new Div();
    final Button callMe = new Button();
    /** "Ask a question": a question in their own words, answered in words and service cards. */
    final Button askQuestion = new Button();
    /** "How are you feeling?": the wellbeing survey, shown only when one is offered. */
    final Button feeling = new Button();
    /** "Tell us what you think of this hub": the visit survey, shown only when it is offered. */
    final Button visit = new Button();
    private final KioskState state;

    HomeView(ServiceSearch search, Catalogue catalogue, KioskState state, KioskHubs hubs, ItemWords words,
            Clock clock, SurveyDefinitions surveys) {
        this.state = state;
        Locale locale = UI.getCurrent().getLocale();
        Hub hub = hubs.hub(state.hubId());
        H1 welcome = new H1(hub == null ? getTranslation("kiosk.home.title")
                : getTranslation("kiosk.home.titleAt", hub.name()));
        Paragraph intro = new Paragraph(getTranslation("kiosk.home.intro"));
        searchBox = new SearchBox(typed -> search.suggest(typed, 5), getTranslation("kiosk.search.label"),
                getTranslation("kiosk.search.placeholder"), getTranslation("kiosk.search.button"));
        searchBox.addSearchListener(e -> show(KioskSearch.forText(e.text())));
        tiles = new CategoryTiles(category -> words.categoryLabel(category, locale));
        tiles.addCategoryListener(e -> show(KioskSearch.forCategory(e.category())));
        H2 tilesHeading = new H2(getTranslation("kiosk.home.browse"));
        callMe.setText(getTranslation("kiosk.callback.start"));
        callMe.setIcon(VaadinIcon.PHONE.create());
        callMe.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        callMe.addClickListener(e -> CallMeView.start(state, "", answers -> { }));
        Paragraph callMeHint = new Paragraph(getTranslation("kiosk.callback.startHint"));
        Div callMeRow = new Div(callMe, callMeHint);
        callMeRow.addClassName("kiosk-callme-start");
        askQuestion.setText(getTranslation("kiosk.ask.start"));
        askQuestion.setIcon(VaadinIcon.QUESTION_CIRCLE_O.create());
        askQuestion.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        askQuestion.addClickListener(e -> UI.getCurrent().navigate(AskView.class));
        Div askRow = new Div(askQuestion, new Paragraph(getTranslation("kiosk.ask.startHint")));
        askRow.addClassName("kiosk-callme-start");
        add(welcome, intro, searchBox, askRow, callMeRow);
        wellbeingSurvey(surveys).ifPresent(id -> {
            feeling.setText(getTranslation("kiosk.survey.start"));
            feeling.setIcon(VaadinIcon.SMILEY_O.create());
            feeling.addThemeVariants(ButtonVariant.LUMO_LARGE);
            feeling.addClickListener(e -> UI.getCurrent().navigate("survey/" + id + "/start"));
            int questions = surveys.current(id).map(s -> s.questions().size()).orElse(0);
            Div feelingRow = new Div(feeling, new Paragraph(getTranslation("kiosk.survey.startHint", questions)));
            feelingRow.addClassName("kiosk-callme-start");
            add(feelingRow);
        });
        add(tilesHeading, tiles, whatsOnToday(catalogue, hub, words, clock, locale));
        if (surveys.isOffered(VISIT_SURVEY)) {
            visit.setText(getTranslation("kiosk.survey.visit"));
            visit.setIcon(VaadinIcon.COMMENT_O.create());
            visit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            visit.addClickListener(e -> UI.getCurrent().navigate("survey/" + VISIT_SURVEY + "/start"));
            add(visit);
        }
    }

    /** The wellbeing survey "How are you feeling?" asks: SWEMWBS if offered, else ONS4, else none. */
    static java.util.Optional<String> wellbeingSurvey(SurveyDefinitions surveys) {
        return WELLBEING_SURVEYS.stream().filter(surveys::isOffered).findFirst();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kiosk.home.pageTitle");
    }

    private Div whatsOnToday(Catalogue catalogue, Hub hub, ItemWords words, Clock clock, Locale locale) {
        today.removeAll();
        today.add(new H2(getTranslation("kiosk.home.today")));
        LocalDateTime now = LocalDateTime.now(clock);
        List<Occurrence> later = catalogue.whatsOn(LocalDate.now(clock), 1, hub == null ? null : hub.id()).stream()
                .filter(o -> o.end().isAfter(now)).limit(TODAY_SHOWN).toList();
        if (later.isEmpty()) {
            today.add(new Paragraph(getTranslation("kiosk.home.nothingToday")));
        }
        Div cards = new Div();
        cards.addClassName("kiosk-cards");
        for (Occurrence session : later) {
            ResultCard card = new ResultCard(words.card(session.activity(), hub == null ? null : hub.id(), locale));
            card.addOpenListener(e -> UI.getCurrent().navigate(DetailView.class, e.id()));
            cards.add(card);
        }
        Button timetable = new Button(getTranslation("kiosk.home.fullTimetable"), VaadinIcon.CALENDAR.create(),
                e -> UI.getCurrent().navigate(WhatsOnView.class));
        today.add(cards, timetable);
        return today;
    }

    private void show(KioskSearch search) {
        state.search(search);
        UI.getCurrent().navigate(ResultsView.class);
    }
}
