package uk.plymouth.wellbeing.kiosk;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.Occurrence;

/** A day-by-day timetable for today and the next 7 days, at this hub or at all hubs. */
@Route(value = "whats-on", layout = KioskLayout.class)
@AnonymousAllowed
class WhatsOnView extends Div implements HasDynamicTitle {

    static final int DAYS = 8;

    final Button thisHub = new Button();
    final Button allHubs = new Button();
    final Div days = new Div();
    final Div timetable = new Div();
    private final Catalogue catalogue;
    private final KioskState state;
    private final ItemWords words;
    private final LocalDate today;
    private final Locale locale;
    private LocalDate day;
    private boolean everywhere;

    WhatsOnView(Catalogue catalogue, KioskState state, ItemWords words, Clock clock) {
        this.catalogue = catalogue;
        this.state = state;
        this.words = words;
        this.today = LocalDate.now(clock);
        this.day = today;
        this.locale = UI.getCurrent().getLocale();
        thisHub.setText(getTranslation("kiosk.chip.thisHub"));
        thisHub.addClickListener(e -> showEverywhere(false));
        allHubs.setText(getTranslation("kiosk.chip.allHubs"));
        allHubs.addClickListener(e -> showEverywhere(true));
        Div where = new Div(thisHub, allHubs);
        where.addClassName("kiosk-chips");
        days.addClassName("kiosk-chips");
        timetable.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("kiosk.whatsOn.title")), where, days, timetable);
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kiosk.whatsOn.title");
    }

    private void showEverywhere(boolean all) {
        everywhere = all;
        render();
    }

    private void render() {
        press(thisHub, !everywhere);
        press(allHubs, everywhere);
        days.removeAll();
        for (int offset = 0; offset < DAYS; offset++) {
            LocalDate date = today.plusDays(offset);
            Button chip = new Button(dayName(date), e -> {
                day = date;
                render();
            });
            press(chip, date.equals(day));
            days.add(chip);
        }
        timetable.removeAll();
        String hubId = everywhere ? null : state.hubId();
        List<Occurrence> sessions = catalogue.whatsOn(day, 1, hubId);
        timetable.add(new H2(dayName(day)));
        if (sessions.isEmpty()) {
            timetable.add(new Paragraph(getTranslation("kiosk.whatsOn.nothing")));
        }
        for (Occurrence session : sessions) {
            timetable.add(row(session));
        }
    }

    private Div row(Occurrence session) {
        Span time = new Span(session.activity().schedule().time().inWords());
        Anchor title = new Anchor(DetailView.href(session.activity().id()), session.activity().title());
        Div what = new Div(title);
        String hubName = catalogue.hub(session.activity().hubId()).map(Hub::name).orElse("");
        what.add(new Paragraph((everywhere ? hubName + ". " : "") + words.cost(session.activity(), locale)
                + (session.activity().bookingNeeded() ? ". " + getTranslation("kiosk.access.book") : "")));
        Div row = new Div(time, what);
        row.addClassName("kiosk-session");
        return row;
    }

    private String dayName(LocalDate date) {
        if (date.equals(today)) {
            return getTranslation("kiosk.day.today");
        }
        if (date.equals(today.plusDays(1))) {
            return getTranslation("kiosk.day.tomorrow");
        }
        return DateTimeFormatter.ofPattern("EEEE d MMMM", locale).format(date);
    }

    private static void press(Button chip, boolean on) {
        chip.getElement().setAttribute("aria-pressed", String.valueOf(on));
        chip.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (on) {
            chip.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
    }
}
