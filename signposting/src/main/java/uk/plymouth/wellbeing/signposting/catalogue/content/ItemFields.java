package uk.plymouth.wellbeing.signposting.catalogue.content;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.AccessMode;
import uk.plymouth.wellbeing.signposting.catalogue.Activity;
import uk.plymouth.wellbeing.signposting.catalogue.ActivitySchedule;
import uk.plymouth.wellbeing.signposting.catalogue.Contact;
import uk.plymouth.wellbeing.signposting.catalogue.Cost;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.catalogue.ItemStatus;
import uk.plymouth.wellbeing.signposting.catalogue.Session;
import uk.plymouth.wellbeing.signposting.catalogue.TimeRange;
import uk.plymouth.wellbeing.signposting.location.PostcodeDistrict;

/**
 * A record as the fields of its content file, in the files' key order: what the writer writes and a screen's form
 * starts from. Values are text, lists and nested maps only; optional fields that are empty are left out, and so is
 * {@code status} when the item is active (the default).
 */
final class ItemFields {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private ItemFields() {}

    static Map<String, Object> of(HubService s) {
        Fields f = new Fields();
        f.put("id", s.id()).put("hubs", s.hubIds()).put("category", s.category().id()).put("name", s.name())
                .put("summary", s.summary()).put("description", s.description()).put("who_for", s.whoFor())
                .put("cost", cost(s.cost())).put("access", s.access().stream().map(AccessMode::id).toList())
                .put("when", s.when()).put("sessions", s.sessions().stream().map(ItemFields::session).toList())
                .put("contact", contact(s.contact())).put("provider", s.provider()).put("tags", s.tags());
        return status(f, s.status(), s.statusNote()).put("last_verified", s.lastVerified()).map;
    }

    static Map<String, Object> of(Activity a) {
        ActivitySchedule schedule = a.schedule();
        Fields f = new Fields();
        f.put("id", a.id()).put("hub", a.hubId()).put("title", a.title()).put("category", a.category().id())
                .put("description", a.description()).put("who_for", a.whoFor()).put("schedule", schedule(schedule))
                .put("dates", schedule.periods().stream()
                        .map(p -> new Fields().put("from", p.from()).put("to", p.to()).map).toList())
                .put("except", schedule.exceptDates()).put("cost", cost(a.cost()))
                .put("booking_needed", a.bookingNeeded()).put("booking_note", a.bookingNote()).put("tags", a.tags());
        return status(f, a.status(), a.statusNote()).put("last_verified", a.lastVerified()).map;
    }

    static Map<String, Object> of(Hub h) {
        Fields f = new Fields();
        f.put("id", h.id()).put("name", h.name()).put("operator", h.operator()).put("address", h.address())
                .put("postcode", h.postcode()).put("neighbourhood", h.neighbourhood())
                .put("location", new Fields().put("lat", h.location().lat()).put("lon", h.location().lon()).map)
                .put("phone", h.phone()).put("email", h.email()).put("website", h.website())
                .put("sports_hub", h.sportsHub()).put("opening_hours", openingHours(h))
                .put("getting_there", h.gettingThere()).put("accessibility", h.accessibility());
        return f.map;
    }

    static Map<String, Object> of(PostcodeDistrict d) {
        return new Fields().put("district", d.district()).put("lat", d.centre().lat()).put("lon", d.centre().lon())
                .put("in_plymouth", d.inPlymouth()).put("areas", d.areas()).map;
    }

    private static String cost(Cost cost) {
        return cost.text().equals("Free") ? "free" : cost.text();
    }

    private static Map<String, Object> session(Session session) {
        return time(new Fields().put("day", day(session.day())), session.time()).map;
    }

    private static Map<String, Object> schedule(ActivitySchedule schedule) {
        Fields f = new Fields().put("frequency", schedule.frequency().id()).put("day", day(schedule.day()));
        return time(f, schedule.time()).put("first_date", schedule.firstDate()).map;
    }

    private static Fields time(Fields f, TimeRange time) {
        return f.put("start", HH_MM.format(time.start())).put("end", HH_MM.format(time.end()));
    }

    private static Map<String, Object> contact(Contact contact) {
        return new Fields().put("phone", contact.phone()).put("email", contact.email())
                .put("website", contact.website()).map;
    }

    /** Every day of the week, "closed" for a day without hours, so a form shows the whole week. */
    private static Map<String, Object> openingHours(Hub hub) {
        Fields f = new Fields();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<TimeRange> ranges = hub.openingHours().on(day);
            f.put(day(day), ranges.isEmpty() ? "closed"
                    : ranges.stream().map(TimeRange::toString).collect(Collectors.joining(", ")));
        }
        return f.map;
    }

    private static Fields status(Fields f, ItemStatus status, @Nullable String note) {
        return f.put("status", status == ItemStatus.ACTIVE ? null : status.id()).put("status_note", note);
    }

    private static String day(DayOfWeek day) {
        return day.name().toLowerCase(Locale.ROOT);
    }

    /** An ordered map that skips empty values and turns every plain value into its text. */
    private static final class Fields {
        private final Map<String, Object> map = new LinkedHashMap<>();

        Fields put(String key, @Nullable Object value) {
            if (value instanceof Collection<?> list && !list.isEmpty()) {
                map.put(key, list.stream().map(v -> v instanceof Map ? v : YamlText.text(v)).toList());
            } else if (value instanceof Map<?, ?> group && !group.isEmpty()) {
                map.put(key, group);
            } else if (value != null && !(value instanceof Collection || value instanceof Map)
                    && !YamlText.text(value).isEmpty()) {
                map.put(key, YamlText.text(value));
            }
            return this;
        }
    }
}
