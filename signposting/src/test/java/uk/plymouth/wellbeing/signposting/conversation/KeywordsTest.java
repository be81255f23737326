package uk.plymouth.wellbeing.signposting.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The rules added from the intent evaluation's misses, and the ordinary texts they must leave alone. */
class KeywordsTest {

    @Test
    void aResultNumberWithWordsAroundItIsStillANumber() {
        assertThat(Keywords.number("2 please")).isEqualTo(OptionalInt.of(2));
        assertThat(Keywords.number("tell me more about 3")).isEqualTo(OptionalInt.of(3));
        assertThat(Keywords.number("can I have the details for number 1 pls")).isEqualTo(OptionalInt.of(1));
        assertThat(Keywords.number("the second one")).isEqualTo(OptionalInt.of(2));
        assertThat(Keywords.number("I need 2 food parcels")).isEmpty();
        assertThat(Keywords.number("no thanks")).isEmpty();
        assertThat(Keywords.number("07700 900123")).isEmpty();
    }

    @Test
    void plainOptInWordsAreReadButAnAcknowledgementIsNot() {
        assertThat(Keywords.asksToStartTexts("Start please")).isTrue();
        assertThat(Keywords.asksToStartTexts("YES please")).isTrue();
        assertThat(Keywords.asksToStartTexts("please start texting me again")).isTrue();
        assertThat(Keywords.asksToStartTexts("I'd like to opt back in")).isTrue();
        assertThat(Keywords.asksToStartTexts("ok")).isFalse();
        assertThat(Keywords.asksToStartTexts("ok thanks")).isFalse();
    }

    @Test
    void plainOptOutWordsAreReadButASearchMentioningThemIsNot() {
        assertThat(Keywords.asksToStopTexts("remove my number please")).isTrue();
        assertThat(Keywords.asksToStopTexts("i dont want these texts anymore")).isTrue();
        assertThat(Keywords.asksToStopTexts("wrong number, stop")).isTrue();
        assertThat(Keywords.asksToStopTexts("I rang the wrong number for the housing office")).isFalse();
        assertThat(Keywords.asksToStopTexts("help filling in forms to remove my name from a debt")).isFalse();
    }

    @Test
    void moreWaysOfAskingForACallGreetingAndThanking() {
        assertThat(Keywords.asksForCall("give us a bell")).isTrue();
        assertThat(Keywords.asksForCall("can sum1 cal me plz")).isTrue();
        assertThat(Keywords.asksForCall("honestly I'd rather talk this through with a real person")).isTrue();
        assertThat(Keywords.asksForCall("can I chat with one of your staff")).isTrue();
        assertThat(Keywords.asksForCall("who can I talk to about my debts")).isFalse();
        assertThat(Keywords.isGreeting("helo")).isTrue();
        assertThat(Keywords.isThanks("brill thanks")).isTrue();
        assertThat(Keywords.isThanks("lovely")).isTrue();
        assertThat(Keywords.isThanks("lovely walks")).isFalse();
    }
}
