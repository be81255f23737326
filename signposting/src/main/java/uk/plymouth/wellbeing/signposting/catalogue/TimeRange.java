package uk.plymouth.wellbeing.signposting.catalogue;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A span of time within one day, such as 09:30 to 12:00. */
public record TimeRange(LocalTime start, LocalTime end) {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    public TimeRange {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("End " + end + " is not after start " + start);
        }
    }

    public boolean contains(LocalTime time) {
        return !time.isBefore(start) && time.isBefore(end);
    }

    /** "09:30-12:00", the form used in the content files. */
    @Override
    public String toString() {
        return HH_MM.format(start) + "-" + HH_MM.format(end);
    }

    /** "9:30am to 12pm", for residents. */
    public String inWords() {
        return ClockWords.of(start) + " to " + ClockWords.of(end);
    }
}
