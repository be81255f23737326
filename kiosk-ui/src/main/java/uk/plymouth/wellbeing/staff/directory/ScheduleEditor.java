package uk.plymouth.wellbeing.staff.directory;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * When an activity runs, as a hub worker says it: every week or every other week, on a day, from a time to a time,
 * starting on a first date; only in term dates if it has them; not on the dates listed.
 */
class ScheduleEditor extends Div implements FormPart {

    static final String WEEKLY = "weekly";
    static final String FORTNIGHTLY = "fortnightly";

    final RadioButtonGroup<String> frequency = new RadioButtonGroup<>("How often");
    final Select<String> day = Weekdays.select("Day");
    final TextField start = Weekdays.time("Starts");
    final TextField end = Weekdays.time("Ends");
    final DatePicker firstDate = Weekdays.date("First date it runs", null);
    final TermDates dates = new TermDates();

    ScheduleEditor() {
        addClassName("directory-schedule");
        frequency.setItems(List.of(WEEKLY, FORTNIGHTLY));
        frequency.setItemLabelGenerator(f -> f.equals(WEEKLY) ? "Every week" : "Every other week");
        frequency.setValue(WEEKLY);
        firstDate.setHelperText("Needed for every other week, and must be on the day chosen above. For every week, "
                + "leave empty unless it starts on a later date.");
        Div times = new Div(day, start, end);
        times.addClassName("directory-row");
        add(new H3("When it runs"), frequency, times, firstDate, dates);
    }

    @Override
    public void fill(Map<String, ?> fields) {
        Map<String, ?> schedule = FieldValues.group(fields, "schedule");
        String often = FieldValues.text(schedule, "frequency");
        frequency.setValue(often.isEmpty() ? WEEKLY : often);
        String weekday = FieldValues.text(schedule, "day");
        day.setValue(weekday.isEmpty() ? null : weekday);
        start.setValue(FieldValues.text(schedule, "start"));
        end.setValue(FieldValues.text(schedule, "end"));
        firstDate.setValue(FieldValues.date(schedule, "first_date"));
        dates.fill(fields);
    }

    @Override
    public void collect(Map<String, Object> fields) {
        Map<String, Object> schedule = new LinkedHashMap<>();
        FieldValues.put(schedule, "frequency", frequency.getValue());
        FieldValues.put(schedule, "day", day.getValue());
        FieldValues.put(schedule, "start", start.getValue());
        FieldValues.put(schedule, "end", end.getValue());
        FieldValues.put(schedule, "first_date", firstDate.getValue());
        fields.put("schedule", schedule);
        dates.collect(fields);
    }

    @Override
    public Map<String, HasValidation> inputs() {
        Map<String, HasValidation> inputs = new LinkedHashMap<>();
        inputs.put("schedule", day);
        inputs.put("schedule.frequency", frequency);
        inputs.put("schedule.day", day);
        inputs.put("schedule.start", start);
        inputs.put("schedule.end", end);
        inputs.put("schedule.first_date", firstDate);
        inputs.putAll(dates.inputs());
        return inputs;
    }
}
