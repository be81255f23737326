package uk.plymouth.wellbeing.signposting.callback;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import uk.plymouth.wellbeing.signposting.catalogue.OpeningHours;
import uk.plymouth.wellbeing.signposting.catalogue.TimeRange;

/**
 * Time that counts only while a hub is open: {@link #plus(Instant, Duration)} adds an amount of open time to a
 * moment. Opening hours are wall-clock times in the hub's zone, so a day 9am to 5pm is 8 hours whatever the clocks
 * do; time outside them (evenings, nights, lunch gaps, closed days) is skipped. A moment inside opening hours counts
 * from there; one outside counts from the next opening. An amount that runs out exactly at closing time ends there,
 * not at the next opening. Hours that are empty all week leave nothing to count in, so calendar time is added
 * instead.
 */
final class WorkingTime {

    private final OpeningHours hours;
    private final ZoneId zone;

    WorkingTime(OpeningHours hours, ZoneId zone) {
        this.hours = hours;
        this.zone = zone;
    }

    /** {@code start} plus {@code openTime} of open time. */
    Instant plus(Instant start, Duration openTime) {
        if (openTime.isNegative()) {
            throw new IllegalArgumentException("Cannot add a negative amount of open time: " + openTime);
        }
        if (hours.days().isEmpty()) {
            return start.plus(openTime);
        }
        LocalDateTime cursor = LocalDateTime.ofInstant(start, zone);
        Duration left = openTime;
        // every week holds some open time, so this ends
        for (LocalDate day = cursor.toLocalDate(); ; day = day.plusDays(1)) {
            for (TimeRange range : rangesOn(day)) {
                LocalDateTime opens = day.atTime(range.start());
                LocalDateTime closes = day.atTime(range.end());
                LocalDateTime from = cursor.isAfter(opens) ? cursor : opens;
                if (!from.isBefore(closes)) {
                    continue;
                }
                Duration available = Duration.between(from, closes);
                if (left.compareTo(available) <= 0) {
                    return from.plus(left).atZone(zone).toInstant();
                }
                left = left.minus(available);
                cursor = closes;
            }
        }
    }

    private List<TimeRange> rangesOn(LocalDate day) {
        return hours.on(day.getDayOfWeek()).stream().sorted(Comparator.comparing(TimeRange::start)).toList();
    }
}
