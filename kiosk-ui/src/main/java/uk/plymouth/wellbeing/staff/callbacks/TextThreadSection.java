package uk.plymouth.wellbeing.staff.callbacks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.callback.CallbackDetails;
import uk.plymouth.wellbeing.signposting.callback.CallbackTexts;
import uk.plymouth.wellbeing.signposting.callback.ThreadText;
import uk.plymouth.wellbeing.signposting.messaging.DeliveryState;
import uk.plymouth.wellbeing.signposting.messaging.SmsText;

/**
 * The request's texts as one thread, oldest first (what we sent, how it went, and what the resident texted back),
 * and a box to text the resident, with a live count of how many texts it will take. When the resident cannot be
 * texted the box is replaced by the reason.
 */
class TextThreadSection extends Div {

    static final int MAX_CHARACTERS = 320;

    final TextArea message = new TextArea("Text to the resident");
    final Button send = new Button("Send text");
    final Span count = new Span();

    /**
     * @param sending sends the typed words; gets them, returns normally when the text is queued and throws the
     *     queue's refusal otherwise
     */
    /** @param whyNotTextable why the resident cannot be texted, from {@link CallbackTexts#whyNotTextable}; null if they can */
    TextThreadSection(CallbackDetails request, List<ThreadText> thread, @Nullable String whyNotTextable,
            StaffTimes times, Consumer<String> sending) {
        addClassName("texts");
        add(new H3("Texts"));
        if (thread.isEmpty()) {
            add(new Paragraph("No texts about this request yet."));
        }
        Div lines = new Div();
        lines.addClassName("text-thread");
        thread.forEach(text -> lines.add(line(text, times)));
        add(lines);
        if (whyNotTextable != null) {
            Paragraph reason = new Paragraph(whyNotTextable);
            reason.addClassName("cannot-text");
            add(reason);
            return;
        }
        message.setId("staff-text");
        message.setMaxLength(MAX_CHARACTERS);
        message.setWidthFull();
        message.setHelperText("Plain words, at most 2 texts (about 300 characters). Their replies appear here."
                + (request.maySayHub() ? "" : " They asked us NOT to say the hub's name."));
        message.setValueChangeMode(ValueChangeMode.LAZY);
        message.addValueChangeListener(e -> updateCount());
        count.setId("text-count");
        count.getElement().setAttribute("aria-live", "polite");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> sending.accept(message.getValue()));
        updateCount();
        add(message, count, send);
    }

    private void updateCount() {
        String gsm = SmsText.toGsm(message.getValue());
        int parts = SmsText.segments(gsm);
        count.setText(gsm.length() + " characters, " + parts + (parts == 1 ? " text" : " texts")
                + (parts > CallbackTexts.MAX_SEGMENTS ? ": too long to send" : ""));
    }

    private static Paragraph line(ThreadText text, StaffTimes times) {
        String words = text.body() == null ? "(erased)" : "\"" + text.body() + "\"";
        String what;
        if (text.fromResident()) {
            what = "The resident texted";
        } else {
            String who = text.staff() == null ? Words.purpose(text.purpose()) : "Text from " + text.staff();
            what = who + ", " + Words.delivery(text.state()) + (text.problem() == null ? ""
                    : " (" + text.problem() + ")");
        }
        Paragraph line = new Paragraph(times.exactly(text.at()) + ", " + what + ": " + words);
        line.addClassName(text.fromResident() ? "text-from-resident" : "text-to-resident");
        if (text.state() == DeliveryState.FAILED || text.state() == DeliveryState.UNDELIVERED) {
            line.addClassName("text-failed");
        }
        return line;
    }
}
