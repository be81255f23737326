package uk.plymouth.wellbeing.staff.directory;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * When an activity runs only in some periods (term dates, "dates" in the files), each period from one date to
 * another; and single dates it does not run ("Not on", "except"), such as a bank holiday.
 */
class TermDates extends Div implements FormPart {

    /** One period's inputs. */
    record Period(Div group, DatePicker from, DatePicker to) {}

    final List<Period> periods = new ArrayList<>();
    final List<DatePicker> notOn = new ArrayList<>();
    final Div periodList = new Div();
    final Div notOnList = new Div();
    final Button addPeriod = new Button("Add term dates", click -> addPeriod(null, null));
    final Button addNotOn = new Button("Add a date it does not run", click -> addNotOn(null));

    TermDates() {
        addClassName("directory-term-dates");
        addPeriod.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addNotOn.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H4("Only between these dates (term dates)"),
                new Paragraph("Leave empty if it runs all year."), periodList, addPeriod,
                new H4("Not on these dates"), new Paragraph("For example a bank holiday or the week of the fair."),
                notOnList, addNotOn);
    }

    Period addPeriod(@Nullable LocalDate from, @Nullable LocalDate to) {
        int number = periods.size() + 1;
        DatePicker fromInput = Weekdays.date("From", from);
        DatePicker toInput = Weekdays.date("To", to);
        Div group = new Div(fromInput, toInput);
        group.addClassName("directory-row");
        group.getElement().setAttribute("role", "group");
        group.getElement().setAttribute("aria-label", "Term dates " + number);
        Period period = new Period(group, fromInput, toInput);
        Button remove = new Button("Remove", click -> {
            periods.remove(period);
            periodList.remove(group);
            addPeriod.focus();
        });
        remove.getElement().setAttribute("aria-label", "Remove term dates " + number);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        group.add(remove);
        periods.add(period);
        periodList.add(group);
        return period;
    }

    DatePicker addNotOn(@Nullable LocalDate date) {
        DatePicker day = Weekdays.date("Not on", date);
        Div group = new Div(day);
        group.addClassName("directory-row");
        Button remove = new Button("Remove", click -> {
            notOn.remove(day);
            notOnList.remove(group);
            addNotOn.focus();
        });
        remove.getElement().setAttribute("aria-label", "Remove this date");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        group.add(remove);
        notOn.add(day);
        notOnList.add(group);
        return day;
    }

    @Override
    public void fill(Map<String, ?> fields) {
        periods.clear();
        periodList.removeAll();
        notOn.clear();
        notOnList.removeAll();
        FieldValues.rows(fields, "dates").forEach(p -> addPeriod(FieldValues.date(p, "from"),
                FieldValues.date(p, "to")));
        FieldValues.words(fields, "except").forEach(d -> addNotOn(FieldValues.date(d)));
    }

    @Override
    public void collect(Map<String, Object> fields) {
        FieldValues.putList(fields, "dates", filledPeriods().stream().map(p -> {
            Map<String, Object> period = new LinkedHashMap<>();
            FieldValues.put(period, "from", p.from().getValue());
            FieldValues.put(period, "to", p.to().getValue());
            return period;
        }).toList());
        FieldValues.putList(fields, "except", notOn.stream().filter(d -> d.getValue() != null)
                .map(d -> d.getValue().toString()).toList());
    }

    private List<Period> filledPeriods() {
        return periods.stream().filter(p -> p.from().getValue() != null || p.to().getValue() != null).toList();
    }

    @Override
    public Map<String, HasValidation> inputs() {
        Map<String, HasValidation> inputs = new LinkedHashMap<>();
        List<Period> filled = filledPeriods();
        for (int i = 0; i < filled.size(); i++) {
            inputs.put("dates[" + (i + 1) + "].from", filled.get(i).from());
            inputs.put("dates[" + (i + 1) + "].to", filled.get(i).to());
        }
        List<DatePicker> dates = notOn.stream().filter(d -> d.getValue() != null).toList();
        for (int i = 0; i < dates.size(); i++) {
            inputs.put("except[" + (i + 1) + "]", dates.get(i));
        }
        if (!dates.isEmpty()) {
            inputs.put("except", dates.get(0));
        }
        return inputs;
    }
}
