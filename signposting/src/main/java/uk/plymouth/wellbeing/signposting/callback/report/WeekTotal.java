package uk.plymouth.wellbeing.signposting.callback.report;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One week over every hub shown: the counts that add up across hubs (a median does not, so there is none here).
 *
 * @param targetDue see {@link CallbackFigures#targetDue()}
 */
public record WeekTotal(LocalDate weekStart, int requests, int urgent, int targetDue, int withinTarget) {

    public String isoWeek() {
        return HubWeek.isoWeek(weekStart);
    }

    /** See {@link CallbackFigures#percentWithinTarget()}. */
    public @Nullable Double percentWithinTarget() {
        return targetDue == 0 ? null : 100.0 * withinTarget / targetDue;
    }
}
