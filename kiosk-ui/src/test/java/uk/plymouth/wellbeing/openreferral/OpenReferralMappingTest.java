package uk.plymouth.wellbeing.openreferral;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
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
import uk.plymouth.wellbeing.signposting.location.GeoPoint;

/** Our records as Open Referral records, without Spring. */
class OpenReferralMappingTest {

    private static final TimeRange NINE_TO_FIVE = hours("09:00", "17:00");

    private final Hub fourGreens = hub("four-greens", "Four Greens Community Trust", Map.of(
            DayOfWeek.MONDAY, List.of(NINE_TO_FIVE), DayOfWeek.TUESDAY, List.of(NINE_TO_FIVE),
            DayOfWeek.SATURDAY, List.of(hours("10:00", "12:00"))));
    private final Hub southway = hub("southway", "Southway Community Trust", Map.of(
            DayOfWeek.WEDNESDAY, List.of(NINE_TO_FIVE)));
    private final OpenReferralMapper mapper = new OpenReferralMapper(
            Map.of(fourGreens.id(), fourGreens, southway.id(), southway),
            Map.of("fg-club", java.time.Instant.parse("2026-11-20T14:03:07.25Z")));

    @Test
    void publishesAFortnightlyActivityAsIntervalTwoFromItsFirstDate() {
        Activity memoryCafe = activity(new ActivitySchedule(Frequency.FORTNIGHTLY, DayOfWeek.FRIDAY,
                hours("14:00", "15:30"), LocalDate.of(2026, 9, 4), List.of(), List.of(LocalDate.of(2026, 12, 25))));

        OrukSchedule schedule = mapper.service(memoryCafe).schedules().get(0);

        assertThat(schedule.freq()).isEqualTo("WEEKLY");
        assertThat(schedule.interval()).isEqualTo(2);
        assertThat(schedule.byday()).isEqualTo("FR");
        assertThat(schedule.opensAt()).isEqualTo("14:00");
        assertThat(schedule.closesAt()).isEqualTo("15:30");
        assertThat(schedule.dtstart()).isEqualTo("2026-09-04");
        assertThat(schedule.validFrom()).isEqualTo("2026-09-04");
        assertThat(schedule.notes()).isEqualTo("Not running on 25 December 2026.");
        assertThat(schedule.serviceAtLocationId())
                .isEqualTo(OpenReferralIds.serviceAtLocation(memoryCafe, "four-greens"));
    }

    @Test
    void givesATermTimeActivityOneScheduleForEachTerm() {
        Activity club = activity(new ActivitySchedule(Frequency.WEEKLY, DayOfWeek.TUESDAY, hours("16:00", "17:00"),
                null, List.of(new DateRange(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 23)),
                        new DateRange(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 18))), List.of()));

        List<OrukSchedule> schedules = mapper.service(club).schedules();

        assertThat(schedules).extracting(OrukSchedule::validFrom).containsExactly("2026-09-01", "2026-11-02");
        assertThat(schedules).extracting(OrukSchedule::validTo).containsExactly("2026-10-23", "2026-12-18");
        assertThat(schedules).extracting(OrukSchedule::interval).containsOnly(1);
        assertThat(schedules).extracting(OrukSchedule::dtstart).containsOnlyNulls();
        assertThat(schedules).extracting(OrukSchedule::id).doesNotHaveDuplicates();
    }

    @Test
    void groupsAServicesSessionsWithTheSameHoursIntoOneSchedule() {
        HubService service = service(List.of("four-greens"), List.of(
                new Session(DayOfWeek.WEDNESDAY, hours("10:00", "12:00")),
                new Session(DayOfWeek.MONDAY, hours("10:00", "12:00")),
                new Session(DayOfWeek.THURSDAY, hours("18:00", "20:00"))), Contact.none(), null);

        List<OrukSchedule> schedules = mapper.service(service).schedules();

        assertThat(schedules).extracting(OrukSchedule::byday).containsExactly("MO,WE", "TH");
        assertThat(schedules).extracting(OrukSchedule::serviceAtLocationId).containsOnlyNulls();
        assertThat(schedules.get(0).description()).isEqualTo("Mondays and Wednesdays, 10am to 12pm");
    }

    @Test
    void givesAServiceWithoutSessionsTheOpeningHoursOfEachOfItsHubs() {
        HubService service = service(List.of("four-greens", "southway"), List.of(), Contact.none(), null);

        List<OrukSchedule> schedules = mapper.service(service).schedules();

        assertThat(schedules).extracting(OrukSchedule::byday).containsExactly("MO,TU", "SA", "WE");
        assertThat(schedules.get(2).serviceAtLocationId())
                .isEqualTo(OpenReferralIds.serviceAtLocation(service, "southway"));
    }

    @Test
    void publishesTheProviderAsTheOrganisationElseTheHubOperator() {
        HubService provided = service(List.of("four-greens"), List.of(), Contact.none(), "Plymouth Money Advice");
        HubService ownHub = service(List.of("four-greens"), List.of(), Contact.none(), null);

        assertThat(mapper.service(provided).organization().name()).isEqualTo("Plymouth Money Advice");
        assertThat(mapper.service(ownHub).organization().name()).isEqualTo("Four Greens Community Trust");
        assertThat(mapper.service(ownHub).organization().id())
                .isEqualTo(OpenReferralIds.organization("Four Greens Community Trust"));
        assertThat(mapper.service(ownHub).organization().description()).isNotBlank();
    }

    @Test
    void fallsBackToHubReceptionsWhenAServiceHasNoPhoneOfItsOwn() {
        HubService own = service(List.of("four-greens"), List.of(), new Contact("01632 960101", "m@example.org",
                "https://example.org/m"), null);
        HubService none = service(List.of("four-greens", "southway"), List.of(), Contact.none(), null);

        OrukService withOwn = mapper.service(own);
        assertThat(withOwn.contacts()).singleElement().satisfies(c -> {
            assertThat(c.email()).isEqualTo("m@example.org");
            assertThat(c.phones()).extracting(OrukPhone::number).containsExactly("01632 960101");
        });
        assertThat(withOwn.url()).isEqualTo("https://example.org/m");
        assertThat(mapper.service(none).contacts()).extracting(OrukContact::name)
                .containsExactly("four-greens hub", "southway hub");
    }

    @Test
    void publishesCostsStatusAndCategory() {
        HubService closed = new HubService("fg-club", List.of("four-greens"), Category.FOOD, "Food club",
                "Cheap food.", "Weekly bag of food.", "Everyone.", Cost.parse("£3.50 a week"),
                List.of(AccessMode.DROP_IN), null, List.of(), Contact.none(), null, List.of(),
                ItemStatus.TEMPORARILY_CLOSED, "Back in January.", LocalDate.of(2026, 10, 1));

        OrukService published = mapper.service(closed);

        assertThat(published.status()).isEqualTo("temporarily closed");
        assertThat(published.alert()).isEqualTo("Back in January.");
        assertThat(published.assuredDate()).isEqualTo("2026-10-01");
        assertThat(published.lastModified()).as("to the millisecond, in UTC").isEqualTo("2026-11-20T14:03:07.250Z");
        assertThat(mapper.service(service(List.of("four-greens"), List.of(), Contact.none(), null)).lastModified())
                .as("not known: left out").isNull();
        assertThat(published.costOptions()).singleElement().satisfies(cost -> {
            assertThat(cost.option()).isEqualTo("£3.50 a week");
            assertThat(cost.amount()).isEqualByComparingTo(new BigDecimal("3.50"));
        });
        assertThat(published.attributes()).singleElement().satisfies(attribute -> {
            assertThat(attribute.taxonomyTermId()).isEqualTo(OpenReferralIds.taxonomyTerm("food"));
            assertThat(attribute.taxonomyTerm().code()).isEqualTo("food");
            assertThat(attribute.linkId()).isEqualTo(published.id());
        });
        assertThat(published.category()).isEqualTo("food");
    }

    @Test
    void writesAHubAsAPhysicalLocationWithItsAddressWithoutTheCity() {
        OrukLocation location = HubLocations.full(fourGreens);

        assertThat(location.locationType()).isEqualTo("physical");
        assertThat(location.addresses()).singleElement().satisfies(address -> {
            assertThat(address.address1()).isEqualTo("1 Sample Road, Whitleigh");
            assertThat(address.city()).isEqualTo("Plymouth");
            assertThat(address.postalCode()).isEqualTo("PL5 4XX");
            assertThat(address.country()).isEqualTo("GB");
            assertThat(address.addressType()).isEqualTo("physical");
        });
        assertThat(location.accessibility()).singleElement()
                .satisfies(a -> assertThat(a.description()).isEqualTo("Step-free entrance."));
        assertThat(location.schedules()).extracting(OrukSchedule::byday).containsExactly("MO,TU", "SA");
    }

    @Test
    void cutsPagesAndCountsThem() {
        List<Integer> all = List.of(1, 2, 3, 4, 5);

        OrukPage<Integer> last = OrukPage.slice(all, 3, 2);
        OrukPage<Integer> beyond = OrukPage.slice(all, 9, 2);
        OrukPage<Integer> none = OrukPage.slice(List.of(), 1, 50);

        assertThat(last.contents()).containsExactly(5);
        assertThat(last.totalItems()).isEqualTo(5);
        assertThat(last.totalPages()).isEqualTo(3);
        assertThat(last.size()).isEqualTo(1);
        assertThat(last.firstPage()).isFalse();
        assertThat(last.lastPage()).isTrue();
        assertThat(beyond.empty()).isTrue();
        assertThat(beyond.lastPage()).isTrue();
        assertThat(none.totalPages()).isZero();
        assertThat(none.firstPage()).isTrue();
        assertThat(none.lastPage()).isTrue();
        assertThat(none.empty()).isTrue();
    }

    private Activity activity(ActivitySchedule schedule) {
        return new Activity("fg-club", "four-greens", "Club", Category.SOCIAL_ACTIVITIES, "A club.", null, schedule,
                Cost.parse("free"), false, null, List.of(), ItemStatus.ACTIVE, null, null);
    }

    private static HubService service(List<String> hubIds, List<Session> sessions, Contact contact,
            @Nullable String provider) {
        return new HubService("fg-advice", hubIds, Category.ADVICE, "Advice", "Help.", "Help with money.",
                "Everyone.", Cost.parse("free"), List.of(AccessMode.DROP_IN), null, sessions, contact, provider,
                List.of(), ItemStatus.ACTIVE, null, LocalDate.of(2026, 11, 1));
    }

    private static Hub hub(String id, String operator, Map<DayOfWeek, List<TimeRange>> hours) {
        return new Hub(id, id + " hub", operator, List.of("1 Sample Road", "Whitleigh", "Plymouth"), "PL5 4XX",
                "Whitleigh", new GeoPoint(50.42, -4.14), "01632 960100", null, null, false, new OpeningHours(hours),
                null, "Step-free entrance.");
    }

    private static TimeRange hours(String start, String end) {
        return new TimeRange(LocalTime.parse(start), LocalTime.parse(end));
    }
}
