package uk.plymouth.wellbeing.signposting.timetable;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One sitting of a service or activity, or one spell of a hub's opening hours: from {@code start} until (not
 * including) {@code end}, Plymouth time.
 *
 * @param hubId where it happens, when that is known (an activity's hub, or the hub whose opening hours these are);
 *     null for a service's own sessions when it runs at several hubs
 */
public record SessionTime(LocalDateTime start, LocalDateTime end, @Nullable String hubId) {

    public SessionTime {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("Session end " + end + " is not after its start " + start);
        }
    }

    /** Whether it has started and not yet finished at {@code now}. */
    public boolean isRunningAt(LocalDateTime now) {
        return !now.isBefore(start) && now.isBefore(end);
    }
}
