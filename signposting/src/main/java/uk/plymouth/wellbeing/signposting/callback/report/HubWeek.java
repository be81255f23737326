package uk.plymouth.wellbeing.signposting.callback.report;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** The figures of one hub for the requests made in one ISO week. */
public record HubWeek(DashboardHub hub, LocalDate weekStart, CallbackFigures figures) {

    /** "2026-W48". */
    public String isoWeek() {
        return isoWeek(weekStart);
    }

    static String isoWeek(LocalDate monday) {
        return String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
