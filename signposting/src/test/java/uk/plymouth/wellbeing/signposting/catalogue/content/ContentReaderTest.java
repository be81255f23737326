package uk.plymouth.wellbeing.signposting.catalogue.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.catalogue.Frequency;
import uk.plymouth.wellbeing.signposting.catalogue.ItemStatus;

/** Each kind of fault in a content file is refused with its file, line and field named; good files load whole. */
class ContentReaderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    static final String POSTCODES = """
            districts:
              - {district: PL5, lat: 50.419474, lon: -4.167048, in_plymouth: true, areas: [Whitleigh]}
              - {district: PL12, lat: 50.440091, lon: -4.291812, in_plymouth: false, areas: [Saltash]}
            """;

    static final String HUBS = """
            hubs:
              - id: four-greens
                name: Four Greens Wellbeing Hub
                operator: Four Greens Community Trust
                address: [1 Sample Road, Whitleigh, Plymouth]
                postcode: PL5 4XX
                neighbourhood: Whitleigh
                location: {lat: 50.4215, lon: -4.1432}
                phone: "01632 960600"
                opening_hours:
                  monday: "09:00-17:00"
                  tuesday: "09:00-12:30, 13:30-17:00"
                  saturday: closed
                accessibility: Step-free entrance.
            """;

    static final String SERVICES = """
            services:
              - id: fg-debt-advice
                hubs: [four-greens]
                category: advice
                name: Debt and money advice
                summary: Free, private help with debts and bills.
                description: Sit down with an adviser who looks at everything you owe.
                who_for: Anyone in Plymouth.
                cost: free
                access: [drop-in, appointment]
                sessions:
                  - {day: tuesday, start: "10:00", end: "12:00"}
                tags: [debt, bailiffs]
                last_verified: 2026-10-14
            """;

    static final String ACTIVITIES = """
            activities:
              - id: fg-knit
                hub: four-greens
                title: Knit and natter
                category: social-activities
                description: Bring your knitting. Tea and a chat.
                schedule: {frequency: fortnightly, day: wednesday, start: "10:00", end: "12:00", first_date: 2026-09-02}
                dates:
                  - {from: 2026-09-01, to: 2026-12-18}
                except: [2026-12-16]
                cost: £1 a session
                booking_needed: false
            """;

    static final String SYNONYMS = """
            # residents' words
            skint, broke => skint, broke, money, debt
            fags, cigarettes
            """;

    @Test
    void readsAGoodSetWhole() {
        ContentSet content = read(POSTCODES, HUBS, SERVICES, ACTIVITIES, SYNONYMS);

        assertThat(content.hubs()).singleElement().satisfies(hub -> {
            assertThat(hub.postcode()).isEqualTo("PL5 4XX");
            assertThat(hub.openingHours().on(DayOfWeek.TUESDAY)).hasSize(2);
            assertThat(hub.openingHours().isOpenOn(DayOfWeek.SATURDAY)).isFalse();
        });
        assertThat(content.services()).singleElement().satisfies(service -> {
            assertThat(service.category()).isEqualTo(Category.ADVICE);
            assertThat(service.cost().free()).isTrue();
            assertThat(service.status()).isEqualTo(ItemStatus.ACTIVE);
            assertThat(service.sessions()).singleElement()
                    .satisfies(s -> assertThat(s.day()).isEqualTo(DayOfWeek.TUESDAY));
        });
        assertThat(content.activities()).singleElement().satisfies(activity -> {
            assertThat(activity.schedule().frequency()).isEqualTo(Frequency.FORTNIGHTLY);
            assertThat(activity.cost().free()).isFalse();
            assertThat(activity.cost().amount()).isEqualByComparingTo("1");
        });
        assertThat(content.districts()).hasSize(2);
    }

    @Test
    void namesTheFileLineAndFieldOfAMissingField() {
        String noName = SERVICES.replace("    name: Debt and money advice\n", "");

        assertProblem(() -> read(POSTCODES, HUBS, noName, ACTIVITIES, SYNONYMS),
                "services/test.yaml", 2, "name", "is missing");
    }

    @Test
    void refusesAnUnknownHub() {
        String unknownHub = SERVICES.replace("hubs: [four-greens]", "hubs: [four-grens]");

        assertProblem(() -> read(POSTCODES, HUBS, unknownHub, ACTIVITIES, SYNONYMS),
                "services/test.yaml", 3, "hubs", "\"four-grens\" is not a hub in hubs.yaml (did you mean 'four-greens'?)");
    }

    @Test
    void refusesAnUnknownCategory() {
        String badCategory = ACTIVITIES.replace("category: social-activities", "category: social");

        assertProblem(() -> read(POSTCODES, HUBS, SERVICES, badCategory, SYNONYMS),
                "activities/test.yaml", 5, "category", "\"social\" is not one of");
    }

    @Test
    void refusesABadTime() {
        String badTime = SERVICES.replace("start: \"10:00\"", "start: \"25:00\"");

        assertProblem(() -> read(POSTCODES, HUBS, badTime, ACTIVITIES, SYNONYMS),
                "services/test.yaml", 12, "sessions[1].start", "\"25:00\" is not a time");
    }

    @Test
    void refusesASessionThatEndsBeforeItStarts() {
        String backwards = SERVICES.replace("end: \"12:00\"", "end: \"09:00\"");

        assertProblem(() -> read(POSTCODES, HUBS, backwards, ACTIVITIES, SYNONYMS),
                "services/test.yaml", 12, "sessions[1].end", "not after the start");
    }

    @Test
    void refusesADuplicateIdAcrossFiles() {
        String clash = ACTIVITIES.replace("id: fg-knit", "id: fg-debt-advice");

        assertProblem(() -> read(POSTCODES, HUBS, SERVICES, clash, SYNONYMS),
                "activities/test.yaml", 2, "id", "\"fg-debt-advice\" is already used (services/test.yaml line 2)");
    }

    @Test
    void refusesAPostcodeThatIsNotAPostcode() {
        String badPostcode = HUBS.replace("postcode: PL5 4XX", "postcode: PL5");

        assertProblem(() -> read(POSTCODES, badPostcode, SERVICES, ACTIVITIES, SYNONYMS),
                "hubs.yaml", 6, "postcode", "\"PL5\" is not a full UK postcode");
    }

    @Test
    void refusesAHubOutsidePlymouth() {
        String saltash = HUBS.replace("postcode: PL5 4XX", "postcode: PL12 4AA");

        assertProblem(() -> read(POSTCODES, saltash, SERVICES, ACTIVITIES, SYNONYMS),
                "hubs.yaml", 6, "postcode", "is not in a Plymouth postcode district");
    }

    @Test
    void refusesSwappedLatitudeAndLongitude() {
        String swapped = HUBS.replace("{lat: 50.4215, lon: -4.1432}", "{lat: -4.1432, lon: 50.4215}");

        assertProblem(() -> read(POSTCODES, swapped, SERVICES, ACTIVITIES, SYNONYMS),
                "hubs.yaml", 8, "location", "check lat and lon");
    }

    @Test
    void namesABadDayOfOpeningHoursByItsPath() {
        String badHours = HUBS.replace("tuesday: \"09:00-12:30, 13:30-17:00\"", "tuesday: \"09:00-12:30, 13:30\"");

        assertProblem(() -> read(POSTCODES, badHours, SERVICES, ACTIVITIES, SYNONYMS),
                "hubs.yaml", 12, "opening_hours.tuesday", "should be like \"09:00-17:00\"");
    }

    @Test
    void refusesNotANumberAsAMapPosition() {
        String nan = HUBS.replace("{lat: 50.4215, lon: -4.1432}", "{lat: NaN, lon: -4.1432}");

        assertProblem(() -> read(POSTCODES, nan, SERVICES, ACTIVITIES, SYNONYMS),
                "hubs.yaml", 8, "location.lat", "\"NaN\" is not a number");
    }

    @Test
    void refusesOpeningHoursWithNoDays() {
        String noDays = HUBS.replaceAll("(?s)opening_hours:.*closed\n", "opening_hours: {}\n");

        assertProblem(() -> read(POSTCODES, noDays, SERVICES, ACTIVITIES, SYNONYMS),
                "hubs.yaml", 10, "opening_hours", "needs at least one line");
    }

    @Test
    void refusesAMisspeltFieldName() {
        String typo = SERVICES.replace("    summary:", "    sumary:");

        assertProblem(() -> read(POSTCODES, HUBS, typo, ACTIVITIES, SYNONYMS),
                "services/test.yaml", 6, "sumary", "is not a field of a service (did you mean 'summary'?)");
    }

    @Test
    void refusesBrokenYamlWithTheLine() {
        String broken = SERVICES.replace("    who_for: Anyone in Plymouth.", "    who_for: Anyone: in Plymouth.");

        assertProblem(() -> read(POSTCODES, HUBS, broken, ACTIVITIES, SYNONYMS),
                "services/test.yaml", 8, null, "not valid YAML");
    }

    @Test
    void refusesAFortnightlyActivityWithoutAFirstDate() {
        String noAnchor = ACTIVITIES.replace(", first_date: 2026-09-02", "");

        assertProblem(() -> read(POSTCODES, HUBS, SERVICES, noAnchor, SYNONYMS),
                "activities/test.yaml", 7, "schedule.first_date", "is missing");
    }

    @Test
    void refusesAFirstDateOnTheWrongDay() {
        String wrongDay = ACTIVITIES.replace("first_date: 2026-09-02", "first_date: 2026-09-03");

        assertProblem(() -> read(POSTCODES, HUBS, SERVICES, wrongDay, SYNONYMS),
                "activities/test.yaml", 7, "schedule.first_date", "2026-09-03 is a thursday");
    }

    @Test
    void refusesALastVerifiedDateInTheFuture() {
        String future = SERVICES.replace("last_verified: 2026-10-14", "last_verified: 2027-01-01");

        assertProblem(() -> read(POSTCODES, HUBS, future, ACTIVITIES, SYNONYMS),
                "services/test.yaml", 14, "last_verified", "is in the future");
    }

    @Test
    void refusesABrokenSynonymRule() {
        String broken = SYNONYMS + "skint => \n";

        assertProblem(() -> read(POSTCODES, HUBS, SERVICES, ACTIVITIES, broken),
                "synonyms.txt", 4, null, "both sides of '=>' need words");
    }

    @Test
    void reportsEveryProblemAtOnceAndLoadsNothing() {
        String twoFaults = SERVICES.replace("category: advice", "category: advise")
                .replace("cost: free", "cost: ");

        assertThatThrownBy(() -> read(POSTCODES, HUBS, twoFaults, ACTIVITIES, SYNONYMS))
                .isInstanceOfSatisfying(InvalidContentException.class, e -> {
                    assertThat(e.problems()).extracting(ContentProblem::field).contains("category", "cost");
                    assertThat(e.getMessage()).startsWith("Content not loaded: 2 problems");
                });
    }

    private static ContentSet read(String postcodes, String hubs, String services, String activities,
            String synonyms) {
        return ContentReader.parse(new ContentFile("postcodes.yaml", postcodes), new ContentFile("hubs.yaml", hubs),
                List.of(new ContentFile("services/test.yaml", services)),
                List.of(new ContentFile("activities/test.yaml", activities)), new ContentFile("synonyms.txt", synonyms),
                TODAY);
    }

    private static void assertProblem(Runnable reading, String file, int line, String field, String message) {
        assertThatThrownBy(reading::run).isInstanceOfSatisfying(InvalidContentException.class, e -> {
            assertThat(e.problems()).as(e.getMessage()).anySatisfy(problem -> {
                assertThat(problem.file()).isEqualTo(file);
                assertThat(problem.line()).isEqualTo(line);
                assertThat(problem.field()).isEqualTo(field);
                assertThat(problem.message()).contains(message);
            });
            assertThat(e.getMessage()).contains(file + ", line " + line);
        });
    }
}
