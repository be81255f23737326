package uk.plymouth.wellbeing.staff.directory;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Inputs for days and times, as the content files write them ("tuesday", "14:30"). */
final class Weekdays {

    private Weekdays() {}

    static Select<String> select(String label) {
        Select<String> day = new Select<>();
        day.setLabel(label);
        day.setItems(Arrays.stream(DayOfWeek.values()).map(d -> d.name().toLowerCase(Locale.ROOT)).toList());
        day.setItemLabelGenerator(Weekdays::inWords);
        day.setEmptySelectionAllowed(true);
        day.setEmptySelectionCaption("Choose a day");
        return day;
    }

    /** "tuesday" as "Tuesday". */
    static String inWords(@Nullable String day) {
        return day == null || day.isEmpty() ? "" : Character.toUpperCase(day.charAt(0)) + day.substring(1);
    }

    /** A date picker that shows dates as in the UK (24/11/2026). */
    static DatePicker date(String label, @Nullable LocalDate value) {
        DatePicker date = new DatePicker(label, value);
        date.setLocale(Locale.UK);
        return date;
    }

    /** A 24-hour time typed as text, so a slip ("25:00", "10.30") gets the same message as in a file. */
    static TextField time(String label) {
        TextField time = new TextField(label);
        time.setPlaceholder("10:00");
        time.setHelperText("24-hour clock, like 09:30 or 14:00");
        time.setWidth("11rem");
        return time;
    }
}
