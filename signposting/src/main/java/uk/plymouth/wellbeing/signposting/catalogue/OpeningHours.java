package uk.plymouth.wellbeing.signposting.catalogue;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** When a hub is open, day by day. A day missing from the map is a closed day. */
public record OpeningHours(Map<DayOfWeek, List<TimeRange>> days) {

    public OpeningHours {
        EnumMap<DayOfWeek, List<TimeRange>> copy = new EnumMap<>(DayOfWeek.class);
        days.forEach((day, ranges) -> {
            if (!ranges.isEmpty()) {
                copy.put(day, List.copyOf(ranges));
            }
        });
        days = java.util.Collections.unmodifiableMap(copy);
    }

    public List<TimeRange> on(DayOfWeek day) {
        return days.getOrDefault(day, List.of());
    }

    public boolean isOpenAt(LocalDateTime when) {
        return on(when.getDayOfWeek()).stream().anyMatch(range -> range.contains(when.toLocalTime()));
    }

    public boolean isOpenOn(DayOfWeek day) {
        return days.containsKey(day);
    }

    /** The next time the doors open at or after {@code from}, within a week. */
    public Optional<LocalDateTime> nextOpening(LocalDateTime from) {
        for (int offset = 0; offset <= 7; offset++) {
            LocalDateTime day = from.toLocalDate().plusDays(offset).atStartOfDay();
            for (TimeRange range : on(day.getDayOfWeek())) {
                LocalDateTime opens = day.with(range.start());
                if (!opens.isBefore(from)) {
                    return Optional.of(opens);
                }
            }
        }
        return Optional.empty();
    }

    /** "Monday 9am to 5pm; Tuesday 9am to 12:30pm and 1:30pm to 5pm; ..." */
    public String inWords() {
        if (days.isEmpty()) {
            return "Closed";
        }
        return days.entrySet().stream()
                .map(e -> ClockWords.of(e.getKey()) + " "
                        + e.getValue().stream().map(TimeRange::inWords).collect(Collectors.joining(" and ")))
                .collect(Collectors.joining("; "));
    }
}
