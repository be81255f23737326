package uk.plymouth.wellbeing.signposting.timetable;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import uk.plymouth.wellbeing.signposting.catalogue.ClockWords;

/** Days the way people say them, relative to today: "Today", "Tomorrow", "Tuesday 1 December". */
final class DayWords {

    private static final DateTimeFormatter DAY_AND_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    private DayWords() {}

    /** "Today", "Tomorrow", or the weekday and date: "Tuesday 1 December". */
    static String date(LocalDate date, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, date);
        if (days == 0) {
            return "Today";
        }
        if (days == 1) {
            return "Tomorrow";
        }
        return DAY_AND_DATE.format(date);
    }

    /** "today", "tomorrow", "Friday" within the week, "next Tuesday" a week ahead: for "Opens ... at 9am". */
    static String weekday(LocalDate date, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, date);
        if (days == 0) {
            return "today";
        }
        if (days == 1) {
            return "tomorrow";
        }
        if (days < 7) {
            return ClockWords.of(date.getDayOfWeek());
        }
        if (days == 7) {
            return "next " + ClockWords.of(date.getDayOfWeek());
        }
        return "on " + DAY_AND_DATE.format(date);
    }
}
