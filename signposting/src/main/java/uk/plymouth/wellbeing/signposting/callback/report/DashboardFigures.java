package uk.plymouth.wellbeing.signposting.callback.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the dashboard shows, for the screen and the CSV alike: one row per hub and week (every week of the
 * period for every hub shown, zeros included), oldest week first, and the whole period over those hubs.
 *
 * @param query the query as answered (whole weeks)
 * @param hubs the hubs shown, by name; empty when the viewer may see none of those asked for
 * @param rows one per hub and week, by hub (as in {@code hubs}) then week
 * @param total the whole period over every hub shown, with its own median
 * @param asOf when the figures were worked out: "still open" and "due" are as of then
 */
public record DashboardFigures(DashboardQuery query, List<DashboardHub> hubs, List<HubWeek> rows, CallbackFigures total,
        Instant asOf) {

    public DashboardFigures {
        hubs = List.copyOf(hubs);
        rows = List.copyOf(rows);
    }

    public boolean isEmpty() {
        return hubs.isEmpty();
    }

    /** Each week of the period over every hub shown, oldest first. */
    public List<WeekTotal> weeks() {
        return query.weekStarts().stream().map(this::week).toList();
    }

    private WeekTotal week(LocalDate monday) {
        int requests = 0;
        int urgent = 0;
        int due = 0;
        int within = 0;
        for (HubWeek row : rows) {
            if (row.weekStart().equals(monday)) {
                requests += row.figures().requests();
                urgent += row.figures().urgent();
                due += row.figures().targetDue();
                within += row.figures().withinTarget();
            }
        }
        return new WeekTotal(monday, requests, urgent, due, within);
    }
}
