package uk.plymouth.wellbeing.signposting.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import uk.plymouth.wellbeing.signposting.catalogue.AccessMode;
import uk.plymouth.wellbeing.signposting.catalogue.Activity;
import uk.plymouth.wellbeing.signposting.catalogue.ActivitySchedule;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.catalogue.Contact;
import uk.plymouth.wellbeing.signposting.catalogue.Cost;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.catalogue.Frequency;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.catalogue.ItemStatus;
import uk.plymouth.wellbeing.signposting.catalogue.Session;
import uk.plymouth.wellbeing.signposting.catalogue.TimeRange;
import uk.plymouth.wellbeing.signposting.testsupport.Fixtures;
import uk.plymouth.wellbeing.signposting.timetable.Timetable;

/** "Now" is Tuesday 24 November 2026, 10am. */
class ItemDetailsTextTest {

    static final Hub WHITLEIGH = Fixtures.hub("whitleigh", "Whitleigh", 50.42, -4.17);
    static final Hub PLYMPTON = Fixtures.hub("plympton", "Plympton", 50.39, -4.05);

    // every item of the real sample content

    @Test
    void everyRealItemFitsTwoSegmentsInGsmWithNamePhoneAndPostcode() {
        Catalogue catalogue = RealContent.catalogue();
        ItemDetailsText details = detailsOver(catalogue);
        List<DirectoryItem> items = new ArrayList<>(catalogue.services());
        items.addAll(catalogue.activities());
        assertThat(items).hasSizeGreaterThan(150);

        SoftAssertions softly = new SoftAssertions();
        int texts = 0;
        for (DirectoryItem item : items) {
            for (String hubId : item.hubIds()) {
                Hub hub = catalogue.hub(hubId).orElseThrow();
                String text = details.detailsFor(item, hubId);
                texts++;
                softly.assertThat(SmsText.segments(text)).as("segments of %s at %s", item.id(), hubId)
                        .isLessThanOrEqualTo(2);
                softly.assertThat(SmsText.isGsm(text)).as("GSM-7 for %s", item.id()).isTrue();
                softly.assertThat(text).as("text for %s at %s", item.id(), hubId)
                        .contains(SmsText.toGsm(item.title()))
                        .contains(hub.name())
                        .contains(hub.postcode())
                        .contains(expectedPhone(item, hub))
                        .endsWith("\nFrom Plymouth Wellbeing Hubs");
                if (item.status() == ItemStatus.TEMPORARILY_CLOSED) {
                    softly.assertThat(text).startsWith("Temporarily closed.");
                }
            }
        }
        softly.assertAll();
        assertThat(texts).isGreaterThan(items.size());
    }

    @Test
    void aRealActivitySaysWhenItIsNext() {
        Catalogue catalogue = RealContent.catalogue();
        Activity jobClub = catalogue.activity("fg-job-club").orElseThrow();
        Hub fourGreens = catalogue.hub("four-greens").orElseThrow();

        String text = detailsOver(catalogue).detailsFor(jobClub, null);

        assertThat(text).isEqualTo("""
                Job club
                Four Greens Wellbeing and Family Hub
                Every Tuesday, 9:30am to 12pm
                On now, until 12pm
                Free. Just drop in
                Four Greens Community Hub, 1 Sample Road, Whitleigh, Plymouth %s
                Tel %s
                From Plymouth Wellbeing Hubs""".formatted(fourGreens.postcode(), fourGreens.phone()));
    }

    // the lines, from hand-made items

    @Test
    void anActivityGivesItsScheduleItsNextDateAndTheHubsDetails() {
        Activity quiz = activity("Quiz night", DayOfWeek.THURSDAY, true, ItemStatus.ACTIVE, null);

        String text = detailsFor(quiz, null, List.of(WHITLEIGH));

        assertThat(text).isEqualTo("""
                Quiz night
                Whitleigh Wellbeing Hub
                Every Thursday, 7pm to 9pm
                Next: Thursday 26 November, 7pm
                £1 a go. Book first
                1 Sample Road, Whitleigh PL1 1AA
                Tel 01632 960000
                From Plymouth Wellbeing Hubs""");
    }

    @Test
    void aServiceUsesItsOwnPhoneAndWhenText() {
        HubService advice = service(List.of("whitleigh"), "Tuesday mornings, drop in.", List.of(AccessMode.DROP_IN),
                "01632 960555");

        String text = detailsFor(advice, "whitleigh", List.of(WHITLEIGH));

        assertThat(text).isEqualTo("""
                Debt advice
                Whitleigh Wellbeing Hub
                Tuesday mornings, drop in.
                Free. Just drop in
                1 Sample Road, Whitleigh PL1 1AA
                Tel 01632 960555
                From Plymouth Wellbeing Hubs""");
    }

    @Test
    void aServiceWithSessionsSaysWhenItIsNext() {
        HubService clinic = Fixtures.withSessions(
                service(List.of("whitleigh"), null, List.of(AccessMode.APPOINTMENT, AccessMode.PHONE), null),
                new Session(DayOfWeek.WEDNESDAY, new TimeRange(LocalTime.of(13, 0), LocalTime.of(15, 0))));

        String text = detailsFor(clinic, null, List.of(WHITLEIGH));

        assertThat(text).contains("\nWednesdays 1pm to 3pm\nNext: Tomorrow, 1pm\nFree. Book first\n")
                .contains("Tel 01632 960000");
    }

    @Test
    void aServiceWithoutTimesRunsWhenItsHubIsOpen() {
        HubService advice = service(List.of("whitleigh"), null, List.of(AccessMode.PHONE), null);

        assertThat(detailsFor(advice, null, List.of(WHITLEIGH)))
                .contains("\nWhen the hub is open: Mon-Fri 9am-5pm\nFree. Ring first\n");
    }

    @Test
    void saysHowToGetIn() {
        assertThat(detailsFor(service(List.of("whitleigh"), null, List.of(AccessMode.REFERRAL), null), null,
                List.of(WHITLEIGH))).contains("\nFree. Needs a referral\n");
        assertThat(detailsFor(service(List.of("whitleigh"), null,
                List.of(AccessMode.REFERRAL, AccessMode.PHONE, AccessMode.DROP_IN), null), null, List.of(WHITLEIGH)))
                .contains("\nFree. Just drop in\n");
        assertThat(detailsFor(activity("Walk", DayOfWeek.MONDAY, false, ItemStatus.ACTIVE, null), null,
                List.of(WHITLEIGH))).contains("\n£1 a go. Just drop in\n");
    }

    @Test
    void namesTheHubTheResidentIsAtWhenTheItemRunsThere() {
        HubService twoHubs = service(List.of("whitleigh", "plympton"), null, List.of(AccessMode.DROP_IN), null);
        List<Hub> hubs = List.of(WHITLEIGH, PLYMPTON);

        assertThat(detailsFor(twoHubs, "plympton", hubs)).contains("\nPlympton Wellbeing Hub\n")
                .contains("1 Sample Road, Plympton PL1 1AA").doesNotContain("Whitleigh");
        assertThat(detailsFor(twoHubs, null, hubs)).contains("\nWhitleigh Wellbeing Hub\n");
        assertThat(detailsFor(twoHubs, "somewhere-else", hubs)).contains("\nWhitleigh Wellbeing Hub\n");
    }

    @Test
    void aTemporarilyClosedItemSaysSoFirst() {
        Activity closed = activity("Quiz night", DayOfWeek.THURSDAY, false, ItemStatus.TEMPORARILY_CLOSED,
                "Back in January while the hall is repainted.");

        String text = detailsFor(closed, null, List.of(WHITLEIGH));

        assertThat(text).startsWith("Temporarily closed. Back in January while the hall is repainted.\nQuiz night\n")
                .doesNotContain("Next:").doesNotContain("Every Thursday").contains("Tel 01632 960000");
    }

    @Test
    void typographersPunctuationIsMadePlain() {
        HubService cafe = new HubService("cafe", List.of("whitleigh"), Category.MENTAL_HEALTH,
                "Talking café – someone to talk to", "Talk.", "Talk.", "Anyone.", Cost.parse("50p a cuppa"),
                List.of(AccessMode.DROP_IN), "Fridays… “whenever you’re ready”", List.of(), Contact.none(), null,
                List.of(), ItemStatus.ACTIVE, null, Fixtures.TODAY);

        String text = detailsFor(cafe, null, List.of(WHITLEIGH));

        assertThat(text).startsWith("Talking café - someone to talk to\n")
                .contains("\nFridays... \"whenever you're ready\"\n50p a cuppa. Just drop in\n");
        assertThat(SmsText.isGsm(text)).isTrue();
    }

    @Test
    void aLongWhenTextIsCutSoTheAddressAndPhoneStillFit() {
        String rambling = "Mornings and some afternoons, " + "depending on who is in that week, ".repeat(12)
                + "so ring first.";
        HubService advice = service(List.of("whitleigh"), rambling, List.of(AccessMode.DROP_IN), "01632 960555");

        String text = detailsFor(advice, null, List.of(WHITLEIGH));

        assertThat(SmsText.segments(text)).isEqualTo(2);
        assertThat(text).contains("\nMornings and some afternoons, depending").contains("...\nFree. Just drop in\n")
                .contains("PL1 1AA").contains("Tel 01632 960555").endsWith("From Plymouth Wellbeing Hubs");
    }

    @Test
    void aLongClosureNoteIsCutToo() {
        Activity closed = activity("Quiz night", DayOfWeek.THURSDAY, false, ItemStatus.TEMPORARILY_CLOSED,
                "We are closed while the hall is repainted. ".repeat(10));

        String text = detailsFor(closed, null, List.of(WHITLEIGH));

        assertThat(SmsText.segments(text)).isLessThanOrEqualTo(2);
        assertThat(text).as("cut after a whole sentence").startsWith("Temporarily closed. We are closed")
                .contains("repainted.\nQuiz night\n")
                .contains("Tel 01632 960000");
    }

    // helpers

    private static String expectedPhone(DirectoryItem item, Hub hub) {
        if (item instanceof HubService service && service.contact().phone() != null) {
            return service.contact().phone();
        }
        return hub.phone();
    }

    private static ItemDetailsText detailsOver(Catalogue catalogue) {
        return new ItemDetailsText(catalogue, new Timetable(catalogue, Fixtures.CLOCK), Fixtures.CLOCK);
    }

    private static String detailsFor(DirectoryItem item, String hubId, List<Hub> hubs) {
        Catalogue catalogue = new Catalogue();
        List<HubService> services = item instanceof HubService s ? List.of(s) : List.of();
        List<Activity> activities = item instanceof Activity a ? List.of(a) : List.of();
        catalogue.replace(Fixtures.snapshot(hubs, services, activities, ""));
        return detailsOver(catalogue).detailsFor(item, hubId);
    }

    private static Activity activity(String title, DayOfWeek day, boolean booking, ItemStatus status, String note) {
        ActivitySchedule schedule = new ActivitySchedule(Frequency.WEEKLY, day,
                new TimeRange(LocalTime.of(19, 0), LocalTime.of(21, 0)), null, List.of(), List.of());
        return new Activity("quiz", "whitleigh", title, Category.SOCIAL_ACTIVITIES, "Fun.", null, schedule,
                Cost.parse("£1 a go"), booking, null, List.of(), status, note,
                Fixtures.TODAY);
    }

    private static HubService service(List<String> hubIds, String when, List<AccessMode> access, String phone) {
        return new HubService("debt-advice", hubIds, Category.ADVICE, "Debt advice", "Help with debts.",
                "Help with debts.", "Anyone.", Cost.parse("free"), access, when, List.of(),
                new Contact(phone, null, null), null, List.of(), ItemStatus.ACTIVE, null, Fixtures.TODAY);
    }
}
