package uk.plymouth.wellbeing.staff.dashboard;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.plymouth.wellbeing.signposting.callback.report.DashboardHub;

/**
 * How many reports that a listing is wrong are open at each of the viewer's hubs, with a link to deal with them.
 * Counts only: the reports themselves are read (and their reading audited) on their own page.
 */
final class OpenReports extends Div {

    final Paragraph counts = new Paragraph();

    OpenReports() {
        addClassName("dashboard-open-reports");
        add(new H2("Reported problems"), counts, new Anchor("/staff/problems", "See and deal with reported problems"));
    }

    /** Shows the counts per hub (hubs with none left out), named as in the hub choice. */
    void show(Map<String, Integer> open, List<DashboardHub> hubs) {
        List<String> lines = new ArrayList<>();
        int total = 0;
        for (DashboardHub hub : hubs) {
            int count = open.getOrDefault(hub.id(), 0);
            if (count > 0) {
                lines.add(hub.name() + ": " + count);
                total += count;
            }
        }
        counts.setText(total == 0 ? "No open reports that a listing is wrong."
                : total + (total == 1 ? " open report" : " open reports") + " that a listing is wrong. "
                        + String.join("; ", lines) + ".");
    }
}
