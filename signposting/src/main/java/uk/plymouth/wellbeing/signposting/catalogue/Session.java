package uk.plymouth.wellbeing.signposting.catalogue;

import java.time.DayOfWeek;

/** A regular weekly time a service runs, such as Tuesday 10:00 to 12:00. */
public record Session(DayOfWeek day, TimeRange time) {

    public String inWords() {
        return ClockWords.plural(day) + " " + time.inWords();
    }
}
