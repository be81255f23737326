package uk.plymouth.wellbeing.kiosk;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;

/**
 * Help first, when the words typed may mean a crisis: the crisis lines in large type, read out at once by screen
 * readers (an alert), and a button to be called back urgently. Shown above any results, which stay below it.
 */
class CrisisHelp extends Div {

    static final List<String> LINES = List.of("kiosk.crisis.danger", "kiosk.crisis.samaritans", "kiosk.crisis.shout",
            "kiosk.crisis.nhs", "kiosk.crisis.staff");

    final Button callMe;

    CrisisHelp(Runnable askForUrgentCall) {
        addClassNames("kiosk-panel", "kiosk-crisis");
        setId("kiosk-crisis");
        getElement().setAttribute("role", "alert");
        add(new H2(getTranslation("kiosk.crisis.title")));
        for (String key : LINES) {
            add(new Paragraph(getTranslation(key)));
        }
        callMe = new Button(getTranslation("kiosk.crisis.call"), VaadinIcon.PHONE.create(),
                e -> askForUrgentCall.run());
        callMe.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        callMe.setId("kiosk-crisis-call");
        add(callMe);
    }
}
