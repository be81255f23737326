package uk.plymouth.wellbeing.staff.simulator;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * A conversation drawn like a phone's: the resident's texts on the right, the hubs' on the left, each with its time
 * and segments, and short notes in the middle. A polite live log, so screen readers read out each new text.
 */
final class TextThread extends Div {

    private final Paragraph empty = new Paragraph("No texts yet. Type one below and press Send.");

    TextThread() {
        addClassName("sim-thread");
        getElement().setAttribute("role", "log");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("aria-label", "Texts with Wellbeing Hubs");
        getElement().setAttribute("tabindex", "0");
        empty.addClassName("sim-note");
        add(empty);
    }

    /** A text the resident sent. */
    void resident(String body, String meta) {
        bubble("sim-resident", "You sent: ", body, meta);
    }

    /** A text the hubs sent. */
    void hubs(String body, String meta) {
        bubble("sim-hubs", "Wellbeing Hubs replied: ", body, meta);
    }

    /** Something that is not a text, such as "No reply". */
    void note(String text) {
        empty.setVisible(false);
        Paragraph note = new Paragraph(text);
        note.addClassName("sim-note");
        add(note);
        note.scrollIntoView();
    }

    /** Starts again with no texts. */
    void clear() {
        removeAll();
        empty.setVisible(true);
        add(empty);
    }

    private void bubble(String side, String who, String body, String meta) {
        empty.setVisible(false);
        Span hidden = new Span(who);
        hidden.addClassName("visually-hidden");
        Paragraph text = new Paragraph(body);
        text.addClassName("sim-body");
        Span details = new Span(meta);
        details.addClassName("sim-meta");
        Div bubble = new Div(hidden, text, details);
        bubble.addClassNames("sim-text", side);
        add(bubble);
        bubble.scrollIntoView();
    }
}
