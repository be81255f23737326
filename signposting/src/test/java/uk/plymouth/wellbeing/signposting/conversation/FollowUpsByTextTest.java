package uk.plymouth.wellbeing.signposting.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;

/**
 * Follow-ups by text on the sample content: picks by ordinal or name, questions about the item just described
 * answered from its own fields, "go back", "something else", and several needs in one text.
 */
@TestPropertySource(properties = {
    "spring.datasource.url=jdbc:h2:mem:follow-ups-by-text;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa",
    "spring.datasource.password="
})
class FollowUpsByTextTest extends TextingContext {

    @Autowired
    Catalogue catalogue;

    @Test
    void anOrdinalOrTheLastOneOpensThatOneLikeItsNumber() {
        String list = only(send("food bank near PL5"));
        String second = only(send("the 2nd one"));
        assertThat(second).contains("From Plymouth Wellbeing Hubs").contains(titleAt(list, 2));
        assertThat(only(send("3rd"))).contains(titleAt(list, 3));
        assertThat(only(send("the last one"))).contains(titleAt(list, 3));
        assertThat(only(send("go back"))).as("the list again").contains("1 " + titleAt(list, 1))
                .contains("Reply 1-3 for details");
    }

    @Test
    void aQuestionAboutTheItemJustDescribedIsAnsweredFromItsOwnFields() {
        send("help with debt");
        send("1");
        DirectoryItem item = detailsItem();
        String cost = only(send("is it free"));
        String said = item.cost().text().strip();
        if (said.isEmpty()) {
            assertThat(cost).contains("does not say what it costs");
        } else if (item.cost().free()) {
            assertThat(cost).contains("is free");
        } else {
            assertThat(cost).containsIgnoringCase(said.substring(0, Math.min(said.length(), 12)));
        }
        assertThat(only(send("can i just turn up"))).containsAnyOf("just turn up", "book", "referral", "Ring first");
        assertThat(only(send("what do i need to bring"))).satisfiesAnyOf(
                reply -> assertThat(reply).contains("does not say what to bring"),
                reply -> assertThat(reply.toLowerCase()).containsAnyOf("bring", "proof", "documents", " id "));
        assertThat(only(send("whats their phone number"))).contains("01632");
        assertThat(detailsItem().id()).as("still about the same one").isEqualTo(item.id());
    }

    @Test
    void aQuestionBeforeAnyOneWasChosenAsksWhichAndWithNoSearchSaysWhatToDo() {
        assertThat(only(send("is it free"))).isEqualTo(ReplyTexts.ASK_WHICH_SERVICE);
        send("walking football");
        assertThat(only(send("how much is it"))).startsWith("Which one do you mean?");
    }

    @Test
    void somethingElseIsNotSearched() {
        send("help with debt");
        assertThat(only(send("actually i need something else"))).isEqualTo(ReplyTexts.SOMETHING_ELSE);
        assertThat(only(send("something else"))).isEqualTo(ReplyTexts.SOMETHING_ELSE);
    }

    @Test
    void severalNeedsInOneTextGetTheBestMatchForEachThenANameOpensOne() {
        String reply = only(send("i got loads of debt and no food in the house till payday"));
        assertThat(reply).startsWith("The best match for each thing you asked:");
        Set<Category> categories = listedItems(reply).stream().map(DirectoryItem::category)
                .collect(Collectors.toSet());
        assertThat(categories).hasSize(2);

        String three = only(send("need stop smoking, a food bank and some help with my cv"));
        assertThat(listedItems(three)).hasSize(3);
        String foodBank = listedItems(three).stream().map(DirectoryItem::title)
                .filter(title -> title.toLowerCase().contains("food")).findFirst().orElseThrow();
        assertThat(only(send("and the food bank?"))).contains(foodBank.substring(0, Math.min(30,
                foodBank.length())));
    }

    @Test
    void aPlaceAloneAfterASearchSortsThoseResultsNearestThereFirst() {
        send("anything for kids to do on saturday");
        Set<String> before = Set.copyOf(resultIds());
        String nearer = only(send("we r in whitleigh"));
        assertThat(nearer).startsWith("Nearest to Whitleigh first:\n1 ").contains("km");
        assertThat(Set.copyOf(resultIds())).as("the same results, re-ordered").isEqualTo(before);
    }

    @Test
    void oneNeedInSeveralWordsIsOneList() {
        assertThat(only(send("arts and crafts"))).doesNotStartWith("The best match for each");
        assertThat(only(send("help with debt and benefits"))).doesNotStartWith("The best match for each");
    }

    @Test
    void aResidentWhoTextsInPolishGetsOurWordsInPolishAndKeepsThemForNeutralTexts() {
        assertThat(only(send("czesc"))).isEqualTo(PolishReplyTexts.WHOLE.get(ReplyTexts.GREETING));
        assertThat(only(send("POMOC"))).startsWith("Centra Dobrostanu w Plymouth. Napisz").endsWith("Dzwon 999.");
        assertThat(only(send("zadzwoń do mnie"))).isEqualTo(PolishReplyTexts.WHOLE.get(ReplyTexts.ASK_NAME));
        assertThat(only(send("NIE"))).as("a neutral-looking keyword keeps Polish")
                .isEqualTo(PolishReplyTexts.WHOLE.get(ReplyTexts.DIALOGUE_STOPPED));
        assertThat(only(send("dziękuję"))).isEqualTo(PolishReplyTexts.WHOLE.get(ReplyTexts.THANKS));
        assertThat(only(send("thanks"))).as("English again").isEqualTo(ReplyTexts.THANKS);
    }

    @Test
    void polishNeedsAreFoundAndTheListsFrameIsPolish() {
        String list = only(send("potrzebuje pomocy z jedzeniem, nie mam pieniedzy"));
        assertThat(list).contains("\n1 ").endsWith("ZADZWON - oddzwonimy.");
        assertThat(listedItems(list)).extracting(DirectoryItem::category).contains(Category.FOOD);
        assertThat(only(send("bank \u017cywno\u015bci PL5"))).startsWith("Najblizej PL5:");
        assertThat(only(send("2"))).as("a number keeps Polish").endsWith("Centra Dobrostanu w Plymouth");
        assertThat(only(send("Dzie\u0144 dobry, szukam pomocy"))).as("never English")
                .isIn(PolishReplyTexts.WHOLE.values());
    }

    private DirectoryItem detailsItem() {
        Map<String, Object> row = jdbc.queryForMap("select details_item_id from sms_conversation where phone = ?",
                resident.e164());
        return catalogue.item((String) row.get("details_item_id")).orElseThrow();
    }

    private List<String> resultIds() {
        return List.of(jdbc.queryForObject("select results from sms_conversation where phone = ?", String.class,
                resident.e164()).split(";")).stream().map(entry -> entry.split(" ")[0]).toList();
    }

    private List<DirectoryItem> listedItems(String reply) {
        List<String> ids = List.of(jdbc.queryForObject("select results from sms_conversation where phone = ?",
                String.class, resident.e164()).split(";"));
        int listed = (int) reply.lines().filter(line -> line.matches("\\d .*")).count();
        return ids.subList(0, listed).stream().map(entry -> catalogue.item(entry.split(" ")[0]).orElseThrow())
                .toList();
    }

    private static String titleAt(String list, int number) {
        String line = list.lines().filter(l -> l.startsWith(number + " ")).findFirst().orElseThrow();
        String title = line.substring(2, line.contains(" - ") ? line.indexOf(" - ") : line.length());
        return title.endsWith("...") ? title.substring(0, title.length() - 3) : title;
    }
}
