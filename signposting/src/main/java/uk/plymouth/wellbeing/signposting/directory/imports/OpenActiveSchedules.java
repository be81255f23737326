package uk.plymouth.wellbeing.signposting.directory.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.ActivitySchedule;
import uk.plymouth.wellbeing.signposting.catalogue.DateRange;
import uk.plymouth.wellbeing.signposting.catalogue.Frequency;
import uk.plymouth.wellbeing.signposting.catalogue.TimeRange;

/**
 * When an OpenActive session series runs, as our weekly or fortnightly schedules: from its {@code eventSchedule}
 * ({@code byDay}, {@code startTime}, {@code endTime}, {@code repeatFrequency} P1W or P2W, {@code startDate},
 * {@code endDate}, {@code exceptDate}), one per day; or, without one, from its scheduled sessions' dates.
 */
final class OpenActiveSchedules {

    static final ZoneId PLYMOUTH = ZoneId.of("Europe/London");

    private OpenActiveSchedules() {}

    static List<ActivitySchedule> fromEventSchedule(JsonNode series) throws UnusableItemException {
        List<ActivitySchedule> schedules = new ArrayList<>();
        for (JsonNode schedule : series.path("eventSchedule")) {
            Frequency frequency = frequency(ImportFields.text(schedule, "repeatFrequency"));
            TimeRange time = time(schedule);
            LocalDate start = date(ImportFields.text(schedule, "startDate"));
            LocalDate end = date(ImportFields.text(schedule, "endDate"));
            List<LocalDate> except = new ArrayList<>();
            schedule.path("exceptDate").forEach(d -> Optional.ofNullable(date(d.asText())).ifPresent(except::add));
            for (JsonNode byDay : schedule.path("byDay").isArray() ? schedule.path("byDay")
                    : List.of(schedule.path("byDay"))) {
                DayOfWeek day = day(byDay.asText());
                LocalDate first = start == null ? null : start.with(TemporalAdjusters.nextOrSame(day));
                if (frequency == Frequency.FORTNIGHTLY && first == null) {
                    throw new UnusableItemException("runs fortnightly but its schedule has no startDate");
                }
                List<DateRange> periods = end == null || first == null || end.isBefore(first) ? List.of()
                        : List.of(new DateRange(first, end));
                schedules.add(new ActivitySchedule(frequency, day, time, first, periods, except));
            }
        }
        return schedules;
    }

    /** A rhythm read from the dates of the series' sessions (cancelled ones left out), if they show one. */
    static Optional<ActivitySchedule> fromSessions(List<JsonNode> sessions) {
        List<LocalDateTime[]> times = new ArrayList<>();
        for (JsonNode session : sessions) {
            String status = String.valueOf(ImportFields.text(session, "eventStatus"));
            LocalDateTime start = dateTime(ImportFields.text(session, "startDate"));
            LocalDateTime end = dateTime(ImportFields.text(session, "endDate"));
            if (!status.endsWith("EventCancelled") && start != null && end != null
                    && end.toLocalDate().equals(start.toLocalDate()) && end.isAfter(start)) {
                times.add(new LocalDateTime[] {start, end});
            }
        }
        times.sort(Comparator.comparing(t -> t[0]));
        if (times.isEmpty()) {
            return Optional.empty();
        }
        LocalDateTime first = times.get(0)[0];
        TimeRange time = new TimeRange(first.toLocalTime(), times.get(0)[1].toLocalTime());
        boolean fortnightly = times.size() > 1
                && ChronoUnit.DAYS.between(first.toLocalDate(), times.get(1)[0].toLocalDate()) == 14;
        return Optional.of(new ActivitySchedule(fortnightly ? Frequency.FORTNIGHTLY : Frequency.WEEKLY,
                first.getDayOfWeek(), time, fortnightly ? first.toLocalDate() : null, List.of(), List.of()));
    }

    private static Frequency frequency(@Nullable String repeat) throws UnusableItemException {
        if (repeat == null || repeat.equals("P1W") || repeat.equals("P7D")) {
            return Frequency.WEEKLY;
        }
        if (repeat.equals("P2W") || repeat.equals("P14D")) {
            return Frequency.FORTNIGHTLY;
        }
        throw new UnusableItemException("repeats every " + repeat + ", which is not weekly or fortnightly");
    }

    private static TimeRange time(JsonNode schedule) throws UnusableItemException {
        LocalTime start = clock(ImportFields.text(schedule, "startTime"));
        LocalTime end = clock(ImportFields.text(schedule, "endTime"));
        String duration = ImportFields.text(schedule, "duration");
        if (start != null && end == null && duration != null) {
            try {
                end = start.plus(Duration.parse(duration));
            } catch (DateTimeParseException e) {
                end = null;
            }
        }
        if (start == null || end == null || !end.isAfter(start)) {
            throw new UnusableItemException("has a schedule without a start and end time on the same day");
        }
        return new TimeRange(start, end);
    }

    private static DayOfWeek day(String text) throws UnusableItemException {
        if (text.isBlank()) {
            throw new UnusableItemException("has a schedule without a day (\"byDay\")");
        }
        String name = text.substring(Math.max(text.lastIndexOf('/'), text.lastIndexOf(':')) + 1);
        try {
            return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UnusableItemException("has a schedule on \"" + text + "\", which is not a day of the week");
        }
    }

    private static @Nullable LocalTime clock(@Nullable String text) {
        try {
            return text == null ? null : LocalTime.parse(text.length() > 8 ? text.substring(0, 8) : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        try {
            return text == null ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable LocalDateTime dateTime(@Nullable String text) {
        try {
            return text == null ? null : OffsetDateTime.parse(text).atZoneSameInstant(PLYMOUTH).toLocalDateTime();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
