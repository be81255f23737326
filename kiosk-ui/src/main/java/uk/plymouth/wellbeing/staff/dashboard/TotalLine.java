package uk.plymouth.wellbeing.staff.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.plymouth.wellbeing.signposting.callback.AttemptOutcome;
import uk.plymouth.wellbeing.signposting.callback.Channel;
import uk.plymouth.wellbeing.signposting.callback.report.CallbackFigures;
import uk.plymouth.wellbeing.signposting.catalogue.Category;

/** One line of the whole-period table: the numbers behind the outcome, attempt, category and channel charts. */
record TotalLine(String group, String label, int count) {

    static List<TotalLine> of(CallbackFigures total) {
        List<TotalLine> lines = new ArrayList<>();
        lines.add(new TotalLine("Outcome", "Done", total.done()));
        lines.add(new TotalLine("Outcome", "Unable to contact", total.unableToContact()));
        lines.add(new TotalLine("Outcome", "Still open", total.stillOpen()));
        for (Map.Entry<AttemptOutcome, Integer> e : total.attempts().entrySet()) {
            lines.add(new TotalLine("Call attempts", DashboardCharts.attemptName(e.getKey()), e.getValue()));
        }
        for (Map.Entry<Category, Integer> e : total.categories().entrySet()) {
            lines.add(new TotalLine("About", e.getKey().label(), e.getValue()));
        }
        lines.add(new TotalLine("About", "Not given", total.categoryNotGiven()));
        for (Map.Entry<Channel, Integer> e : total.channels().entrySet()) {
            lines.add(new TotalLine("Channel", DashboardCharts.channelName(e.getKey()), e.getValue()));
        }
        return lines;
    }
}
