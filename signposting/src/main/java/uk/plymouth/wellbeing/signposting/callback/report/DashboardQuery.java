package uk.plymouth.wellbeing.signposting.callback.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which figures to show: one hub or all the viewer may see, over whole ISO weeks (Monday to Sunday, Plymouth time).
 * The period is widened to whole weeks: {@code from} moves back to its Monday, {@code to} on to its Sunday.
 *
 * @param hubId one hub; null for every hub the viewer may see
 * @param from first day (inclusive)
 * @param to last day (inclusive), not before {@code from}; at most {@value #MAX_WEEKS} weeks after it
 */
public record DashboardQuery(@Nullable String hubId, LocalDate from, LocalDate to) {

    public static final int DEFAULT_WEEKS = 8;
    public static final int MAX_WEEKS = 106;

    public DashboardQuery {
        hubId = hubId == null || hubId.isBlank() ? null : hubId.strip();
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to: the period ends (" + to + ") before it starts (" + from + ")");
        }
        from = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        to = to.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        long weeks = ChronoUnit.WEEKS.between(from, to.plusDays(1));
        if (weeks > MAX_WEEKS) {
            throw new IllegalArgumentException("to: at most " + MAX_WEEKS + " weeks (about two years) at a time, not "
                    + weeks);
        }
    }

    /** The last {@value #DEFAULT_WEEKS} weeks, this one included, for every hub the viewer may see. */
    public static DashboardQuery lastWeeks(LocalDate today) {
        return new DashboardQuery(null, today.minusWeeks(DEFAULT_WEEKS - 1L), today);
    }

    public DashboardQuery hub(@Nullable String id) {
        return new DashboardQuery(id, from, to);
    }

    /** The Mondays of the period's weeks, oldest first. */
    public List<LocalDate> weekStarts() {
        return from.datesUntil(to.plusDays(1), Period.ofWeeks(1)).toList();
    }
}
