package uk.plymouth.wellbeing.signposting.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** How follow-ups are read: picks from a list ({@link ListPick}), questions about "it" ({@link ItemQuestion}), needs. */
class FollowUpReadingTest {

    static final List<String> TITLES = List.of("Debt and money advice", "Emergency food bank", "Walking football");

    @Test
    void ordinalsInResidentsWordsPickAPosition() {
        assertThat(ListPick.byPosition("the 2nd one", 3)).hasValue(2);
        assertThat(ListPick.byPosition("2nd", 3)).hasValue(2);
        assertThat(ListPick.byPosition("number 3 please", 3)).hasValue(3);
        assertThat(ListPick.byPosition("second", 3)).hasValue(2);
        assertThat(ListPick.byPosition("can i have the third one", 3)).hasValue(3);
        assertThat(ListPick.byPosition("the last one", 3)).hasValue(3);
        assertThat(ListPick.byPosition("last", 6)).hasValue(6);
        assertThat(ListPick.byPosition("number one", 3)).hasValue(1);
        assertThat(ListPick.byPosition("1st one pls", 3)).hasValue(1);
    }

    @Test
    void textsThatAreNotPicksPickNothing() {
        for (String text : List.of("no", "yes", "the one in plympton", "one more thing", "no one helps me",
                "2nd hand furniture", "is it free", "the 2nd and 3rd", "food bank")) {
            assertThat(ListPick.byPosition(text, 3)).as(text).isEmpty();
        }
    }

    @Test
    void aListedNamePicksThatOneWhenThereIsNoDoubt() {
        assertThat(ListPick.byName("and the food bank?", TITLES)).hasValue(2);
        assertThat(ListPick.byName("the food bank one", TITLES)).hasValue(2);
        assertThat(ListPick.byName("what about the football", TITLES)).hasValue(3);
        assertThat(ListPick.byName("the debt one", TITLES)).hasValue(1);
        assertThat(ListPick.byName("food bank", TITLES)).as("no pointing: a new search").isEmpty();
        assertThat(ListPick.byName("and the advice one", TITLES)).as("too common to say which").isEmpty();
        assertThat(ListPick.byName("the yoga one", TITLES)).isEmpty();
        assertThat(ListPick.byName("the food one", List.of("Food bank", "Food club"))).as("two match").isEmpty();
        assertThat(ListPick.byName("the food bank one", List.of("Debt advice money debt", "Food parcels food bank")))
                .as("a title may repeat a word").hasValue(2);
    }

    @Test
    void questionsAboutTheLastItemAreReadInResidentsWords() {
        expect(ItemQuestion.COST, "is it free", "how much", "how much does it cost", "hw much is it",
                "do i have to pay", "does it cost anything", "is there a charge?");
        expect(ItemQuestion.WHEN, "what time does it open", "when is it on", "is it on saturday", "whens the next one",
                "what days", "is it open today");
        expect(ItemQuestion.BOOKING, "can i just turn up", "do i need to book",
                "can i just drop in", "how do i sign up");
        expect(ItemQuestion.BRING, "what do i need to bring", "do i need id", "wat do i need to bring with me");
        expect(ItemQuestion.PHONE, "whats the phone number", "what is their number", "how do i contact them");
        expect(ItemQuestion.WHO_FOR, "who is it for", "can kids go", "is it for men only");
        expect(ItemQuestion.MORE, "tell me more", "what is it", "more info");
        expect(ItemQuestion.PRIVATE, "is it private", "is it confidential", "will they tell my landlord");
        expect(ItemQuestion.WHO_FOR, "is it just for men");
        expect(ItemQuestion.VOUCHER, "do i need a voucher", "do i need a referral");
    }

    @Test
    void aNewNeedOrAnOrdinarySearchIsNotAQuestionAboutTheLastItem() {
        for (String text : List.of("food bank pl5", "help with debt", "is the food bank free on saturday in pl5",
                "walking football", "i need a job", "hi", "thanks", "where is that")) {
            assertThat(ItemQuestion.in(text)).as(text).isEmpty();
        }
        assertThat(ItemQuestion.in("is that food bank free")).as("points back").hasValue(ItemQuestion.COST);
    }

    @Test
    void severalNeedsSplitWhereTheWordsDo() {
        assertThat(NeedSplit.parts("need stop smoking, a food bank and some help with my cv"))
                .containsExactly("need stop smoking", "a food bank", "some help with my cv");
        assertThat(NeedSplit.parts("i got loads of debt and no food in the house till payday"))
                .containsExactly("i got loads of debt", "no food in the house till payday");
        assertThat(NeedSplit.parts("food bank")).containsExactly("food bank");
        assertThat(NeedSplit.parts("help and advice")).as("no need in one part").containsExactly("help and advice");
        assertThat(NeedSplit.parts("a, b, c, d, e and f")).as("one-letter parts carry no need").hasSize(1);
    }

    private static void expect(ItemQuestion expected, String... texts) {
        for (String text : texts) {
            assertThat(ItemQuestion.in(text)).as(text).isEqualTo(Optional.of(expected));
        }
    }

    @Test
    void numbersStillReadByKeywords() {
        assertThat(Keywords.number("2")).isEqualTo(OptionalInt.of(2));
    }
}
