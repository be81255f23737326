package uk.plymouth.wellbeing.kiosk;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.messaging.InvalidPhoneNumberException;
import uk.plymouth.wellbeing.signposting.messaging.TextDetailsToPhone;
import uk.plymouth.wellbeing.signposting.messaging.TextSent;

/**
 * "Text this to my phone": a number typed on the big keypad, checked, used once to send the details, then
 * forgotten (the field is emptied and the dialog thrown away).
 */
class TextToPhoneDialog extends Dialog {

    final TextField number = new TextField();
    final Button send = new Button();
    final Paragraph outcome = new Paragraph();
    private final TextDetailsToPhone texting;
    private final String itemId;
    private final @Nullable String hubId;

    TextToPhoneDialog(TextDetailsToPhone texting, String itemId, @Nullable String hubId) {
        this.texting = texting;
        this.itemId = itemId;
        this.hubId = hubId;
        setHeaderTitle(getTranslation("kiosk.text.title"));
        setCloseOnOutsideClick(false);
        number.setLabel(getTranslation("kiosk.text.label"));
        number.setHelperText(getTranslation("kiosk.text.help"));
        number.setMaxLength(20);
        number.setWidthFull();
        number.getElement().setAttribute("data-keyboard", "phone");
        number.getElement().setAttribute("inputmode", "tel");
        number.getElement().setAttribute("autocomplete", "off");
        number.getElement().addEventListener("keydown", e -> {
            if (e.getEventData().hasKey("element.value")) {
                number.setValue(e.getEventData().getString("element.value"));
            }
            send();
        }).setFilter("event.key === 'Enter'").addEventData("element.value");
        send.setText(getTranslation("kiosk.text.send"));
        send.setIcon(VaadinIcon.PAPERPLANE.create());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        send.addClickListener(e -> send());
        Button close = new Button(getTranslation("kiosk.text.close"), e -> closeAndForget());
        outcome.getElement().setAttribute("role", "status");
        add(new Paragraph(getTranslation("kiosk.text.privacy")), number, outcome);
        getFooter().add(close, send);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                number.clear();
            }
        });
    }

    void send() {
        try {
            TextSent sent = texting.send(itemId, hubId, number.getValue());
            number.clear();
            number.setInvalid(false);
            outcome.setText(getTranslation("kiosk.text.sent", sent.maskedNumber()));
            send.setEnabled(false);
        } catch (InvalidPhoneNumberException e) {
            number.setErrorMessage(e.getMessage());
            number.setInvalid(true);
            outcome.setText("");
        }
    }

    private void closeAndForget() {
        number.clear();
        close();
    }
}
