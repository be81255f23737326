package uk.plymouth.wellbeing.signposting.catalogue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Locale;

/** Times and days the way people say them: "9:30am", "12pm", "Tuesday". */
public final class ClockWords {

    private ClockWords() {}

    public static String of(LocalTime time) {
        if (time.equals(LocalTime.NOON)) {
            return "12pm";
        }
        if (time.equals(LocalTime.MIDNIGHT)) {
            return "midnight";
        }
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        String minutes = time.getMinute() == 0 ? "" : String.format(Locale.ROOT, ":%02d", time.getMinute());
        return hour + minutes + (time.getHour() < 12 ? "am" : "pm");
    }

    public static String of(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.UK);
    }

    public static String plural(DayOfWeek day) {
        return of(day) + "s";
    }
}
