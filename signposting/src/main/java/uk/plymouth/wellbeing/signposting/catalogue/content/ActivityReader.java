package uk.plymouth.wellbeing.signposting.catalogue.content;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.Activity;
import uk.plymouth.wellbeing.signposting.catalogue.ActivitySchedule;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.catalogue.Cost;
import uk.plymouth.wellbeing.signposting.catalogue.DateRange;
import uk.plymouth.wellbeing.signposting.catalogue.Frequency;
import uk.plymouth.wellbeing.signposting.catalogue.ItemStatus;
import uk.plymouth.wellbeing.signposting.catalogue.TimeRange;

/** Reads one file of {@code activities/}. */
final class ActivityReader {

    private static final Set<String> KEYS = Set.of("id", "hub", "title", "category", "description", "who_for",
            "schedule", "dates", "except", "cost", "booking_needed", "booking_note", "tags", "status", "status_note",
            "last_verified");
    private static final Set<String> SCHEDULE_KEYS = Set.of("frequency", "day", "start", "end", "first_date");
    private static final Set<String> PERIOD_KEYS = Set.of("from", "to");
    private static final List<String> FREQUENCIES = Arrays.stream(Frequency.values()).map(Frequency::id).toList();

    private final ContentProblems problems;
    private final IdRegister ids;
    private final LocalDate today;

    ActivityReader(ContentProblems problems, IdRegister ids, LocalDate today) {
        this.problems = problems;
        this.ids = ids;
        this.today = today;
    }

    List<Activity> read(ContentFile file) {
        List<Activity> activities = new ArrayList<>();
        for (YamlMap map : YamlDocument.entries(file, "activities", "an activity", KEYS, problems)) {
            read(map).ifPresent(activities::add);
        }
        return activities;
    }

    private Optional<Activity> read(YamlMap map) {
        String id = map.text("id");
        ids.claim(map, id);
        String hub = hub(map);
        String title = map.text("title", 80);
        Category category = CommonFields.category(map);
        String description = map.text("description", 2000);
        String whoFor = map.optionalText("who_for", 300);
        List<DateRange> periods = periods(map);
        List<LocalDate> except = exceptDates(map);
        ActivitySchedule schedule = schedule(map, periods, except);
        Cost cost = CommonFields.cost(map);
        boolean booking = map.bool("booking_needed", null);
        String bookingNote = map.optionalText("booking_note", 300);
        List<String> tags = CommonFields.tags(map);
        ItemStatus status = CommonFields.status(map);
        String statusNote = map.optionalText("status_note", 300);
        LocalDate lastVerified = CommonFields.lastVerified(map, false, today);
        if (id.isEmpty() || hub.isEmpty() || title.isEmpty() || category == null || schedule == null
                || cost == null) {
            return Optional.empty();
        }
        return Optional.of(new Activity(id, hub, title, category, description, whoFor, schedule, cost, booking,
                bookingNote, tags, status, statusNote, lastVerified));
    }

    private String hub(YamlMap map) {
        String hub = map.text("hub");
        if (!hub.isEmpty() && !ids.hubIds().contains(hub)) {
            map.problem("hub", "\"" + hub + "\" is not a hub in hubs.yaml" + FieldNames.suggestion(hub, ids.hubIds()));
            return "";
        }
        return hub;
    }

    private @Nullable ActivitySchedule schedule(YamlMap map, List<DateRange> periods, List<LocalDate> except) {
        Optional<YamlMap> found = map.map("schedule", true, "a schedule", SCHEDULE_KEYS);
        if (found.isEmpty()) {
            return null;
        }
        YamlMap schedule = found.get();
        Frequency frequency = schedule.choice("frequency", Frequency::fromId, FREQUENCIES, true);
        DayOfWeek day = CommonFields.day(schedule, "day");
        TimeRange time = CommonFields.timeRange(schedule);
        LocalDate firstDate = schedule.date("first_date", frequency == Frequency.FORTNIGHTLY);
        if (firstDate != null && day != null && firstDate.getDayOfWeek() != day) {
            schedule.problem("first_date", firstDate + " is a " + CommonFields.DAYS.get(firstDate.getDayOfWeek()
                    .ordinal()) + ", but the activity runs on " + CommonFields.DAYS.get(day.ordinal()));
            return null;
        }
        if (frequency == null || day == null || time == null
                || (frequency == Frequency.FORTNIGHTLY && firstDate == null)) {
            return null;
        }
        return new ActivitySchedule(frequency, day, time, firstDate, periods, except);
    }

    private List<DateRange> periods(YamlMap map) {
        List<DateRange> periods = new ArrayList<>();
        for (YamlMap period : map.maps("dates", false, "a date range", PERIOD_KEYS)) {
            LocalDate from = period.date("from", true);
            LocalDate to = period.date("to", true);
            if (from != null && to != null) {
                if (to.isBefore(from)) {
                    period.problem("to", to + " is before the start " + from);
                } else {
                    periods.add(new DateRange(from, to));
                }
            }
        }
        return periods;
    }

    private List<LocalDate> exceptDates(YamlMap map) {
        List<LocalDate> dates = new ArrayList<>();
        for (String text : map.texts("except", false)) {
            LocalDate date = map.parseDate("except", text, map.lineOf("except"));
            if (date != null) {
                dates.add(date);
            }
        }
        return dates;
    }
}
