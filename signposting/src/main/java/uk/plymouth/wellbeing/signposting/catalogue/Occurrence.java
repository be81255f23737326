package uk.plymouth.wellbeing.signposting.catalogue;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One session of an activity on a given date. */
public record Occurrence(Activity activity, LocalDate date) {

    public LocalDateTime start() {
        return date.atTime(activity.schedule().time().start());
    }

    public LocalDateTime end() {
        return date.atTime(activity.schedule().time().end());
    }
}
