package uk.plymouth.wellbeing.signposting.search;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Which days an item must run on to be shown. Services without their own times run when their hub is open. */
public sealed interface DayFilter {

    /** No day restriction. */
    record AnyDay() implements DayFilter {}

    /** Runs on this weekday in the coming weeks, e.g. "Tuesdays". */
    record OnWeekday(DayOfWeek day) implements DayFilter {}

    /** Runs on one date, e.g. today. */
    record OnDate(LocalDate date) implements DayFilter {}

    /** Runs on at least one date from {@code from} to {@code to}, both included, e.g. the next 7 days. */
    record Between(LocalDate from, LocalDate to) implements DayFilter {
        public Between {
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("Day range ends (" + to + ") before it starts (" + from + ")");
            }
        }
    }

    static DayFilter any() {
        return new AnyDay();
    }

    /** Today and the six days after it. */
    static DayFilter thisWeek(LocalDate today) {
        return new Between(today, today.plusDays(6));
    }
}
