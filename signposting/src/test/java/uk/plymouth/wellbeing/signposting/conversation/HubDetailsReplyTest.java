package uk.plymouth.wellbeing.signposting.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.CatalogueSnapshot;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.HubNames;
import uk.plymouth.wellbeing.signposting.catalogue.OpeningHours;
import uk.plymouth.wellbeing.signposting.catalogue.content.ContentSet;
import uk.plymouth.wellbeing.signposting.conversation.CallbackDialogue.Turn;
import uk.plymouth.wellbeing.signposting.conversation.ConversationState.Result;
import uk.plymouth.wellbeing.signposting.location.GeoPoint;
import uk.plymouth.wellbeing.signposting.messaging.SmsText;
import uk.plymouth.wellbeing.signposting.testsupport.CatalogueFixtures;
import uk.plymouth.wellbeing.signposting.testsupport.SignpostingTestApplication;
import uk.plymouth.wellbeing.signposting.timetable.Timetable;

/**
 * Answers about hubs from the fixture directory (three hubs open Monday 9am-5pm and Tuesday 9am-12:30pm and
 * 1:30pm-5pm), on Tuesday 24 November 2026 at 10am in Plymouth.
 */
class HubDetailsReplyTest {

    static final String WEEK = "Week: Mon 9am-5pm; Tue 9am-12:30pm, 1:30pm-5pm.";

    final Catalogue catalogue = catalogue(CatalogueFixtures.hubs());
    final Clock clock = Clock.fixed(SignpostingTestApplication.NOW, SignpostingTestApplication.PLYMOUTH);
    final HubDetailsReply replies = new HubDetailsReply(catalogue, new Timetable(catalogue, clock), clock);

    static Catalogue catalogue(List<Hub> hubs) {
        ContentSet fixtures = CatalogueFixtures.directory();
        Catalogue catalogue = new Catalogue();
        catalogue.replace(CatalogueSnapshot.of(hubs, fixtures.services(), fixtures.activities(),
                fixtures.districts(), fixtures.synonyms(), Instant.EPOCH));
        return catalogue;
    }

    Turn turn(ConversationState state, String text) {
        Turn turn = replies.answer(state, text).orElseThrow(() -> new AssertionError("no answer to " + text));
        assertThat(SmsText.isGsm(turn.text())).as(turn.text()).isTrue();
        assertThat(SmsText.segments(turn.text())).as(turn.text()).isLessThanOrEqualTo(2);
        return turn;
    }

    String answer(String text) {
        return turn(ConversationState.fresh(), text).text();
    }

    @Test
    void givesTodaysHoursFirstThenTheWeekAndThePhone() {
        Turn turn = turn(ConversationState.fresh(), "when is four greens open");
        assertThat(turn.text()).isEqualTo("Four Greens is open today 9am-12:30pm, 1:30pm-5pm. Open now until"
                + " 12:30pm. " + WEEK + " Tel 01632 960100.");
        assertThat(turn.state().nearHubId()).as("the hub asked about, for a callback or \"there\"")
                .isEqualTo(CatalogueFixtures.FOUR_GREENS);
    }

    @Test
    void answersADayAskedAboutYesOrNoWithTheHours() {
        assertThat(answer("is jan cutting open on monday")).startsWith("Yes, Jan Cutting is open on Monday 9am-5pm.");
        assertThat(answer("is four greens open on sunday")).startsWith("No, Four Greens is closed on Sundays. "
                + WEEK);
        assertThat(answer("is four greens open 2moro")).startsWith("No, Four Greens is closed tomorrow (Wednesday).");
        assertThat(answer("when does jan cutting open on monday")).as("not a yes or no question")
                .startsWith("Jan Cutting is open on Monday 9am-5pm.");
        assertThat(answer("is the library open today")).startsWith("Yes, Central Library is open today"
                + " 9am-12:30pm, 1:30pm-5pm. Open now until 12:30pm.");
        assertThat(answer("four greens open at the weekend?"))
                .startsWith("Four Greens at the weekend: Saturday closed; Sunday closed.");
    }

    @Test
    void saysPlainlyWhatTheDirectoryDoesNotHoldAndGivesThePhone() {
        assertThat(answer("is four greens open on bank holiday monday")).startsWith("We do not have bank holiday"
                + " hours for Four Greens. Please ring 01632 960100 to check.");
        assertThat(answer("how do i get to jan cutting")).isEqualTo("We have no travel details for Jan Cutting."
                + " It is at 1 Sample Road, Plymouth PL2 3QP. Ring Jan Cutting on 01632 960100 for directions.");
        assertThat(answer("website for jan cutting")).contains("email jan-cutting@example.org");
    }

    @Test
    void givesTheAddressTheWayThereAccessAndPhone() {
        assertThat(answer("where is jan cutting")).isEqualTo("Jan Cutting is at 1 Sample Road, Plymouth PL2 3QP."
                + " Tel 01632 960100.");
        assertThat(answer("address of four greens")).isEqualTo("Four Greens is at 1 Sample Road, Plymouth PL5 4XX."
                + " Buses 42 and 43 stop outside. Tel 01632 960100.");
        assertThat(answer("what bus goes to four greens")).startsWith("Getting to Four Greens: Buses 42 and 43 stop"
                + " outside.");
        assertThat(answer("is the library hub wheelchair accessible")).startsWith("Access at Central Library:"
                + " Step-free entrance.");
        assertThat(answer("whats the phone number for jan cutting")).isEqualTo("Jan Cutting: 01632 960100.");
    }

    @Test
    void saysPlainlyThereIsNoHubInAPlaceAndNamesTheNearestTwo() {
        Turn turn = turn(ConversationState.fresh(), "what time does keyham hub open");
        assertThat(turn.text()).startsWith("There is no hub in Keyham. Nearest hubs to PL2: Jan Cutting 0.7km, Central"
                + " Library 1.")
                .contains("km. Jan Cutting is open today 9am-12:30pm, 1:30pm-5pm.");
        assertThat(turn.state().nearHubId()).isEqualTo(CatalogueFixtures.JAN_CUTTING);
        assertThat(answer("stonehouse hub")).startsWith("There is no hub in Stonehouse. Nearest hubs to PL1: Central"
                + " Library");
        assertThat(answer("hub near st budeaux")).startsWith("Nearest hubs to St Budeaux (PL5): Four Greens");
        assertThat(answer("is there a hub in saltash")).startsWith("There is no hub in Saltash. It is outside"
                + " Plymouth; our hubs are all in the city. Nearest hubs to PL12: Four Greens");
    }

    @Test
    void givesTheNearestHubsToAPostcodeWithDistances() {
        assertThat(answer("which hub is nearest PL5")).startsWith("Nearest hubs to PL5: Four Greens 1.7km,"
                + " Jan Cutting ").contains("Four Greens: 1 Sample Road, Plymouth PL5 4XX. Open now until 12:30pm.");
        assertThat(answer("nearest hub pl12")).startsWith("PL12 is outside Plymouth; our hubs are all in the city."
                + " Nearest: Four Greens");
        assertThat(answer("nearest hub pl99")).startsWith("Sorry, we do not know where PL99 is.");
        assertThat(answer("which hub is nearest")).startsWith("Text your postcode");
    }

    @Test
    void answersItAndThatAboutTheHubOfTheItemJustSent() {
        ConversationState sent = ConversationState.fresh()
                .withResults(List.of(new Result("fg-stop-smoking", CatalogueFixtures.FOUR_GREENS, null)), 1, null)
                .detailsSent(new Result("fg-stop-smoking", CatalogueFixtures.FOUR_GREENS, null));
        Turn open = turn(sent, "is it open on monday");
        assertThat(open.text()).startsWith("Yes, Four Greens is open on Monday 9am-5pm. Stop smoking clinic: Tuesday"
                + " mornings.");
        assertThat(open.state()).as("the item stays the one asked about").isEqualTo(sent);
        assertThat(turn(sent, "whats the number").text()).isEqualTo("Stop smoking clinic: 01632 960611. Four Greens:"
                + " 01632 960100.");
        assertThat(turn(sent, "how do i get there by bus").text()).startsWith("Getting to Four Greens:");
        assertThat(turn(sent, "where is that").text()).startsWith("Four Greens is at 1 Sample Road");
    }

    @Test
    void answersThereAboutTheHubLastAnsweredAbout() {
        Turn first = turn(ConversationState.fresh(), "what time does four greens open");
        assertThat(turn(first.state(), "how do i get there by bus").text())
                .isEqualTo("Getting to Four Greens: Buses 42 and 43 stop outside. Address: 1 Sample Road, Plymouth"
                        + " PL5 4XX. Tel 01632 960100.");
    }

    @Test
    void listsTheHubsOpenOnADay() {
        assertThat(answer("which hubs are open on sunday")).isEqualTo("None of our hubs is open on Sunday.");
        assertThat(answer("any hub open today?")).isEqualTo("Open today: Central Library 9am-12:30pm, 1:30pm-5pm;"
                + " Four Greens 9am-12:30pm, 1:30pm-5pm; Jan Cutting 9am-12:30pm, 1:30pm-5pm.");
        assertThat(answer("which hub is open on monday")).startsWith("Open on Monday: Central Library 9am-5pm;");
    }

    @Test
    void asksWhichHubWhenNothingWasTalkedAbout() {
        assertThat(answer("where is it")).startsWith("Which hub do you mean? Our hubs: Central Library, Four Greens,"
                + " Jan Cutting.");
        ConversationState listed = ConversationState.fresh()
                .withResults(List.of(new Result("fg-stop-smoking", CatalogueFixtures.FOUR_GREENS, null)), 1, null);
        assertThat(replies.answer(listed, "where is that")).as("which item is for the list's follow-ups").isEmpty();
        assertThat(replies.answer(ConversationState.fresh(), "food bank")).isEmpty();
        assertThat(replies.answer(ConversationState.fresh(), "wheelchair")).as("a search, with nothing talked about")
                .isEmpty();
        assertThat(replies.answer(ConversationState.fresh(), "bus times")).isEmpty();
    }

    @Test
    void longDetailsGiveWayBySentencesNeverMidWord() {
        String long1 = "Buses 42 and 43 stop outside the main entrance on Sample Road every ten minutes. ";
        Hub wordy = new Hub("wordy", "Southway Family and Wellbeing Hub", "Trust", List.of("8 Example Drive",
                "Southway", "Plymouth"), "PL6 6QS", "Southway", new GeoPoint(50.4258, -4.1219), "01632 960700",
                null, null, false, new OpeningHours(Map.of(DayOfWeek.TUESDAY, List.of(CatalogueFixtures.time(
                        "09:00", "17:00")))), long1.repeat(6), "Step-free. ".repeat(40));
        Catalogue wordyCatalogue = catalogue(List.of(wordy));
        HubDetailsReply wordyReplies = new HubDetailsReply(wordyCatalogue, new Timetable(wordyCatalogue, clock),
                clock);
        String travel = wordyReplies.answer(ConversationState.fresh(), "how do i get to southway hub").orElseThrow()
                .text();
        assertThat(SmsText.segments(travel)).isLessThanOrEqualTo(2);
        assertThat(travel).startsWith("Getting to Southway: Buses").endsWith("every ten minutes. Tel 01632 960700.");
        String access = wordyReplies.answer(ConversationState.fresh(), "wheelchair access at southway").orElseThrow()
                .text();
        assertThat(SmsText.segments(access)).isLessThanOrEqualTo(2);
        assertThat(access).startsWith("Access at Southway: Step-free.").endsWith(".");
        Optional<Turn> none = wordyReplies.answer(ConversationState.fresh(), "email for southway hub");
        assertThat(none.orElseThrow().text()).isEqualTo("We have no email or website for Southway. Ring 01632"
                + " 960700.");
    }

    @Test
    void shortNamesEndOnAWholeNameNotOnAndOrFamily() {
        Hub southway = CatalogueFixtures.hub("southway", "Southway Family and Wellbeing Hub", "PL6 6QS",
                new GeoPoint(50.4258, -4.1219));
        assertThat(HubNames.shortName(southway)).isEqualTo("Southway");
        assertThat(HelpReply.shortName(southway)).as("one short name everywhere").isEqualTo("Southway");
        Hub noOpening = new Hub("quiet", "Quiet Corner Hub", "Trust", List.of("1 Road"), "PL1 1AA", "City Centre",
                new GeoPoint(50.37, -4.14), "01632 960999", null, null, false, new OpeningHours(Map.of()), null, "");
        Catalogue closed = catalogue(List.of(noOpening));
        assertThat(new HubDetailsReply(closed, new Timetable(closed, clock), clock)
                .answer(ConversationState.fresh(), "quiet corner opening times").orElseThrow().text())
                .startsWith("We have no opening hours for Quiet Corner. Please ring 01632 960999.");
    }
}
