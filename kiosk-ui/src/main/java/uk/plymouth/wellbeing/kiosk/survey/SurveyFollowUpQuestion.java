package uk.plymouth.wellbeing.kiosk.survey;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.kiosk.CallMeFields;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;

/**
 * The ways to answer "Would you like us to text you in 8 weeks to ask again?": "No thanks" (first, the big default)
 * or "Yes, text me", which shows a UK mobile number field typed on the kiosk's number pad, the same entry as "Ask us
 * to call you". Says plainly what is kept. Knows nothing of navigation, nor whether a number will do.
 */
class SurveyFollowUpQuestion extends Div {

    /** What the resident chose; the step decides where that leads. */
    interface Choice {
        void noThanks();

        void textMe(String typed);
    }

    final Button noThanks = new Button();
    final Button yes = new Button();
    final Div number = new Div();
    final TextField phone;
    final Button next = new Button();

    SurveyFollowUpQuestion(String headingId, @Nullable PhoneNumber given, Choice choice) {
        addClassName("kiosk-survey-question");
        Paragraph kept = new Paragraph(getTranslation("kiosk.survey.followUp.kept"));
        kept.addClassName("kiosk-survey-follow-up-kept");
        noThanks.setText(getTranslation("kiosk.survey.followUp.no"));
        noThanks.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        noThanks.addClickListener(e -> choice.noThanks());
        yes.setText(getTranslation("kiosk.survey.followUp.yes"));
        yes.addThemeVariants(ButtonVariant.LUMO_LARGE);
        yes.addClassName("kiosk-secondary");
        yes.getElement().setAttribute("aria-pressed", "false");
        yes.addClickListener(e -> {
            showNumber(typed());
            focusNumber();
        });
        Div options = new Div(noThanks, yes);
        options.addClassName("kiosk-actions");
        options.getElement().setAttribute("role", "group");
        options.getElement().setAttribute("aria-labelledby", headingId);

        phone = CallMeFields.text(getTranslation("kiosk.survey.followUp.phoneLabel"), "survey-follow-up-phone", 20,
                "phone", () -> choice.textMe(typed()));
        phone.getElement().setAttribute("inputmode", "tel");
        phone.getElement().setAttribute("data-keyboard-enter", "done");
        next.setText(getTranslation("kiosk.callback.continue"));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        next.addClickListener(e -> choice.textMe(typed()));
        Paragraph hint = new Paragraph(getTranslation("kiosk.survey.followUp.phoneHint"));
        hint.addClassName("kiosk-hint");
        Div continueRow = new Div(next);
        continueRow.addClassName("kiosk-actions");
        number.addClassName("kiosk-survey-follow-up-number");
        number.add(hint, phone, continueRow);
        number.setVisible(false);

        add(kept, options, number);
        if (given != null) {
            showNumber(given.national());
        }
    }

    /** "Yes, text me": the number field, holding {@code typed}, and "Yes" marked as chosen. */
    void showNumber(String typed) {
        phone.setValue(typed);
        number.setVisible(true);
        yes.getElement().setAttribute("aria-pressed", "true");
        yes.getElement().getClassList().add("kiosk-survey-chosen");
    }

    private void focusNumber() {
        phone.getElement().executeJs("this.focus()");
    }

    String typed() {
        return phone.getValue();
    }

    /** The number will not do: said next to the field, with what was typed kept. */
    void refuse(String typed, String why) {
        showNumber(typed);
        CallMeFields.markInvalid(phone, why);
    }
}
