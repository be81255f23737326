package uk.plymouth.wellbeing.staff.directory;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every field an activity has in the files, with a schedule editor a hub worker understands. */
class ActivityForm extends Div implements FormPart {

    final CommonInputs common = new CommonInputs();
    final TextField title = new TextField("Title");
    final Select<String> hub = new Select<>();
    final ScheduleEditor schedule = new ScheduleEditor();
    final Checkbox bookingNeeded = new Checkbox("People need to book a place");
    final TextField bookingNote = new TextField("How to book (optional)");
    final Map<String, String> hubNames;

    /** @param hubNames the hubs this member of staff may choose, by id */
    ActivityForm(Map<String, String> hubNames) {
        this.hubNames = new LinkedHashMap<>(hubNames);
        addClassName("directory-form");
        title.setWidthFull();
        title.setMaxLength(80);
        hub.setLabel("Hub");
        hub.setItems(this.hubNames.keySet());
        hub.setItemLabelGenerator(id -> this.hubNames.getOrDefault(id, id));
        bookingNote.setWidthFull();
        bookingNote.setPlaceholder("Ring the hub to book your place.");
        add(new H3("About it"), title, common.id, hub, common.category, common.description, common.whoFor,
                schedule, new H3("Cost and booking"), common.cost, bookingNeeded, bookingNote, common.tags,
                new H3("Open or closed"), common.closure, common.lastVerified);
    }

    @Override
    public void fill(Map<String, ?> fields) {
        common.fill(fields);
        title.setValue(FieldValues.text(fields, "title"));
        String itsHub = FieldValues.text(fields, "hub");
        List<String> choices = new ArrayList<>(hubNames.keySet());
        if (!itsHub.isEmpty() && !choices.contains(itsHub)) {
            choices.add(itsHub);
        }
        hub.setItems(choices);
        hub.setValue(itsHub.isEmpty() ? null : itsHub);
        schedule.fill(fields);
        bookingNeeded.setValue(Boolean.parseBoolean(FieldValues.text(fields, "booking_needed")));
        bookingNote.setValue(FieldValues.text(fields, "booking_note"));
    }

    @Override
    public void collect(Map<String, Object> fields) {
        common.collect(fields);
        FieldValues.put(fields, "title", title.getValue());
        FieldValues.put(fields, "hub", hub.getValue());
        schedule.collect(fields);
        fields.put("booking_needed", String.valueOf(bookingNeeded.getValue()));
        FieldValues.put(fields, "booking_note", bookingNote.getValue());
    }

    @Override
    public Map<String, HasValidation> inputs() {
        Map<String, HasValidation> inputs = new LinkedHashMap<>(common.inputs());
        inputs.put("title", title);
        inputs.put("hub", hub);
        inputs.putAll(schedule.inputs());
        inputs.put("booking_note", bookingNote);
        return inputs;
    }
}
