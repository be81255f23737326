package uk.plymouth.wellbeing.kiosk;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import uk.plymouth.wellbeing.signposting.crisis.CrisisLines;

/**
 * Help first, when the words typed may mean a crisis: the heading and lines for that kind of danger (from
 * {@code crisis/lines.txt}, most urgent first, the last one "tell a member of staff here") and a button to be called
 * back urgently. Screens put it straight under their heading, above everything else, and keep the same panel while
 * it says the same, so screen readers announce it (an alert) once, not again on every change below it.
 */
class CrisisHelp extends Div {

    final CrisisLines.Panel panel;
    final H2 title = new H2();
    final Div lines = new Div();
    final Button callMe;

    /**
     * @param panel what to say, in its own language
     * @param page the page's language: the title and lines are marked with theirs when it differs
     */
    CrisisHelp(CrisisLines.Panel panel, Locale page, Runnable askForUrgentCall) {
        this.panel = panel;
        addClassName("kiosk-crisis");
        setId("kiosk-crisis");
        getElement().setAttribute("role", "alert");
        Icon warning = VaadinIcon.WARNING.create();
        warning.getElement().setAttribute("aria-hidden", "true");
        title.add(warning, new Span(panel.title()));
        lines.addClassName("kiosk-crisis-lines");
        panel.lines().forEach(line -> lines.add(new Paragraph(line)));
        if (!panel.language().equals(page.getLanguage())) {
            title.getElement().setAttribute("lang", panel.language());
            lines.getElement().setAttribute("lang", panel.language());
        }
        callMe = new Button(getTranslation("kiosk.crisis.call"), VaadinIcon.PHONE.create(),
                e -> askForUrgentCall.run());
        callMe.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        callMe.setId("kiosk-crisis-call");
        add(title, lines, callMe);
    }

    /** Whether this panel already says what {@code wanted} says (then keep it: no second announcement). */
    boolean says(CrisisLines.Panel wanted) {
        return panel.equals(wanted);
    }

    /** It comes first on the screen: show the top of the page, where it is, even if the page was scrolled. */
    @Override
    protected void onAttach(AttachEvent event) {
        getElement().executeJs("window.scrollTo(0, 0)");
    }
}
