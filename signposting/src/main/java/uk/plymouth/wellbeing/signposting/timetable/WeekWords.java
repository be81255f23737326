package uk.plymouth.wellbeing.signposting.timetable;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import uk.plymouth.wellbeing.signposting.catalogue.ClockWords;
import uk.plymouth.wellbeing.signposting.catalogue.OpeningHours;
import uk.plymouth.wellbeing.signposting.catalogue.Session;
import uk.plymouth.wellbeing.signposting.catalogue.TimeRange;

/** A week's hours or sessions in few words: days with the same times are said together. */
final class WeekWords {

    private WeekWords() {}

    /** "Monday to Friday 9am to 5pm; Saturday 9am to 4pm", or "Closed". */
    static String hours(OpeningHours hours) {
        return hours(hours, false);
    }

    /** "Mon-Fri 9am-5pm; Sat 9am-4pm", or "Closed": for texts. */
    static String hoursInBrief(OpeningHours hours) {
        return hours(hours, true);
    }

    private static String hours(OpeningHours hours, boolean brief) {
        List<String> parts = new ArrayList<>();
        List<DayOfWeek> run = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            boolean sameAsRun = !run.isEmpty() && merged(hours.on(day)).equals(merged(hours.on(run.get(0))));
            if (!sameAsRun && !run.isEmpty()) {
                parts.add(daysAndTimes(run, hours.on(run.get(0)), brief));
                run.clear();
            }
            if (hours.isOpenOn(day)) {
                run.add(day);
            }
        }
        if (!run.isEmpty()) {
            parts.add(daysAndTimes(run, hours.on(run.get(0)), brief));
        }
        return parts.isEmpty() ? "Closed" : String.join("; ", parts);
    }

    private static String daysAndTimes(List<DayOfWeek> days, List<TimeRange> ranges, boolean brief) {
        if (brief) {
            String first = shortName(days.get(0));
            String span = days.size() == 1 ? first : first + "-" + shortName(days.get(days.size() - 1));
            return span + " " + merged(ranges).stream()
                    .map(r -> ClockWords.of(r.start()) + "-" + ClockWords.of(r.end()))
                    .collect(Collectors.joining(", "));
        }
        return daysRun(days) + " " + ranges(ranges);
    }

    private static String shortName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.UK);
    }

    /** "Tuesdays and Thursdays 10am to 1pm; Fridays 2pm to 4pm". */
    static String sessions(List<Session> sessions) {
        Map<TimeRange, List<DayOfWeek>> daysByTime = new LinkedHashMap<>();
        sessions.stream()
                .sorted(Comparator.comparing(Session::day).thenComparing(s -> s.time().start()))
                .forEach(s -> daysByTime.computeIfAbsent(s.time(), t -> new ArrayList<>()).add(s.day()));
        return daysByTime.entrySet().stream()
                .map(e -> list(e.getValue().stream().distinct().map(ClockWords::plural).toList()) + " "
                        + e.getKey().inWords())
                .collect(Collectors.joining("; "));
    }

    private static String daysRun(List<DayOfWeek> days) {
        if (days.size() >= 3) {
            return ClockWords.of(days.get(0)) + " to " + ClockWords.of(days.get(days.size() - 1));
        }
        return list(days.stream().map(ClockWords::of).toList());
    }

    private static String ranges(List<TimeRange> ranges) {
        return merged(ranges).stream().map(TimeRange::inWords).collect(Collectors.joining(" and "));
    }

    /** The ranges in time order, with ranges that meet or overlap made one: 9-12 and 12-5 is 9-5. */
    static List<TimeRange> merged(List<TimeRange> ranges) {
        List<TimeRange> merged = new ArrayList<>();
        for (TimeRange range : ranges.stream().sorted(Comparator.comparing(TimeRange::start)).toList()) {
            TimeRange last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !range.start().isAfter(last.end())) {
                if (range.end().isAfter(last.end())) {
                    merged.set(merged.size() - 1, new TimeRange(last.start(), range.end()));
                }
            } else {
                merged.add(range);
            }
        }
        return merged;
    }

    /** "a", "a and b", "a, b and c". */
    static String list(List<String> words) {
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }
}
