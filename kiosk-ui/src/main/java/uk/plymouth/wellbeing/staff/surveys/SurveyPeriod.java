package uk.plymouth.wellbeing.staff.surveys;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.survey.report.SurveyReportQuery;

/**
 * The report's "first day" and "last day" pickers (UK dates, both days included) and the query they make. The
 * query's end is the day after the last day, as {@link SurveyReportQuery} counts up to the start of its end.
 */
final class SurveyPeriod {

    final DatePicker from = new DatePicker("First day");
    final DatePicker to = new DatePicker("Last day");

    SurveyPeriod(LocalDate today) {
        for (DatePicker picker : new DatePicker[] {from, to}) {
            picker.setLocale(Locale.UK);
            picker.setI18n(new DatePicker.DatePickerI18n().setFirstDayOfWeek(1).setDateFormat("d MMM yyyy"));
            picker.setRequired(true);
        }
        from.setHelperText("Responses from the start of this day");
        to.setHelperText("Up to the end of this day");
        // the last three months: from the first of the month two months back, to today
        from.setValue(today.minusMonths(2).withDayOfMonth(1));
        to.setValue(today);
    }

    /**
     * The query for the days picked.
     *
     * @throws IllegalArgumentException when a day is missing or the last day is before the first; the message can
     *     be shown to staff
     */
    SurveyReportQuery query(@Nullable String hubId) {
        LocalDate first = from.getValue();
        LocalDate last = to.getValue();
        if (first == null || last == null) {
            throw new IllegalArgumentException("Pick a first and a last day.");
        }
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("The last day is before the first day: pick a last day on or after "
                    + "the first.");
        }
        return new SurveyReportQuery(hubId, first, last.plusDays(1));
    }
}
