package uk.plymouth.wellbeing.staff.dashboard;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.callback.report.DashboardQuery;

/** The dashboard's "from" and "to" date pickers (UK dates, weeks from Monday) and the query they make. */
final class DashboardPeriod {

    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");

    DashboardPeriod() {
        for (DatePicker picker : new DatePicker[] {from, to}) {
            picker.setLocale(Locale.UK);
            picker.setI18n(new DatePicker.DatePickerI18n().setFirstDayOfWeek(1).setDateFormat("d MMM yyyy"));
            picker.setRequired(true);
        }
        from.setHelperText("From the Monday of this week");
        to.setHelperText("To the Sunday of this week");
    }

    void setValue(DashboardQuery query) {
        from.setValue(query.from());
        to.setValue(query.to());
    }

    /**
     * The query for the dates picked.
     *
     * @throws IllegalArgumentException when a date is missing, or the period ends before it starts or is too long;
     *     the message can be shown to staff
     */
    DashboardQuery query(@Nullable String hubId) {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        if (start == null || end == null) {
            throw new IllegalArgumentException("Pick a first and a last day.");
        }
        return new DashboardQuery(hubId, start, end);
    }
}
