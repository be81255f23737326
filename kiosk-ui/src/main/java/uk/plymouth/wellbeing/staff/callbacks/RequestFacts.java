package uk.plymouth.wellbeing.staff.callbacks;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.callback.CallbackDetails;

/**
 * What the resident asked for and how they want to be called, with the safe-contact rules first and loud: a
 * voicemail or the hub's name can put someone at risk. Plain text components only, so whatever residents typed is
 * shown as text, never as markup.
 */
class RequestFacts extends Div {

    RequestFacts(CallbackDetails request, String hubName, @Nullable String itemTitle, StaffTimes times) {
        addClassName("request-facts");
        add(safeContact(request));
        DescriptionList facts = new DescriptionList();
        if (request.isPersonalDataErased()) {
            add(new Paragraph("The resident's details were erased on " + times.exactly(
                    request.personalDataErasedAt()) + ", as the retention policy requires."));
        } else {
            term(facts, "Name", request.firstName() == null ? "Preferred not to say" : request.firstName());
            DescriptionList.Description phone = new DescriptionList.Description();
            if (request.phone() != null) {
                Anchor call = new Anchor("tel:" + request.phone().e164(), request.phone().national());
                call.addClassName("request-phone");
                phone.add(call);
            }
            facts.add(new DescriptionList.Term("Phone"), phone);
            if (request.ringPhone() != null) {
                // they texted from one number and asked to be rung on another (a landline, say): ring that one
                Anchor ring = new Anchor("tel:" + request.ringPhone().e164(), request.ringPhone().national());
                ring.addClassName("request-ring-phone");
                facts.add(new DescriptionList.Term("Ring on (asked for)"), new DescriptionList.Description(ring));
            }
        }
        term(facts, "Best time", Words.bestTime(request.bestTime()));
        term(facts, "About", Words.category(request.aboutCategory()));
        if (itemTitle != null) {
            term(facts, "Service or activity", itemTitle);
        }
        if (request.aboutText() != null) {
            term(facts, "In their words", request.aboutText());
        }
        term(facts, "Hub", hubName);
        term(facts, "Asked", times.exactly(request.createdAt()) + " (" + times.ago(request.createdAt()) + "), by "
                + Words.channel(request.channel()));
        term(facts, "Due", times.exactly(request.dueAt()) + (request.status().isOpen() ? ", " + times.due(
                request.dueAt()) : ""));
        term(facts, "Confirmation text", Words.confirmation(request.confirmationStatus()));
        term(facts, "Texts", request.optedOut() ? "Opted out: do not text them" : "May be texted");
        add(new H3("The request"), facts);
    }

    private static Div safeContact(CallbackDetails request) {
        Div box = new Div();
        box.addClassName("safe-contact");
        box.add(new H3("Before you call"));
        box.add(rule(request.mayLeaveVoicemail(), "You may leave a voicemail.", "Do NOT leave a voicemail."));
        box.add(rule(request.maySayHub(), "You may say you are calling from the hub.",
                "Do NOT say you are calling from the hub until you know you are speaking to them."));
        if (!request.mayLeaveVoicemail() || !request.maySayHub()) {
            box.addClassName("safe-contact-caution");
        }
        return box;
    }

    private static Paragraph rule(boolean allowed, String yes, String no) {
        Paragraph line = new Paragraph(allowed ? yes : no);
        line.addClassName(allowed ? "allowed" : "not-allowed");
        return line;
    }

    private static void term(DescriptionList list, String term, String value) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(new Span(value)));
    }
}
