package uk.plymouth.wellbeing.staff.accounts;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;

/**
 * The line under a staff form that says what the last click did, read out by screen readers ({@code role=status}),
 * and where domain errors go: next to their field when the message names one ({@code "username: ..."}, as
 * {@code StaffAccounts} writes them) and here too, so a screen reader hears it. The domain's messages never hold a
 * password, and neither does anything shown here.
 */
class Outcome extends Paragraph {

    Outcome() {
        addClassName("staff-outcome");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
    }

    void done(String text) {
        removeClassName("error");
        setText(text);
    }

    void failed(String text) {
        addClassName("error");
        setText(text);
    }

    /**
     * Shows a message that starts with a field's name next to that field and here, or only here.
     *
     * @param fields the form's fields (labelled, validating components) by the names the domain uses
     */
    void failed(String message, Map<String, ? extends Component> fields) {
        int colon = message.indexOf(':');
        Component field = colon > 0 ? fields.get(message.substring(0, colon)) : null;
        if (field == null) {
            failed(message);
            return;
        }
        fieldFailed(field, message.substring(colon + 1).strip());
    }

    /** Marks a labelled, validating field wrong with that text and says so here too, naming the field. */
    void fieldFailed(Component field, String text) {
        String sentence = text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
        if (field instanceof HasValidation validating) {
            validating.setErrorMessage(sentence);
            validating.setInvalid(true);
        }
        String label = field instanceof HasLabel labelled && labelled.getLabel() != null ? labelled.getLabel() : "";
        failed("Not saved. " + (label.isEmpty() ? "" : label + ": ") + sentence);
    }

    /** Clears the error marks of the given fields before the next try. */
    static void clearErrors(Map<String, ? extends Component> fields) {
        fields.values().forEach(field -> {
            if (field instanceof HasValidation validating) {
                validating.setInvalid(false);
            }
        });
    }
}
