package uk.plymouth.wellbeing.signposting.directory.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.Session;
import uk.plymouth.wellbeing.signposting.catalogue.TimeRange;

/**
 * Open Referral schedules as our weekly sessions: {@code freq=WEEKLY} with interval 1, {@code byday} days and
 * {@code opens_at}/{@code closes_at} times. Anything else (fortnightly, monthly, no times) is kept in words.
 */
final class OrukSchedules {

    private static final Map<String, DayOfWeek> DAYS = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY,
            "WE", DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY,
            "SU", DayOfWeek.SUNDAY);

    /** The weekly sessions found, and the descriptions of schedules that are not weekly sessions. */
    record Times(List<Session> sessions, List<String> inWords) {}

    private OrukSchedules() {}

    static Times of(JsonNode service) {
        Set<Session> sessions = new LinkedHashSet<>();
        List<String> inWords = new ArrayList<>();
        for (JsonNode schedule : service.path("schedules")) {
            List<Session> weekly = weekly(schedule);
            if (!weekly.isEmpty()) {
                sessions.addAll(weekly);
            } else {
                String words = ImportFields.text(schedule, "description");
                if (words != null && !inWords.contains(words)) {
                    inWords.add(words);
                }
            }
        }
        return new Times(List.copyOf(sessions), inWords);
    }

    private static List<Session> weekly(JsonNode schedule) {
        String freq = ImportFields.text(schedule, "freq");
        int interval = schedule.path("interval").asInt(1);
        Optional<TimeRange> time = time(ImportFields.text(schedule, "opens_at"),
                ImportFields.text(schedule, "closes_at"));
        String byday = ImportFields.text(schedule, "byday");
        if (freq == null || !freq.equalsIgnoreCase("WEEKLY") || interval != 1 || time.isEmpty() || byday == null) {
            return List.of();
        }
        List<Session> sessions = new ArrayList<>();
        for (String code : byday.split(",")) {
            DayOfWeek day = DAYS.get(code.strip().toUpperCase(Locale.ROOT));
            if (day == null) {
                return List.of(); // "1MO" (first Monday) and the like are not weekly
            }
            sessions.add(new Session(day, time.get()));
        }
        return sessions;
    }

    private static Optional<TimeRange> time(@Nullable String opens, @Nullable String closes) {
        if (opens == null || closes == null) {
            return Optional.empty();
        }
        try {
            LocalTime start = LocalTime.parse(hhmm(opens));
            LocalTime end = LocalTime.parse(hhmm(closes));
            return end.isAfter(start) ? Optional.of(new TimeRange(start, end)) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** "09:30", "09:30:00" or "09:30:00+01:00" as "09:30". */
    private static String hhmm(String time) {
        return time.length() > 5 ? time.substring(0, 5) : time;
    }
}
