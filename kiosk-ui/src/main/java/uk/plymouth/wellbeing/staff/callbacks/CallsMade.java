package uk.plymouth.wellbeing.staff.callbacks;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import uk.plymouth.wellbeing.signposting.callback.CallbackDetails;

/** The calls made to the resident, oldest first: when, who, how it went and their notes. */
class CallsMade extends Div {

    CallsMade(CallbackDetails request, StaffTimes times) {
        addClassName("attempts");
        add(new H3("Calls made"));
        if (request.attempts().isEmpty()) {
            add(new Paragraph("No calls logged yet."));
        }
        for (CallbackDetails.Attempt attempt : request.attempts()) {
            add(new Paragraph(times.exactly(attempt.at()) + ", " + attempt.staff() + ": "
                    + Words.outcome(attempt.outcome()) + (attempt.notes() == null ? "" : ". " + attempt.notes())));
        }
    }
}
