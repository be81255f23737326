package uk.plymouth.wellbeing.staff.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.callback.AttemptOutcome;
import uk.plymouth.wellbeing.signposting.callback.Channel;
import uk.plymouth.wellbeing.signposting.callback.report.CallbackFigures;
import uk.plymouth.wellbeing.signposting.callback.report.DashboardFigures;
import uk.plymouth.wellbeing.signposting.callback.report.WeekTotal;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.staff.dashboard.SvgBarChart.Bar;

/**
 * The dashboard's charts and the words for its numbers, from one {@link DashboardFigures}: plain Java, no Vaadin,
 * so the screen's numbers and the charts' can be checked without a browser.
 */
final class DashboardCharts {

    static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
    static final DateTimeFormatter FULL_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private DashboardCharts() {}

    static String requestsPerWeek(DashboardFigures figures) {
        List<Bar> bars = figures.weeks().stream()
                .map(w -> Bar.of(weekLabel(w.weekStart()), w.requests())).toList();
        return SvgBarChart.columns("Requests per week", "Callback requests made each week, " + period(figures)
                + ", by the Monday the week starts.", figures.isEmpty() ? List.of() : bars, null);
    }

    static String withinTargetPerWeek(DashboardFigures figures) {
        List<Bar> bars = new ArrayList<>();
        for (WeekTotal week : figures.weeks()) {
            bars.add(new Bar(weekLabel(week.weekStart()), week.percentWithinTarget(),
                    percent(week.percentWithinTarget())));
        }
        return SvgBarChart.columns("First contacted within target, per week", "The share of each week's requests"
                + " that were first rung by their due time, of those due or rung so far; a full bar is 100%.",
                figures.isEmpty() ? List.of() : bars, 100.0);
    }

    static String outcomes(DashboardFigures figures) {
        CallbackFigures total = figures.total();
        List<Bar> bars = List.of(Bar.of("Done", total.done()), Bar.of("Unable to contact", total.unableToContact()),
                Bar.of("Still open", total.stillOpen()));
        return SvgBarChart.rows("How requests ended", "Requests made in the period by how they stand now.",
                total.requests() == 0 ? List.of() : bars);
    }

    static String attempts(DashboardFigures figures) {
        List<Bar> bars = figures.total().attempts().entrySet().stream()
                .map(e -> Bar.of(attemptName(e.getKey()), e.getValue())).toList();
        return SvgBarChart.rows("Call attempts by outcome", "Calls staff logged on the period's requests.",
                figures.total().attemptsLogged() == 0 ? List.of() : bars);
    }

    static String categories(DashboardFigures figures) {
        CallbackFigures total = figures.total();
        List<Bar> bars = new ArrayList<>();
        for (Map.Entry<Category, Integer> entry : total.categories().entrySet()) {
            bars.add(Bar.of(entry.getKey().label(), entry.getValue()));
        }
        bars.add(Bar.of("Not given", total.categoryNotGiven()));
        return SvgBarChart.rows("What requests were about", "Requests by the kind of help the resident chose.",
                total.requests() == 0 ? List.of() : bars);
    }

    static String channels(DashboardFigures figures) {
        List<Bar> bars = figures.total().channels().entrySet().stream()
                .map(e -> Bar.of(channelName(e.getKey()), e.getValue())).toList();
        return SvgBarChart.rows("How requests came in", "Requests by channel.",
                figures.total().requests() == 0 ? List.of() : bars);
    }

    static String weekLabel(LocalDate monday) {
        return DAY_MONTH.format(monday);
    }

    static String period(DashboardFigures figures) {
        return FULL_DATE.format(figures.query().from()) + " to " + FULL_DATE.format(figures.query().to());
    }

    /** "83.3%", or an en dash when there is no figure. */
    static String percent(@Nullable Double value) {
        return value == null ? "–" : String.format(Locale.UK, "%.1f%%", value);
    }

    /** "4.5 h", or an en dash when there is no figure. */
    static String hours(@Nullable Double value) {
        return value == null ? "–" : String.format(Locale.UK, "%.1f h", value);
    }

    static String attemptName(AttemptOutcome outcome) {
        return switch (outcome) {
            case REACHED -> "Reached";
            case NO_ANSWER -> "No answer";
            case VOICEMAIL_LEFT -> "Voicemail left";
            case WRONG_NUMBER -> "Wrong number";
            case DECLINED -> "Declined";
        };
    }

    static String channelName(Channel channel) {
        return switch (channel) {
            case KIOSK -> "Kiosk";
            case SMS -> "Text message";
            case STAFF -> "Staff";
        };
    }
}
