package uk.plymouth.wellbeing.signposting.testsupport;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import uk.plymouth.wellbeing.signposting.catalogue.AccessMode;
import uk.plymouth.wellbeing.signposting.catalogue.Activity;
import uk.plymouth.wellbeing.signposting.catalogue.ActivitySchedule;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.catalogue.Contact;
import uk.plymouth.wellbeing.signposting.catalogue.Cost;
import uk.plymouth.wellbeing.signposting.catalogue.DateRange;
import uk.plymouth.wellbeing.signposting.catalogue.Frequency;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.catalogue.ItemStatus;
import uk.plymouth.wellbeing.signposting.catalogue.OpeningHours;
import uk.plymouth.wellbeing.signposting.catalogue.Session;
import uk.plymouth.wellbeing.signposting.catalogue.TimeRange;
import uk.plymouth.wellbeing.signposting.catalogue.content.ContentSet;
import uk.plymouth.wellbeing.signposting.location.GeoPoint;
import uk.plymouth.wellbeing.signposting.location.PostcodeDistrict;

/**
 * Small, checked-looking directories built in code: three hubs, four services (one at two hubs) and three
 * activities, with every kind of field filled somewhere (nullable fields empty in others, a price in pounds and
 * pence, a fortnightly schedule with term dates and an excepted date, non-ASCII text).
 */
public final class CatalogueFixtures {

    public static final String FOUR_GREENS = "four-greens";
    public static final String JAN_CUTTING = "jan-cutting";
    public static final String CENTRAL_LIBRARY = "central-library";

    private CatalogueFixtures() {}

    /** The whole small directory. */
    public static ContentSet directory() {
        return new ContentSet(hubs(), services(), activities(), districts(), synonyms());
    }

    public static List<Hub> hubs() {
        return List.of(
                hub(CENTRAL_LIBRARY, "Central Library Wellbeing Hub", "PL1 2SA", new GeoPoint(50.3716, -4.1424)),
                hub(FOUR_GREENS, "Four Greens Wellbeing Hub", "PL5 4XX", new GeoPoint(50.4215, -4.1432)),
                hub(JAN_CUTTING, "Jan Cutting Healthy Living Centre", "PL2 3QP", new GeoPoint(50.3903, -4.1441)));
    }

    public static List<HubService> services() {
        return List.of(
                service("city-money-line", "Money line: phone advice", Category.ADVICE, "free",
                        List.of(FOUR_GREENS, JAN_CUTTING)),
                service("fg-debt-advice", "Debt and money advice", Category.ADVICE, "free", List.of(FOUR_GREENS)),
                service("fg-stop-smoking", "Stop smoking clinic", Category.HEALTHY_LIFESTYLES, "£2.50 per week",
                        List.of(FOUR_GREENS)),
                service("jc-talking-cafe", "Talking café – someone to talk to", Category.MENTAL_HEALTH, "50p a cuppa",
                        List.of(JAN_CUTTING)));
    }

    public static List<Activity> activities() {
        return List.of(
                activity("cl-digital-drop-in", CENTRAL_LIBRARY, "Computer help drop-in",
                        Category.EMPLOYMENT_LEARNING, weekly(DayOfWeek.THURSDAY, "14:00", "16:00")),
                activity("fg-knit-and-natter", FOUR_GREENS, "Knit and natter", Category.SOCIAL_ACTIVITIES,
                        new ActivitySchedule(Frequency.FORTNIGHTLY, DayOfWeek.WEDNESDAY, time("10:00", "12:00"),
                                LocalDate.of(2026, 9, 2),
                                List.of(new DateRange(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 18)),
                                        new DateRange(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 3, 26))),
                                List.of(LocalDate.of(2026, 12, 16)))),
                activity("jc-walking-football", JAN_CUTTING, "Walking football", Category.SPORT_PHYSICAL_ACTIVITY,
                        weekly(DayOfWeek.TUESDAY, "18:30", "19:30")));
    }

    public static List<PostcodeDistrict> districts() {
        return List.of(
                new PostcodeDistrict("PL1", new GeoPoint(50.369212, -4.143605), true, List.of("City Centre", "Stonehouse")),
                new PostcodeDistrict("PL2", new GeoPoint(50.383731, -4.143419), true, List.of("Beacon Park", "Keyham")),
                new PostcodeDistrict("PL5", new GeoPoint(50.419474, -4.167048), true,
                        List.of("St Budeaux", "Whitleigh")),
                new PostcodeDistrict("PL12", new GeoPoint(50.4103, -4.2274), false, List.of("Saltash")));
    }

    public static String synonyms() {
        return "# fixture synonyms\nskint, broke, hard up => skint, broke, hard up, money, debt\nfags, cigs, smoking\n";
    }

    public static Hub hub(String id, String name, String postcode, GeoPoint location) {
        return new Hub(id, name, "Plymouth Community Trust", List.of(name, "1 Sample Road", "Plymouth"), postcode,
                "Sampleton", location, "01632 960100", id + "@example.org", null, id.equals(FOUR_GREENS),
                new OpeningHours(Map.of(
                        DayOfWeek.MONDAY, List.of(time("09:00", "17:00")),
                        DayOfWeek.TUESDAY, List.of(time("09:00", "12:30"), time("13:30", "17:00")))),
                id.equals(FOUR_GREENS) ? "Buses 42 and 43 stop outside." : null, "Step-free entrance.");
    }

    public static HubService service(String id, String name, Category category, String cost, List<String> hubIds) {
        boolean hasSessions = !cost.equals("free");
        return new HubService(id, hubIds, category, name, "Short summary of " + name + ".",
                "What happens at " + name + ": come in, have a cuppa, and we take it from there.",
                "Anyone aged 18 or over.", Cost.parse(cost), List.of(AccessMode.DROP_IN, AccessMode.APPOINTMENT),
                hasSessions ? "Tuesday mornings" : null,
                hasSessions ? List.of(new Session(DayOfWeek.TUESDAY, time("09:30", "12:30"))) : List.of(),
                hasSessions ? new Contact("01632 960611", null, null) : Contact.none(),
                hasSessions ? "Livewell Southwest" : null, List.of("help", id), ItemStatus.ACTIVE, null,
                LocalDate.of(2026, 10, 14));
    }

    public static Activity activity(String id, String hubId, String title, Category category,
            ActivitySchedule schedule) {
        return new Activity(id, hubId, title, category, title + ". Everyone welcome, tea and biscuits provided.",
                null, schedule, Cost.parse("free"), false, null, List.of(), ItemStatus.ACTIVE, null,
                id.startsWith("fg") ? LocalDate.of(2026, 9, 30) : null);
    }

    public static ActivitySchedule weekly(DayOfWeek day, String start, String end) {
        return new ActivitySchedule(Frequency.WEEKLY, day, time(start, end), null, List.of(), List.of());
    }

    public static TimeRange time(String start, String end) {
        return new TimeRange(LocalTime.parse(start), LocalTime.parse(end));
    }

    // ---- edits, as staff would make them in the files ----

    public static HubService renamed(HubService s, String name) {
        return new HubService(s.id(), s.hubIds(), s.category(), name, s.summary(), s.description(), s.whoFor(),
                s.cost(), s.access(), s.when(), s.sessions(), s.contact(), s.provider(), s.tags(), s.status(),
                s.statusNote(), s.lastVerified());
    }

    public static HubService movedTo(HubService s, List<String> hubIds) {
        return new HubService(s.id(), hubIds, s.category(), s.name(), s.summary(), s.description(), s.whoFor(),
                s.cost(), s.access(), s.when(), s.sessions(), s.contact(), s.provider(), s.tags(), s.status(),
                s.statusNote(), s.lastVerified());
    }

    /** The directory with the service of that id replaced by {@code edit} of it. */
    public static ContentSet withService(ContentSet content, String id, UnaryOperator<HubService> edit) {
        return new ContentSet(content.hubs(), replace(content.services(), s -> s.id().equals(id), edit),
                content.activities(), content.districts(), content.synonyms());
    }

    public static ContentSet withoutActivity(ContentSet content, String id) {
        return new ContentSet(content.hubs(), content.services(),
                content.activities().stream().filter(a -> !a.id().equals(id)).toList(), content.districts(),
                content.synonyms());
    }

    public static ContentSet withSupportingText(ContentSet content, List<PostcodeDistrict> districts,
            String synonyms) {
        return new ContentSet(content.hubs(), content.services(), content.activities(), districts, synonyms);
    }

    private static <T> List<T> replace(List<T> items, Predicate<T> which, UnaryOperator<T> edit) {
        List<T> edited = new ArrayList<>();
        boolean found = false;
        for (T item : items) {
            if (which.test(item)) {
                edited.add(edit.apply(item));
                found = true;
            } else {
                edited.add(item);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("No such item in the fixture");
        }
        return edited;
    }
}
