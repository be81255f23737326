package uk.plymouth.wellbeing.kiosk;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.problems.ProblemKind;
import uk.plymouth.wellbeing.signposting.problems.ProblemReports;
import uk.plymouth.wellbeing.signposting.problems.Reporter;

/**
 * "Something wrong with this?" from a listing's details ({@code service-problem/<id>}): what is wrong, as big choices;
 * then a few words if they like, on the on-screen keyboard; then thanks, naming the hub whose staff will check it. No
 * name or number is asked. The report goes to {@link ProblemReports} for the hub the details were shown for; the
 * kiosk's network address is used only for the rate limit, never kept.
 */
@Route(value = "service-problem", layout = KioskLayout.class)
@AnonymousAllowed
class ProblemReportView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    static final String ROUTE = "service-problem";

    final H1 heading = new H1();
    final Button back = new Button();
    final List<Button> choices = new ArrayList<>();
    /** One line: the on-screen keyboard's Enter key says Send, and sends. */
    final TextField note = CallMeFields.text("", "kiosk-problem-note", ProblemReports.MAX_NOTE, "text", this::send);
    final Button send = new Button();
    final Paragraph thanks = new Paragraph();
    private final Catalogue catalogue;
    private final KioskState state;
    private final KioskHubs hubs;
    private final ProblemReports reports;
    private @Nullable DirectoryItem item;
    private @Nullable Hub hub;
    private @Nullable ProblemKind chosen;

    ProblemReportView(Catalogue catalogue, KioskState state, KioskHubs hubs, ProblemReports reports) {
        this.catalogue = catalogue;
        this.state = state;
        this.hubs = hubs;
        this.reports = reports;
        addClassName("kiosk-problem");
        heading.getElement().setAttribute("tabindex", "-1");
        back.setText(getTranslation("kiosk.problem.back"));
        back.setIcon(VaadinIcon.ARROW_LEFT.create());
        back.addClassName("kiosk-back");
        back.addClickListener(e -> goBack());
        for (ProblemKind kind : ProblemKind.values()) {
            Button choice = new Button(getTranslation("kiosk.problem." + kind.name()), e -> choose(kind));
            choice.addThemeVariants(ButtonVariant.LUMO_LARGE);
            choice.addClassName("kiosk-problem-choice");
            choice.getElement().setAttribute("data-kind", kind.name());
            choices.add(choice);
        }
        note.setLabel(getTranslation("kiosk.problem.noteLabel"));
        note.getElement().setAttribute("data-keyboard-enter", "send");
        note.getElement().setAttribute("enterkeyhint", "send");
        note.setHelperText(getTranslation("kiosk.problem.noteHint"));
        send.setText(getTranslation("kiosk.problem.send"));
        send.setIcon(VaadinIcon.PAPERPLANE.create());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        send.addClickListener(e -> send());
        thanks.addClassName("kiosk-problem-thanks");
        thanks.getElement().setAttribute("role", "status");
    }

    static String href(String itemId) {
        return ROUTE + "/" + itemId;
    }

    @Override
    public void setParameter(BeforeEvent event, String itemId) {
        Optional<DirectoryItem> found = catalogue.item(itemId);
        if (found.isEmpty()) {
            event.forwardTo(DetailView.href(itemId));
            return;
        }
        item = found.get();
        hub = hubs.forItem(item, state.hubId());
        showChoices();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kiosk.problem.pageTitle", item == null ? "" : item.title());
    }

    /** Step 1: what is wrong. */
    void showChoices() {
        chosen = null;
        note.clear();
        Div list = new Div(choices.toArray(Component[]::new));
        list.addClassName("kiosk-problem-choices");
        list.getElement().setAttribute("role", "group");
        list.getElement().setAttribute("aria-labelledby", "kiosk-problem-heading");
        show(true, getTranslation("kiosk.problem.title", item == null ? "" : item.title()),
                new Paragraph(getTranslation("kiosk.problem.hint")), list);
    }

    /** Step 2: a few words, if they like. */
    void choose(ProblemKind kind) {
        chosen = kind;
        Paragraph said = new Paragraph(getTranslation("kiosk.problem.chosen",
                getTranslation("kiosk.problem." + kind.name())));
        said.addClassName("kiosk-problem-chosen");
        Div actions = new Div(send);
        actions.addClassName("kiosk-actions");
        show(true, getTranslation("kiosk.problem.noteTitle"), said, note, actions);
    }

    /** Step 3: sent, and thanks (the same thanks when a rate limit did not keep it). */
    void send() {
        DirectoryItem reported = item;
        if (reported == null || hub == null || chosen == null) {
            return;
        }
        reports.report(reported.id(), chosen, note.getValue(), Reporter.atKiosk(kioskAddress()), hub.id());
        note.clear();
        chosen = null;
        thanks.setText(getTranslation("kiosk.problem.thanks", hub.name()));
        Button details = new Button(getTranslation("kiosk.problem.backToDetails"), VaadinIcon.ARROW_LEFT.create(),
                e -> UI.getCurrent().navigate(DetailView.href(reported.id())));
        details.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button home = new Button(getTranslation("kiosk.problem.home"), VaadinIcon.HOME.create(),
                e -> UI.getCurrent().navigate(HomeView.class));
        home.addThemeVariants(ButtonVariant.LUMO_LARGE);
        Div actions = new Div(details, home);
        actions.addClassName("kiosk-actions");
        show(false, getTranslation("kiosk.problem.thanksTitle"), thanks, actions);
    }

    /** Where the kiosk connects from, for the rate limit only. */
    private static String kioskAddress() {
        VaadinSession session = VaadinSession.getCurrent();
        String address = session == null ? null : session.getBrowser().getAddress();
        return address == null ? "" : address;
    }

    private void goBack() {
        if (chosen != null) {
            showChoices();
        } else if (item != null) {
            UI.getCurrent().navigate(DetailView.href(item.id()));
        }
    }

    /** One step's screen; focus goes to its heading, so screen readers start there. */
    private void show(boolean withBack, String title, Component... content) {
        removeAll();
        if (withBack) {
            add(back);
        }
        heading.setText(title);
        heading.setId("kiosk-problem-heading");
        add(heading);
        add(content);
        heading.getElement().executeJs("this.focus()");
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }
}
