package uk.plymouth.wellbeing.staff.directory;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import uk.plymouth.wellbeing.signposting.catalogue.ItemStatus;

/**
 * Open or temporarily closed: when closed, why (shown to residents) and, if known, the day it reopens, which is
 * written into the note in words ("Reopens on Tuesday 6 January 2027.").
 */
class ClosureFields extends Div implements FormPart {

    final RadioButtonGroup<ItemStatus> status = new RadioButtonGroup<>("Is it running?");
    final TextField reason = new TextField("Why it is closed (residents see this)");
    final DatePicker reopens = new DatePicker("Reopens on (if you know)");

    ClosureFields() {
        addClassName("directory-closure");
        status.setItems(ItemStatus.values());
        status.setItemLabelGenerator(s -> s == ItemStatus.ACTIVE ? "Open as usual" : "Temporarily closed");
        status.setValue(ItemStatus.ACTIVE);
        reason.setPlaceholder("Closed while we move rooms.");
        reason.setWidthFull();
        status.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() == ItemStatus.ACTIVE) {
                reason.clear(); // reopened: the closure's reason no longer applies
                reopens.clear();
            }
            showClosure();
        });
        add(status, reason, reopens);
        showClosure();
    }

    private void showClosure() {
        boolean closed = status.getValue() == ItemStatus.TEMPORARILY_CLOSED;
        reason.setVisible(closed);
        reopens.setVisible(closed);
    }

    @Override
    public void fill(Map<String, ?> fields) {
        status.setValue(ItemStatus.fromId(FieldValues.text(fields, "status")).orElse(ItemStatus.ACTIVE));
        ClosureNote note = ClosureNote.of(FieldValues.text(fields, "status_note"));
        reason.setValue(note.reason());
        reopens.setValue(note.reopens());
    }

    @Override
    public void collect(Map<String, Object> fields) {
        if (status.getValue() == ItemStatus.TEMPORARILY_CLOSED) {
            fields.put("status", ItemStatus.TEMPORARILY_CLOSED.id());
        }
        FieldValues.put(fields, "status_note", new ClosureNote(reason.getValue(), reopens.getValue()).text());
    }

    @Override
    public Map<String, HasValidation> inputs() {
        return Map.of("status", status, "status_note", reason);
    }
}
