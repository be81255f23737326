package uk.plymouth.wellbeing.signposting.testsupport;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.plymouth.wellbeing.signposting.catalogue.AccessMode;
import uk.plymouth.wellbeing.signposting.catalogue.Activity;
import uk.plymouth.wellbeing.signposting.catalogue.ActivitySchedule;
import uk.plymouth.wellbeing.signposting.catalogue.CatalogueSnapshot;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.catalogue.Contact;
import uk.plymouth.wellbeing.signposting.catalogue.Cost;
import uk.plymouth.wellbeing.signposting.catalogue.Frequency;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.catalogue.ItemStatus;
import uk.plymouth.wellbeing.signposting.catalogue.OpeningHours;
import uk.plymouth.wellbeing.signposting.catalogue.Session;
import uk.plymouth.wellbeing.signposting.catalogue.TimeRange;
import uk.plymouth.wellbeing.signposting.location.GeoPoint;
import uk.plymouth.wellbeing.signposting.location.PostcodeDistrict;

/** Small, hand-made directory records for tests. Tuesday 24 November 2026, 10am in Plymouth, is "now". */
public final class Fixtures {

    public static final ZoneId PLYMOUTH = ZoneId.of("Europe/London");
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    public static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(PLYMOUTH).toInstant(), PLYMOUTH);

    public static final List<PostcodeDistrict> DISTRICTS = List.of(
            new PostcodeDistrict("PL1", new GeoPoint(50.369212, -4.143605), true, List.of("City Centre")),
            new PostcodeDistrict("PL5", new GeoPoint(50.419474, -4.167048), true, List.of("Whitleigh")),
            new PostcodeDistrict("PL7", new GeoPoint(50.420283, -4.030637), true, List.of("Plympton")),
            new PostcodeDistrict("PL12", new GeoPoint(50.440091, -4.291812), false, List.of("Saltash")));

    private Fixtures() {}

    public static Hub hub(String id, String neighbourhood, double lat, double lon) {
        Map<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            days.put(day, List.of(new TimeRange(LocalTime.of(9, 0), LocalTime.of(17, 0))));
        }
        return new Hub(id, neighbourhood + " Wellbeing Hub", "Sample Trust", List.of("1 Sample Road", neighbourhood),
                "PL1 1AA", neighbourhood, new GeoPoint(lat, lon), "01632 960000", null, null, false,
                new OpeningHours(days), null, "Step-free.");
    }

    public static HubService service(String id, String hubId, Category category, String name, String summary,
            String... tags) {
        return new HubService(id, List.of(hubId), category, name, summary, summary + " Come along.",
                "Anyone.", Cost.parse("free"), List.of(AccessMode.DROP_IN), null, List.of(), Contact.none(), null,
                List.of(tags), ItemStatus.ACTIVE, null, TODAY.minusDays(30));
    }

    public static HubService withStatus(HubService s, ItemStatus status, LocalDate verified) {
        return new HubService(s.id(), s.hubIds(), s.category(), s.name(), s.summary(), s.description(), s.whoFor(),
                s.cost(), s.access(), s.when(), s.sessions(), s.contact(), s.provider(), s.tags(), status,
                status == ItemStatus.ACTIVE ? null : "Closed for now.", verified);
    }

    public static HubService withCost(HubService s, String cost) {
        return new HubService(s.id(), s.hubIds(), s.category(), s.name(), s.summary(), s.description(), s.whoFor(),
                Cost.parse(cost), s.access(), s.when(), s.sessions(), s.contact(), s.provider(), s.tags(), s.status(),
                s.statusNote(), s.lastVerified());
    }

    public static HubService withSessions(HubService s, Session... sessions) {
        return new HubService(s.id(), s.hubIds(), s.category(), s.name(), s.summary(), s.description(), s.whoFor(),
                s.cost(), s.access(), s.when(), List.of(sessions), s.contact(), s.provider(), s.tags(), s.status(),
                s.statusNote(), s.lastVerified());
    }

    public static Activity weekly(String id, String hubId, Category category, String title, DayOfWeek day,
            String description) {
        ActivitySchedule schedule = new ActivitySchedule(Frequency.WEEKLY, day,
                new TimeRange(LocalTime.of(10, 0), LocalTime.of(12, 0)), null, List.of(), List.of());
        return new Activity(id, hubId, title, category, description, null, schedule, Cost.parse("free"), false, null,
                List.of(), ItemStatus.ACTIVE, null, TODAY.minusDays(10));
    }

    public static CatalogueSnapshot snapshot(List<Hub> hubs, List<HubService> services, List<Activity> activities,
            String synonyms) {
        return CatalogueSnapshot.of(hubs, services, activities, DISTRICTS, synonyms, Instant.now(CLOCK));
    }
}
