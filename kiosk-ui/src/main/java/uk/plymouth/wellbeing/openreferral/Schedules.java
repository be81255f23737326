package uk.plymouth.wellbeing.openreferral;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.AccessMode;
import uk.plymouth.wellbeing.signposting.catalogue.Activity;
import uk.plymouth.wellbeing.signposting.catalogue.ActivitySchedule;
import uk.plymouth.wellbeing.signposting.catalogue.ClockWords;
import uk.plymouth.wellbeing.signposting.catalogue.DateRange;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.catalogue.Session;
import uk.plymouth.wellbeing.signposting.catalogue.TimeRange;

/**
 * Our timetables as Open Referral schedules. Weekly things are {@code freq=WEEKLY, interval=1}, fortnightly ones
 * {@code interval=2} anchored by {@code dtstart}; days sharing the same hours share one schedule ({@code
 * byday=MO,TU}). Times are Plymouth local time, {@code HH:MM}.
 */
final class Schedules {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter SPOKEN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Schedules() {}

    /** An activity's rhythm: one schedule, or one per period (such as a school term) it runs in. */
    static List<OrukSchedule> forActivity(Activity activity, Hub hub) {
        ActivitySchedule when = activity.schedule();
        UUID serviceId = OpenReferralIds.service(activity);
        UUID atHub = OpenReferralIds.serviceAtLocation(activity, hub.id());
        String owner = OpenReferralIds.itemKey(activity);
        String dtstart = date(when.firstDate());
        String notes = exceptions(when.exceptDates());
        String attending = "In person at " + hub.name();
        List<OrukSchedule> schedules = new ArrayList<>();
        if (when.periods().isEmpty()) {
            schedules.add(new OrukSchedule(OpenReferralIds.schedule(owner, "rhythm"), serviceId, null, atHub,
                    dtstart, null, dtstart, "WEEKLY", when.frequency().intervalWeeks(),
                    OpenReferralIds.dayCode(when.day()), time(when.time().start()), time(when.time().end()),
                    when.inWords(), attending, notes));
        }
        for (DateRange period : when.periods()) {
            schedules.add(new OrukSchedule(OpenReferralIds.schedule(owner, "period:" + period.from()), serviceId,
                    null, atHub, date(period.from()), date(period.to()), dtstart, "WEEKLY",
                    when.frequency().intervalWeeks(), OpenReferralIds.dayCode(when.day()), time(when.time().start()),
                    time(when.time().end()), when.inWords() + ", " + spoken(period.from()) + " to "
                            + spoken(period.to()), attending, notes));
        }
        return schedules;
    }

    /** A service's own weekly sessions, which apply at every hub it is offered at. */
    static List<OrukSchedule> forSessions(HubService service) {
        Map<TimeRange, Set<DayOfWeek>> byHours = new LinkedHashMap<>();
        for (Session session : service.sessions()) {
            byHours.computeIfAbsent(session.time(), t -> EnumSet.noneOf(DayOfWeek.class)).add(session.day());
        }
        UUID serviceId = OpenReferralIds.service(service);
        String owner = OpenReferralIds.itemKey(service);
        return byHours.entrySet().stream()
                .map(e -> weekly(OpenReferralIds.schedule(owner, "session:" + e.getKey()), serviceId, null, null,
                        e.getValue(), e.getKey(), spokenDays(e.getValue()) + ", " + e.getKey().inWords(),
                        attending(service)))
                .toList();
    }

    /** A service without sessions of its own runs when the hub is open: the hub's hours, for that hub only. */
    static List<OrukSchedule> forHubHours(HubService service, Hub hub) {
        UUID serviceId = OpenReferralIds.service(service);
        UUID atHub = OpenReferralIds.serviceAtLocation(service, hub.id());
        String owner = OpenReferralIds.itemKey(service) + ":hub:" + hub.id();
        return byHours(hub).entrySet().stream()
                .map(e -> weekly(OpenReferralIds.schedule(owner, "hours:" + e.getKey()), serviceId, null, atHub,
                        e.getValue(), e.getKey(), "When " + hub.name() + " is open: " + spokenDays(e.getValue())
                                + ", " + e.getKey().inWords(), attending(service)))
                .toList();
    }

    /** A hub's opening hours, as the schedules of its location. */
    static List<OrukSchedule> forLocation(Hub hub) {
        UUID locationId = OpenReferralIds.location(hub.id());
        return byHours(hub).entrySet().stream()
                .map(e -> weekly(OpenReferralIds.schedule("location:" + hub.id(), "hours:" + e.getKey()), null,
                        locationId, null, e.getValue(), e.getKey(),
                        "Open " + spokenDays(e.getValue()) + ", " + e.getKey().inWords(), null))
                .toList();
    }

    private static Map<TimeRange, Set<DayOfWeek>> byHours(Hub hub) {
        Map<TimeRange, Set<DayOfWeek>> byHours = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (TimeRange range : hub.openingHours().on(day)) {
                byHours.computeIfAbsent(range, r -> EnumSet.noneOf(DayOfWeek.class)).add(day);
            }
        }
        return byHours;
    }

    private static OrukSchedule weekly(UUID id, @Nullable UUID serviceId, @Nullable UUID locationId,
            @Nullable UUID atHub, Set<DayOfWeek> days, TimeRange hours, String description,
            @Nullable String attending) {
        String byday = days.stream().map(OpenReferralIds::dayCode).collect(Collectors.joining(","));
        return new OrukSchedule(id, serviceId, locationId, atHub, null, null, null, "WEEKLY", 1, byday,
                time(hours.start()), time(hours.end()), description, attending, null);
    }

    private static String attending(HubService service) {
        return service.access().stream().map(AccessMode::label).collect(Collectors.joining("; "));
    }

    /** "Mondays, Wednesdays and Fridays". */
    private static String spokenDays(Set<DayOfWeek> days) {
        List<String> names = days.stream().map(ClockWords::plural).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static @Nullable String exceptions(List<LocalDate> dates) {
        if (dates.isEmpty()) {
            return null;
        }
        return "Not running on " + dates.stream().sorted().map(Schedules::spoken).collect(Collectors.joining(", "))
                + ".";
    }

    private static String time(LocalTime time) {
        return HH_MM.format(time);
    }

    private static @Nullable String date(@Nullable LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String spoken(LocalDate date) {
        return SPOKEN_DATE.format(date);
    }
}
