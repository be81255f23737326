package uk.plymouth.wellbeing.signposting.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.plymouth.wellbeing.signposting.catalogue.content.ContentReader;
import uk.plymouth.wellbeing.signposting.catalogue.content.ContentSet;
import uk.plymouth.wellbeing.signposting.conversation.HubQuestion.Aspect;
import uk.plymouth.wellbeing.signposting.conversation.HubQuestion.AskedDay;
import uk.plymouth.wellbeing.signposting.location.PlaceLookup;
import uk.plymouth.wellbeing.signposting.location.PostcodeDirectory;

/** Reading questions about a hub itself, against the hubs and places that ship in ../content. */
class HubQuestionTest {

    static final ContentSet CONTENT = new ContentReader().read("file:../content/", LocalDate.of(2026, 11, 24));
    static final PostcodeDirectory PLACES = new PostcodeDirectory(CONTENT.districts());

    static Optional<HubQuestion> read(String text) {
        return HubQuestion.read(text, CONTENT.hubs(), PLACES);
    }

    static HubQuestion question(String text) {
        return read(text).orElseThrow(() -> new AssertionError("not read as a hub question: " + text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            what time does four greens open          | four-greens     | HOURS   |
            what time is four greens open            | four-greens     | HOURS   |
            when is four greens open                 | four-greens     | HOURS   |
            wot time is 4 greens opn 2moro           | four-greens     | HOURS   | TOMORROW
            is fourgreens open today?                | four-greens     | HOURS   | TODAY
            four grens opening times                 | four-greens     | HOURS   |
            is plympton open on sunday               | rees-centre     | HOURS   | SUNDAY
            Is the Rees Centre open on Sundays?      | rees-centre     | HOURS   | SUNDAY
            is plimpton hub opne on sundy            | rees-centre     | HOURS   | SUNDAY
            is the library open bank holiday monday  | central-library | HOURS   | BANK_HOLIDAY
            jan cutting open at the weekend?         | jan-cutting     | HOURS   | WEEKEND
            what time does southway close tonight    | southway        | HOURS   | TODAY
            whats the phone number for jan cutting   | jan-cutting     | PHONE   |
            wats da fone numba 4 jan cuting          | jan-cutting     | PHONE   |
            what number do i call for four greens    | four-greens     | PHONE   |
            4 greens phone no                        | four-greens     | PHONE   |
            where abouts is mannamead hub            | mannamead       | ADDRESS |
            is four greens open in the evening       | four-greens     | HOURS   |
            address of the library hub               | central-library | ADDRESS |
            wer is nomony                            | nomony          | ADDRESS |
            whats the postcode for mannamead hub     | mannamead       | ADDRESS |
            where is the hub in plymstock            | plymstock       | ADDRESS |
            how do i get to central park by bus      | central-park    | TRAVEL  |
            is there parking at four greens          | four-greens     | TRAVEL  |
            is southway hub wheelchair accessible    | southway        | ACCESS  |
            email for the nomony hub                 | nomony          | ONLINE  |
            four greens hub                          | four-greens     | GENERAL |
            is there a hub in whitleigh              | four-greens     | GENERAL |
            """)
    void readsQuestionsAboutANamedHub(String text, String hubId, Aspect aspect, AskedDay day) {
        HubQuestion question = question(text);
        assertThat(question.hubId()).isEqualTo(hubId);
        assertThat(question.aspects()).contains(aspect);
        assertThat(question.day()).isEqualTo(day);
        assertThat(question.place()).isNull();
    }

    @Test
    void readsSeveralAspectsInOneText() {
        assertThat(question("where is four greens and what time does it open").aspects())
                .isEqualTo(Set.of(Aspect.ADDRESS, Aspect.HOURS));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            what time does devonport hub open | Devonport | HOURS
            where is the hub in devonport     | Devonport | ADDRESS
            devonport hub                     | Devonport | GENERAL
            devenport hub opening times       | Devonport | HOURS
            is there a hub in keyham          | Keyham    | GENERAL
            which hub is nearest PL6          | PL6       | NEAREST
            nearest hub to pl6 5ab            | PL6 5AB   | NEAREST
            whats the closest hub to me pl65ab| PL6 5AB   | NEAREST
            hub near st budeaux               | St Budeaux| NEAREST
            do you have a hub in saltash      | Saltash   | GENERAL
            """)
    void readsAPlaceThatIsNoHubsOwn(String text, String place, Aspect aspect) {
        HubQuestion question = question(text);
        assertThat(question.hubId()).isNull();
        assertThat(question.place()).isInstanceOf(PlaceLookup.Found.class);
        assertThat(((PlaceLookup.Found) question.place()).place()).isEqualTo(place);
        assertThat(question.aspects()).contains(aspect);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            is it open on sunday         | HOURS   | SUNDAY
            what time does it open       | HOURS   |
            wot time do u open 2day      | HOURS   | TODAY
            where is that                | ADDRESS |
            where is it?                 | ADDRESS |
            how do i get there by bus    | TRAVEL  |
            what bus                     | TRAVEL  |
            whats their number           | PHONE   |
            opening times please         | HOURS   |
            is the hub open now          | HOURS   | TODAY
            what time do you close       | HOURS   |
            """)
    void readsQuestionsAboutTheHubLastTalkedAbout(String text, Aspect aspect, AskedDay day) {
        HubQuestion question = question(text);
        assertThat(question.refersBack()).isTrue();
        assertThat(question.aspects()).contains(aspect);
        assertThat(question.day()).isEqualTo(day);
    }

    @Test
    void readsWhetherADayIsAskedYesOrNo() {
        assertThat(question("is plympton open on sunday").yesOrNo()).isTrue();
        assertThat(question("when does southway close on wednesdays").yesOrNo()).isFalse();
        assertThat(question("wot time does fourgreens shut 2nite").yesOrNo()).isFalse();
    }

    @Test
    void readsQuestionsAcrossTheHubs() {
        HubQuestion sunday = question("which hubs are open on sunday");
        assertThat(sunday.anyHub()).isTrue();
        assertThat(sunday.aspects()).containsExactly(Aspect.HOURS);
        assertThat(sunday.day()).isEqualTo(AskedDay.SUNDAY);
        assertThat(question("any hub open 2day").anyHub()).isTrue();
        assertThat(question("is the hub open today").anyHub()).as("the hub: the one talked about").isFalse();
    }

    @Test
    void nearestWithNoPlaceIsStillAQuestion() {
        HubQuestion question = question("which hub is nearest to me");
        assertThat(question.aspects()).contains(Aspect.NEAREST);
        assertThat(question.refersBack()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"football in southway", "food bank", "food bank pl5", "food bank in plympton",
        "football for my 14 yr old in southway", "debt advice plympton", "is the food bank open on sunday",
        "whats on at four greens", "what's on at the library this week", "four greens", "plympton", "southway",
        "is it free", "how much does it cost", "can i just turn up", "do i need to book", "what do i need to bring",
        "is it on saturday", "when is it", "tell me more", "the 2nd one", "2", "hi", "thanks", "CALL", "call me",
        "stop", "walking group whitleigh", "four greens walks", "anything open now for kids",
        "i got loads of debt and no food in the house till payday", "where can i get food today",
        "is there a food bank near devonport", "stay and play at jan cutting on tuesday", "PL11 2", "help",
        "wrong number", "my name is pat", "need a food bank and help with my cv", "who are you",
        "what is this number? my neighbour gave it me", "hello is this the wellbeing hub", "what are the commands",
        "parking permit", "bus pass"})
    void leavesSearchesAndEverythingElseAlone(String text) {
        assertThat(read(text)).as(text).isEmpty();
    }

    @Test
    void leavesLongTextsAlone() {
        assertThat(read("where is four greens " + "please ".repeat(30))).isEmpty();
    }

    @Test
    void mendsSlipsOnlyToAskingWordsAndDays() {
        assertThat(HubWords.mended("adress")).isEqualTo("address");
        assertThat(HubWords.mended("sundy")).isEqualTo("sunday");
        assertThat(HubWords.mended("tusday")).isEqualTo("tuesday");
        assertThat(HubWords.mended("food")).isEqualTo("food");
        assertThat(HubWords.mended("house")).isEqualTo("house");
        assertThat(HubWords.mended("busy")).isEqualTo("busy");
        assertThat(HubWords.mended("into")).as("not info").isEqualTo("into");
        assertThat(question("can i get a wheelchair into four greens").aspects()).as("into is a word of its own")
                .containsExactly(Aspect.ACCESS);
    }
}
