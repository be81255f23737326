package uk.plymouth.wellbeing.staff.callbacks;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import uk.plymouth.wellbeing.signposting.callback.CallbackDetails;

/** The notes staff wrote on the request, oldest first; an erased note says so. */
class StaffNotes extends Div {

    StaffNotes(CallbackDetails request, StaffTimes times) {
        addClassName("notes");
        add(new H3("Notes"));
        if (request.notes().isEmpty()) {
            add(new Paragraph("No notes yet."));
        }
        for (CallbackDetails.Note note : request.notes()) {
            add(new Paragraph(times.exactly(note.at()) + ", " + note.author() + ": "
                    + (note.text() == null ? "(erased)" : note.text())));
        }
    }
}
