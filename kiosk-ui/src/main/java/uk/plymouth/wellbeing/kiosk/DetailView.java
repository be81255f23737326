package uk.plymouth.wellbeing.kiosk;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.catalogue.ItemStatus;
import uk.plymouth.wellbeing.signposting.messaging.TextDetailsToPhone;

/**
 * Everything about one service or activity, with "Text this to my phone" and "Print"; at the end, when its details
 * were last checked and "Something wrong with this?" ({@link ProblemReportView}).
 */
@Route(value = "service", layout = KioskLayout.class)
@AnonymousAllowed
class DetailView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    final Button textIt = new Button();
    final Button print = new Button();
    final Button back = new Button();
    final Button askAbout = new Button();
    final Button wrong = new Button();
    final Paragraph checked = new Paragraph();
    private final Catalogue catalogue;
    private final KioskHubs hubs;
    private final KioskState state;
    private final ItemWords words;
    private String title = "";
    private @Nullable DirectoryItem shown;
    private @Nullable Hub shownHub;
    /** Opened from "Ask a question" ({@code ?from=ask}): Back returns to the answer, not to a search. */
    private boolean fromAsk;

    DetailView(Catalogue catalogue, KioskHubs hubs, KioskState state, ItemWords words, TextDetailsToPhone texting,
            KioskProperties properties) {
        print.setVisible(properties.printer());
        this.catalogue = catalogue;
        this.hubs = hubs;
        this.state = state;
        this.words = words;
        addClassName("kiosk-detail");
        // listeners are added once: Flow reuses this view from one item to the next
        textIt.setText(getTranslation("kiosk.detail.textIt"));
        textIt.setIcon(VaadinIcon.MOBILE.create());
        textIt.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        textIt.addClickListener(e -> {
            if (shown != null) {
                new TextToPhoneDialog(texting, shown.id(), shownHub == null ? null : shownHub.id()).open();
            }
        });
        print.setText(getTranslation("kiosk.detail.print"));
        print.setIcon(VaadinIcon.PRINT.create());
        print.addClickListener(e -> UI.getCurrent().getPage().executeJs("window.print()"));
        askAbout.setText(getTranslation("kiosk.callback.askAbout"));
        askAbout.setIcon(VaadinIcon.PHONE.create());
        askAbout.addThemeVariants(ButtonVariant.LUMO_LARGE);
        askAbout.addClickListener(e -> {
            if (shown != null) {
                DirectoryItem item = shown;
                CallMeView.start(state, href(item.id()), answers -> answers.aboutItem(item.id(), item.category()));
            }
        });
        wrong.setText(getTranslation("kiosk.detail.wrong"));
        wrong.setIcon(VaadinIcon.FLAG_O.create());
        wrong.addThemeVariants(ButtonVariant.LUMO_LARGE);
        wrong.addClassName("kiosk-wrong");
        // on screen only with an item's details
        wrong.addClickListener(e -> UI.getCurrent().navigate(ProblemReportView.href(Objects.requireNonNull(shown)
                .id())));
        back.setText(getTranslation("kiosk.detail.back"));
        back.setIcon(VaadinIcon.ARROW_LEFT.create());
        back.setId("kiosk-detail-back");
        back.addClickListener(e -> {
            if (fromAsk) {
                UI.getCurrent().navigate(AskView.class);
            } else if (state.search().isEmpty()) {
                UI.getCurrent().navigate(HomeView.class);
            } else {
                UI.getCurrent().navigate(ResultsView.class);
            }
        });
    }

    static final String FROM = "from";

    static String href(String id) {
        return "service/" + id;
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        removeAll();
        fromAsk = event.getLocation().getQueryParameters().getParameters().getOrDefault(FROM, List.of())
                .contains(AskView.ROUTE);
        shown = null;
        shownHub = null;
        Optional<DirectoryItem> found = catalogue.item(id);
        if (found.isEmpty()) {
            title = getTranslation("kiosk.detail.gone");
            add(new H1(title), new Paragraph(getTranslation("kiosk.detail.goneHelp")),
                    new Button(getTranslation("kiosk.startAgain"), VaadinIcon.HOME.create(),
                            e -> UI.getCurrent().navigate(HomeView.class)));
            return;
        }
        show(found.get());
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(DirectoryItem item) {
        Locale locale = UI.getCurrent().getLocale();
        Hub hub = hubs.forItem(item, state.hubId());
        shown = item;
        shownHub = hub;
        title = item.title();
        add(new H1(item.title()));
        if (item.status() != ItemStatus.ACTIVE) {
            Paragraph closed = new Paragraph(getTranslation("kiosk.closed")
                    + (item.statusNote() == null ? "" : ". " + item.statusNote()));
            closed.addClassName("kiosk-closed-banner");
            add(closed);
        }
        add(actions()); // first, so "Text this to my phone" is on screen without scrolling
        DescriptionList details = new DescriptionList();
        details.add(term("kiosk.detail.what", item.description()));
        String whoFor = item instanceof HubService service ? service.whoFor()
                : ((uk.plymouth.wellbeing.signposting.catalogue.Activity) item).whoFor();
        if (whoFor != null && !whoFor.isBlank()) {
            details.add(term("kiosk.detail.who", whoFor));
        }
        String next = words.when(item, locale);
        details.add(term("kiosk.detail.when", sentence(words.whenInWords(item)) + (next == null ? "" : " " + next)));
        if (hub != null) {
            String where = sentence(hub.name() + ", " + hub.addressInOneLine())
                    + (hub.gettingThere() == null ? "" : " " + hub.gettingThere());
            details.add(term("kiosk.detail.where", where));
            details.add(term("kiosk.detail.access", hub.accessibility()));
        }
        if (item.hubIds().size() > 1) {
            details.add(term("kiosk.detail.alsoAt", item.hubIds().stream().filter(id -> hub == null
                    || !id.equals(hub.id())).map(catalogue::hub).flatMap(Optional::stream).map(Hub::name)
                    .reduce((a, b) -> a + ", " + b).orElse("")));
        }
        details.add(term("kiosk.detail.cost", words.cost(item, locale)));
        details.add(term("kiosk.detail.how", words.howToGetIt(item, locale)));
        String phone = item instanceof HubService service && service.contact().phone() != null
                ? service.contact().phone() : hub == null ? null : hub.phone();
        if (phone != null) {
            details.add(term("kiosk.detail.phone", phone));
        }
        add(details);
        checked.setText(words.checkedIn(item, locale));
        checked.setVisible(item.lastVerified() != null);
        Div check = new Div(checked, wrong);
        check.addClassName("kiosk-detail-check");
        add(check);
    }

    private Div actions() {
        Div actions = new Div(textIt, askAbout, print, back);
        actions.addClassName("kiosk-actions");
        return actions;
    }

    private static String sentence(String text) {
        String trimmed = text.strip();
        return trimmed.endsWith(".") || trimmed.endsWith("!") || trimmed.endsWith("?") ? trimmed : trimmed + ".";
    }

    /** A term and its description, grouped (a div inside a dl is valid HTML and keeps pairs together). */
    private Component term(String key, String description) {
        Div pair = new Div();
        pair.getElement().appendChild(new DescriptionList.Term(getTranslation(key)).getElement(),
                new DescriptionList.Description(description).getElement());
        return pair;
    }
}
