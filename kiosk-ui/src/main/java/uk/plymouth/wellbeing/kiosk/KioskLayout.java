package uk.plymouth.wellbeing.kiosk;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.base.Translations;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;

/**
 * The frame of every kiosk screen: the hub's name, "Start again", and the controls residents may need at any
 * moment (bigger text, high contrast, read aloud, language). Also tells the browser script how long to wait before
 * asking "Are you still there?".
 */
@JavaScript("context://kiosk/kiosk.js")
@JavaScript("context://kiosk/keyboard.js")
@StyleSheet("context://kiosk/kiosk.css")
@StyleSheet("context://kiosk/keyboard.css")
@AnonymousAllowed
public class KioskLayout extends Div implements RouterLayout, BeforeEnterObserver {

    final Button startAgain = new Button();
    final Button biggerText = new Button();
    final Button contrast = new Button();
    final Button readAloud = new Button();
    final Select<Locale> language = new Select<>();
    private final Paragraph hubName = new Paragraph();
    private final Paragraph askStaff = new Paragraph();
    private final Main main = new Main();
    private final KioskState state;
    private final KioskHubs hubs;
    private final KioskProperties properties;
    private final Translations translations;

    KioskLayout(KioskState state, KioskHubs hubs, KioskProperties properties, Translations translations) {
        this.state = state;
        this.hubs = hubs;
        this.properties = properties;
        this.translations = translations;
        hubName.addClassName("kiosk-hub-name");
        startAgain.setIcon(VaadinIcon.HOME.create());
        startAgain.addClickListener(e -> UI.getCurrent().getPage().executeJs("window.kioskStartAgain()"));
        biggerText.setIcon(VaadinIcon.TEXT_HEIGHT.create());
        biggerText.addClickListener(e -> {
            state.nextTextSize();
            applyAppearance();
        });
        contrast.setIcon(VaadinIcon.ADJUST.create());
        contrast.addClickListener(e -> {
            state.toggleHighContrast();
            applyAppearance();
        });
        readAloud.setIcon(VaadinIcon.VOLUME.create());
        readAloud.setVisible(false);
        readAloud.addClickListener(e -> UI.getCurrent().getPage().executeJs("window.kioskReadAloud()"));
        language.setItems(languages());
        language.setItemLabelGenerator(translations::nameOf);
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                state.locale(e.getValue());
                UI.getCurrent().setLocale(e.getValue());
                UI.getCurrent().refreshCurrentRoute(true);
            }
        });
        Div tools = new Div(biggerText, contrast, readAloud, language);
        tools.addClassName("kiosk-tools");
        startAgain.addClassName("kiosk-start-again");
        Div home = new Div(hubName, startAgain);
        home.addClassName("kiosk-home");
        Header header = new Header(home, tools);
        header.addClassName("kiosk-header");
        main.addClassName("kiosk-main");
        main.setId("main");
        Footer footer = new Footer(askStaff);
        footer.addClassName("kiosk-footer");
        add(header, main, footer);
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> asked = event.getLocation().getQueryParameters().getParameters().get("hub");
        if (asked != null && !asked.isEmpty()) {
            state.hubId(hubs.resolve(asked.get(0)));
            Hub hub = hubs.hub(state.hubId());
            hubName.setText(hub == null ? text("kiosk.title") : hub.name());
        } else if (state.hubId() == null) {
            state.hubId(hubs.resolve(hubCookie()));
        }
        if (state.locale() == null) {
            state.locale(languages().get(0));
        }
        if (!state.locale().equals(event.getUI().getLocale())) {
            event.getUI().setLocale(state.locale());
        }
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        main.getElement().appendChild(content.getElement());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        Locale locale = state.locale() == null ? languages().get(0) : state.locale();
        Hub hub = hubs.hub(state.hubId());
        hubName.setText(hub == null ? text("kiosk.title") : hub.name());
        startAgain.setText(text("kiosk.startAgain"));
        biggerText.setText(text("kiosk.biggerText"));
        contrast.setText(text("kiosk.highContrast"));
        readAloud.setText(text("kiosk.readAloud"));
        language.setAriaLabel(text("kiosk.language"));
        language.setValue(locale);
        askStaff.setText(text("kiosk.askStaff"));
        var body = ui.getElement();
        body.setAttribute("data-kiosk-idle-seconds", String.valueOf(properties.idleAfter().toSeconds()));
        body.setAttribute("data-kiosk-warn-seconds", String.valueOf(properties.warnFor().toSeconds()));
        body.setAttribute("data-kiosk-still-there", text("kiosk.idle.title"));
        body.setAttribute("data-kiosk-still-here", text("kiosk.idle.stay"));
        body.setAttribute("data-kiosk-finished", text("kiosk.idle.leave"));
        body.setAttribute("data-kiosk-clearing-in", text("kiosk.idle.countdown"));
        body.setAttribute("data-kiosk-offline", text("kiosk.offline"));
        applyAppearance();
        ui.getPage().executeJs("return window.kioskCanReadAloud && window.kioskCanReadAloud()")
                .then(Boolean.class, readAloud::setVisible);
    }

    private void applyAppearance() {
        Locale locale = state.locale() == null ? languages().get(0) : state.locale();
        UI.getCurrent().getPage().executeJs("window.kioskAppearance && window.kioskAppearance($0, $1, $2)",
                state.textSize(), state.highContrast(), locale.toLanguageTag());
        contrast.getElement().setAttribute("aria-pressed", String.valueOf(state.highContrast()));
        biggerText.getElement().setAttribute("aria-label",
                text("kiosk.biggerText") + " (" + (state.textSize() + 1) + "/" + (KioskState.LARGEST_TEXT + 1) + ")");
    }

    private List<Locale> languages() {
        return properties.languages().stream().map(Locale::forLanguageTag).toList();
    }

    private String text(String key) {
        Locale locale = state.locale() == null ? languages().get(0) : state.locale();
        return translations.getTranslation(key, locale);
    }

    private static @Nullable String hubCookie() {
        VaadinRequest request = VaadinService.getCurrentRequest();
        if (request == null || request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (StartAgainController.HUB_COOKIE.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
