package uk.plymouth.wellbeing.signposting.callback.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.callback.AttemptOutcome;
import uk.plymouth.wellbeing.signposting.callback.Channel;
import uk.plymouth.wellbeing.signposting.catalogue.Category;

/**
 * {@link DashboardFigures} as CSV: RFC 4180 (fields with a comma, quote or line break in quotes, quotes doubled,
 * CRLF after every record), a header, one record per hub and week. The {@code crisis_} columns come last: the
 * first-contact figures of the crisis requests alone ({@link CallbackFigures#crisis()}). Percentages and hours have
 * one decimal place with a full stop; an empty field means "none" (no request was due, no one was rung yet).
 *
 * <p>Text that a spreadsheet would read as a formula (starting with {@code = + - @}, a tab or a carriage return) is
 * prefixed with an apostrophe, so opening the file never runs anything (OWASP "CSV injection").
 */
final class DashboardCsv {

    private static final String CRLF = "\r\n";

    private DashboardCsv() {}

    static void write(DashboardFigures figures, Writer out) throws IOException {
        out.write(String.join(",", header()));
        out.write(CRLF);
        for (HubWeek row : figures.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(text(row.hub().id()));
            cells.add(text(row.hub().name()));
            cells.add(row.isoWeek());
            cells.add(row.weekStart().toString());
            CallbackFigures f = row.figures();
            cells.add(Integer.toString(f.requests()));
            cells.add(Integer.toString(f.urgent()));
            for (Channel channel : Channel.values()) {
                cells.add(Integer.toString(f.channels().get(channel)));
            }
            cells.add(Integer.toString(f.done()));
            cells.add(Integer.toString(f.unableToContact()));
            cells.add(Integer.toString(f.stillOpen()));
            cells.add(Integer.toString(f.contacted()));
            cells.add(oneDecimal(f.medianHoursToFirstContact()));
            cells.add(Integer.toString(f.targetDue()));
            cells.add(Integer.toString(f.withinTarget()));
            cells.add(oneDecimal(f.percentWithinTarget()));
            for (AttemptOutcome outcome : AttemptOutcome.values()) {
                cells.add(Integer.toString(f.attempts().get(outcome)));
            }
            for (Category category : Category.values()) {
                cells.add(Integer.toString(f.categories().get(category)));
            }
            cells.add(Integer.toString(f.categoryNotGiven()));
            FirstContact crisis = f.crisis();
            cells.addAll(List.of(Integer.toString(crisis.requests()), Integer.toString(crisis.contacted()),
                    oneDecimal(crisis.medianHours()), Integer.toString(crisis.targetDue()),
                    Integer.toString(crisis.withinTarget()), oneDecimal(crisis.percentWithinTarget())));
            out.write(String.join(",", cells));
            out.write(CRLF);
        }
        out.flush();
    }

    static List<String> header() {
        List<String> names = new ArrayList<>(List.of("hub_id", "hub_name", "iso_week", "week_start", "requests",
                "urgent"));
        for (Channel channel : Channel.values()) {
            names.add("channel_" + lower(channel.name()));
        }
        names.addAll(List.of("done", "unable_to_contact", "still_open", "contacted", "median_hours_to_first_contact",
                "target_due", "first_contact_within_target", "percent_within_target"));
        for (AttemptOutcome outcome : AttemptOutcome.values()) {
            names.add("attempts_" + lower(outcome.name()));
        }
        for (Category category : Category.values()) {
            names.add("category_" + category.id().replace('-', '_'));
        }
        names.add("category_not_given");
        names.addAll(List.of("crisis_requests", "crisis_contacted", "crisis_median_hours_to_first_contact",
                "crisis_target_due", "crisis_first_contact_within_target", "crisis_percent_within_target"));
        return names;
    }

    /** One decimal place, "" for none. */
    static String oneDecimal(@Nullable Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.1f", value);
    }

    /** A text field: defused if a spreadsheet would take it for a formula, then quoted if RFC 4180 needs it. */
    static String text(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
