package uk.plymouth.wellbeing.signposting.catalogue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * When an activity runs: a weekday and time, weekly or fortnightly, optionally only within given periods (term
 * dates) and never on excepted dates.
 *
 * @param firstDate a date the activity runs; anchors the fortnightly rhythm and, for any frequency, nothing runs
 *     before it
 */
public record ActivitySchedule(
        Frequency frequency,
        DayOfWeek day,
        TimeRange time,
        @Nullable LocalDate firstDate,
        List<DateRange> periods,
        List<LocalDate> exceptDates) {

    public ActivitySchedule {
        periods = List.copyOf(periods);
        exceptDates = List.copyOf(exceptDates);
        if (frequency == Frequency.FORTNIGHTLY && firstDate == null) {
            throw new IllegalArgumentException("A fortnightly schedule needs a first date");
        }
        if (firstDate != null && firstDate.getDayOfWeek() != day) {
            throw new IllegalArgumentException("First date " + firstDate + " is a " + firstDate.getDayOfWeek()
                    + ", not a " + day);
        }
    }

    public boolean occursOn(LocalDate date) {
        if (date.getDayOfWeek() != day || exceptDates.contains(date)) {
            return false;
        }
        if (firstDate != null) {
            if (date.isBefore(firstDate)) {
                return false;
            }
            long weeks = ChronoUnit.WEEKS.between(firstDate, date);
            if (weeks % frequency.intervalWeeks() != 0) {
                return false;
            }
        }
        return periods.isEmpty() || periods.stream().anyMatch(p -> p.contains(date));
    }

    /** The first date on or after {@code from} when it runs, looking at most {@code horizonDays} ahead. */
    public @Nullable LocalDate nextOccurrence(LocalDate from, int horizonDays) {
        LocalDate date = from.plusDays((day.getValue() - from.getDayOfWeek().getValue() + 7) % 7);
        LocalDate last = from.plusDays(horizonDays);
        for (; !date.isAfter(last); date = date.plusWeeks(1)) {
            if (occursOn(date)) {
                return date;
            }
        }
        return null;
    }

    /** "Every Tuesday, 10am to 12pm" or "Every other Friday, 7pm to 9pm". */
    public String inWords() {
        String every = frequency == Frequency.WEEKLY ? "Every " : "Every other ";
        return every + ClockWords.of(day) + ", " + time.inWords();
    }
}
