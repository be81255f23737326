package uk.plymouth.wellbeing.staff.callbacks;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.callback.CallbackDetails;
import uk.plymouth.wellbeing.signposting.crisis.CrisisKind;

/**
 * Why the request is urgent, at the top of its page and loud in words, an icon and a border, not colour alone: the
 * same words as the queue ("Urgent: crisis words (suicidal thoughts)", or "Urgent"), and for crisis words what the
 * system read them as. The kind of crisis only, never the resident's words. A request made urgent for crisis words
 * that staff marked not urgent says so, for the record. Not shown for any other request.
 */
class UrgencyNotice extends Div {

    final H3 headline = new H3();
    final Paragraph explanation = new Paragraph();

    UrgencyNotice(CallbackDetails request) {
        addClassName("urgency-notice");
        @Nullable CrisisKind kind = request.crisisKind();
        setVisible(request.urgent() || kind != null);
        Icon icon = VaadinIcon.WARNING.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        headline.add(icon);
        if (request.urgent()) {
            headline.add(Words.urgency(true, kind));
        } else {
            headline.add("Not urgent now");
            addClassName("urgency-notice-past");
        }
        add(headline);
        if (kind != null) {
            addClassName("urgency-notice-crisis");
            explanation.setText("The system made this request urgent: what the resident typed or texted may be about "
                    + kind.inWords() + "." + (request.urgent() ? "" : " Staff have since marked it not urgent."));
            add(explanation);
        }
    }
}
