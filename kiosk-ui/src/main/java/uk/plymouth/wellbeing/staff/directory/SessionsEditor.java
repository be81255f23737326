package uk.plymouth.wellbeing.staff.directory;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service's regular times ("sessions"): each a day, a start and an end, added and removed one at a time. Without any,
 * the service runs whenever its hub is open.
 */
class SessionsEditor extends Div implements FormPart {

    /** One regular time's inputs. */
    record Row(Div group, Select<String> day, TextField start, TextField end) {}

    final List<Row> rows = new ArrayList<>();
    final Div list = new Div();
    final Button add = new Button("Add a regular time", click -> addRow("", "", ""));

    SessionsEditor() {
        addClassName("directory-sessions");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H4("Regular times"), new Paragraph("Leave empty if it runs whenever the hub is open."), list, add);
    }

    Row addRow(String day, String start, String end) {
        int number = rows.size() + 1;
        Select<String> dayInput = Weekdays.select("Day");
        dayInput.setValue(day.isEmpty() ? null : day);
        TextField startInput = Weekdays.time("Starts");
        startInput.setValue(start);
        TextField endInput = Weekdays.time("Ends");
        endInput.setValue(end);
        Div group = new Div(dayInput, startInput, endInput);
        group.addClassName("directory-row");
        group.getElement().setAttribute("role", "group");
        group.getElement().setAttribute("aria-label", "Regular time " + number);
        Row row = new Row(group, dayInput, startInput, endInput);
        Button remove = new Button("Remove", click -> remove(row));
        remove.getElement().setAttribute("aria-label", "Remove regular time " + number);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        group.add(remove);
        rows.add(row);
        list.add(group);
        return row;
    }

    private void remove(Row row) {
        rows.remove(row);
        list.remove(row.group());
        add.focus();
    }

    @Override
    public void fill(Map<String, ?> fields) {
        rows.clear();
        list.removeAll();
        for (Map<String, ?> session : FieldValues.rows(fields, "sessions")) {
            addRow(FieldValues.text(session, "day"), FieldValues.text(session, "start"),
                    FieldValues.text(session, "end"));
        }
    }

    @Override
    public void collect(Map<String, Object> fields) {
        FieldValues.putList(fields, "sessions", filled().stream().map(SessionsEditor::session).toList());
    }

    private static Map<String, Object> session(Row row) {
        Map<String, Object> session = new LinkedHashMap<>();
        FieldValues.put(session, "day", row.day().getValue());
        FieldValues.put(session, "start", row.start().getValue());
        FieldValues.put(session, "end", row.end().getValue());
        return session;
    }

    /** The rows with anything in them: what is saved, and what problems count (from 1). */
    private List<Row> filled() {
        return rows.stream().filter(row -> !session(row).isEmpty()).toList();
    }

    @Override
    public Map<String, HasValidation> inputs() {
        Map<String, HasValidation> inputs = new LinkedHashMap<>();
        List<Row> filled = filled();
        for (int i = 0; i < filled.size(); i++) {
            String at = "sessions[" + (i + 1) + "].";
            inputs.put(at + "day", filled.get(i).day());
            inputs.put(at + "start", filled.get(i).start());
            inputs.put(at + "end", filled.get(i).end());
        }
        return inputs;
    }
}
