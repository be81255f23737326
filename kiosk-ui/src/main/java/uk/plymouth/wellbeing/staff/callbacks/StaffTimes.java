package uk.plymouth.wellbeing.staff.callbacks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Times as staff read them: Plymouth's clock, "Tue 1 Dec 14:05", ages like "2 h 5 min". Public for the other staff
 * screens (reported problems).
 */
public final class StaffTimes {

    private static final DateTimeFormatter TODAY = DateTimeFormatter.ofPattern("'today' HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.UK);
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm:ss", Locale.UK);

    private final Clock clock;

    public StaffTimes(Clock clock) {
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    /** "today 14:05" or "Tue 1 Dec 14:05". */
    public String when(Instant at) {
        ZonedDateTime local = at.atZone(clock.getZone());
        return (local.toLocalDate().equals(LocalDate.now(clock)) ? TODAY : DAY).format(local);
    }

    /** With the year and seconds, for the audit trail. */
    String exactly(@Nullable Instant at) {
        return at == null ? "" : FULL.format(at.atZone(clock.getZone()));
    }

    /** How long ago: "just now", "25 min", "3 h 10 min", "2 days 4 h". */
    String age(Instant since) {
        return span(Duration.between(since, clock.instant()));
    }

    /** "just now" or "25 min ago". */
    public String ago(Instant since) {
        String age = age(since);
        return age.equals("just now") ? age : age + " ago";
    }

    /** "due in 2 h 5 min" or "overdue by 40 min". */
    String due(Instant dueAt) {
        Duration left = Duration.between(clock.instant(), dueAt);
        if (left.abs().toMinutes() < 1) {
            return "due now";
        }
        return left.isNegative() ? "overdue by " + span(left.negated()) : "due in " + span(left);
    }

    static String span(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        if (minutes < 1) {
            return "just now";
        }
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        if (hours < 24) {
            return hours + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
        }
        long days = hours / 24;
        return days + (days == 1 ? " day" : " days") + (hours % 24 == 0 ? "" : " " + hours % 24 + " h");
    }
}
