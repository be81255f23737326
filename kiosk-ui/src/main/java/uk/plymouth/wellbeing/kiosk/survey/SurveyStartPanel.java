package uk.plymouth.wellbeing.kiosk.survey;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import uk.plymouth.wellbeing.signposting.survey.Survey;

/**
 * The start of a survey, below its title: what it is, then consent ("Before you start", "I agree, start" or "No
 * thanks"); when surveys cannot be recorded, says so and offers Home instead. Knows nothing of navigation.
 */
class SurveyStartPanel extends Div {

    final Button agree = new Button();
    final Button noThanks = new Button();
    final Paragraph unavailable = new Paragraph();

    /**
     * @param recordable whether the survey storage is there to take the answers
     */
    SurveyStartPanel(Survey asked, boolean recordable, Runnable onAgree, Runnable onLeave) {
        add(new Paragraph(asked.intro()));
        if (!recordable) {
            unavailable.setText(getTranslation("kiosk.survey.unavailable"));
            unavailable.addClassName("kiosk-survey-unavailable");
            Button home = new Button(getTranslation("kiosk.callback.done.home"), VaadinIcon.HOME.create(),
                    e -> onLeave.run());
            home.addThemeVariants(ButtonVariant.LUMO_LARGE);
            add(unavailable, home);
            return;
        }
        agree.setText(getTranslation("kiosk.survey.agree"));
        agree.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        agree.addClickListener(e -> onAgree.run());
        noThanks.setText(getTranslation("kiosk.survey.noThanks"));
        noThanks.addThemeVariants(ButtonVariant.LUMO_LARGE);
        noThanks.addClickListener(e -> onLeave.run());
        Div actions = new Div(agree, noThanks);
        actions.addClassName("kiosk-actions");
        add(new H2(getTranslation("kiosk.survey.consentTitle")), new Paragraph(asked.consent()), actions);
    }
}
