package uk.plymouth.wellbeing.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.plymouth.wellbeing.sms.ConversationScript.Conversation;
import uk.plymouth.wellbeing.sms.ConversationScript.Expectation;
import uk.plymouth.wellbeing.sms.ConversationScript.Judgement;
import uk.plymouth.wellbeing.sms.ConversationScript.Turn;

/** The conversation set's file format and how a reply is judged, without the app. */
class ConversationScriptTest {

    private static final String TWO = """
            # a comment
            ## food-then-cost | follow-up
            > food bank pl9
            > 1
            < any: food bank
            > is it free
            < any: free | no charge
            < none: Sorry

            ## expired | expired
            > food bank pl5
            ~ idle
            > 2
            < all: {item 2} | x
            """;

    @Test
    void readsConversationsTurnsAndExpectations() {
        List<Conversation> conversations = ConversationScript.parse("t.txt", TWO);

        assertThat(conversations).extracting(Conversation::id, Conversation::kind, Conversation::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("food-then-cost", "follow-up", 2),
                        org.assertj.core.groups.Tuple.tuple("expired", "expired", 10));
        List<Turn> first = conversations.get(0).turns();
        assertThat(first).extracting(Turn::text).containsExactly("food bank pl9", "1", "is it free");
        assertThat(first.get(0).judged()).isFalse();
        assertThat(first.get(2).expectations()).containsExactly(
                new Expectation(Judgement.ANY, List.of("free", "no charge")),
                new Expectation(Judgement.NONE, List.of("Sorry")));
        assertThat(conversations.get(1).turns()).extracting(Turn::idleBefore).containsExactly(false, true);
    }

    @Test
    void refusesMalformedLinesNamingFileAndLine() {
        assertThatThrownBy(() -> ConversationScript.parse("dev.txt", "## a | k\n> hi\n< some: x\n"))
                .hasMessageStartingWith("dev.txt line 3: ");
        assertThatThrownBy(() -> ConversationScript.parse("dev.txt", "## a | k\n> hi\n< any: x || y\n"))
                .hasMessageContaining("line 3").hasMessageContaining("empty fragment");
        assertThatThrownBy(() -> ConversationScript.parse("dev.txt", "> hi\n"))
                .hasMessageStartingWith("dev.txt line 1: ");
        assertThatThrownBy(() -> ConversationScript.parse("dev.txt", "## a | k\n< any: x\n"))
                .hasMessageStartingWith("dev.txt line 2: ");
        assertThatThrownBy(() -> ConversationScript.parse("dev.txt", "## a k\n> hi\n"))
                .hasMessageStartingWith("dev.txt line 1: ");
        assertThatThrownBy(() -> ConversationScript.parse("dev.txt", "## a | k\n> hi\n\n## a | k\n> yo\n"))
                .hasMessageStartingWith("dev.txt line 4: ").hasMessageContaining("used twice");
        assertThatThrownBy(() -> ConversationScript.parse("dev.txt", "## a | k\n> hi\nhello\n"))
                .hasMessageStartingWith("dev.txt line 3: ");
        assertThatThrownBy(() -> ConversationScript.parse("dev.txt", "## a | k\n> hi\n~ idle\n## b | k\n> yo\n"))
                .hasMessageStartingWith("dev.txt line 1: ").hasMessageContaining("idle");
        assertThatThrownBy(() -> ConversationScript.parse("dev.txt", "## a | k\n## b | k\n> yo\n"))
                .hasMessageStartingWith("dev.txt line 1: ").hasMessageContaining("no texts");
    }

    @Test
    void judgesAnyAllNoneCaseInsensitivelyAndNeverAnEmptyReply() {
        List<Expectation> expectations = List.of(new Expectation(Judgement.ANY, List.of("free", "no charge")),
                new Expectation(Judgement.ALL, List.of("food bank", "plymstock")),
                new Expectation(Judgement.NONE, List.of("sorry")));

        assertThat(ReplyJudge.unmet(expectations, "Food bank - Plymstock is FREE.", Optional.empty())).isEmpty();
        assertThat(ReplyJudge.unmet(expectations, "Food bank - Plymstock: £2", Optional.empty()))
                .hasValueSatisfying(why -> assertThat(why).startsWith("any"));
        assertThat(ReplyJudge.unmet(expectations, "Food bank, free", Optional.empty())).isPresent();
        assertThat(ReplyJudge.unmet(expectations, "Sorry, food bank plymstock is free", Optional.empty()))
                .isPresent();
        assertThat(ReplyJudge.unmet(List.of(new Expectation(Judgement.NONE, List.of("x"))), " ", Optional.empty()))
                .hasValue("no reply");
    }

    @Test
    void itemPlaceholdersStandForTheNamesInTheLatestNumberedList() {
        String list = "Nearest to PL5 first:\n1 Emergency food parcels - Four Greens\n"
                + "2 Four Greens community pantry - Four Greens\n3 Southway Family and... \n"
                + "Reply 1-3 for details, MORE for more, CALL for a callback.";
        Optional<List<String>> names = ReplyJudge.numberedList(list);
        List<Expectation> second = List.of(new Expectation(Judgement.ALL, List.of("{item 2}")));
        List<Expectation> last = List.of(new Expectation(Judgement.ALL, List.of("{item last}")));

        assertThat(names).hasValue(List.of("Emergency food parcels", "Four Greens community", "Southway Family"));
        assertThat(ReplyJudge.unmet(second, "Four Greens community pantry. £4 a visit", names)).isEmpty();
        assertThat(ReplyJudge.unmet(second, "Emergency food parcels. Free", names)).isPresent();
        assertThat(ReplyJudge.unmet(last, "Southway Family and Wellbeing Hub", names)).isEmpty();
        assertThat(ReplyJudge.unmet(second, "anything", Optional.empty()))
                .hasValueSatisfying(why -> assertThat(why).contains("no such item"));
        assertThat(ReplyJudge.numberedList("Rees Centre\n1 Sample Close, Plympton")).isEmpty();
    }

    @Test
    void theShippedSetsParseAndHoldAtLeastSeventyConversations() {
        List<Conversation> development = ConversationScript.parse("development.txt", read("development.txt"));
        List<Conversation> heldOut = ConversationScript.parse("heldout.txt", read("heldout.txt"));

        assertThat(development.size() + heldOut.size()).isGreaterThanOrEqualTo(70);
        assertThat(heldOut.size() * 100 / (development.size() + heldOut.size())).isBetween(20, 30);
        assertThat(heldOut).extracting(Conversation::id)
                .doesNotContainAnyElementsOf(development.stream().map(Conversation::id).toList());
        assertThat(development).allSatisfy(c -> assertThat(c.turns()).anyMatch(Turn::judged));
        assertThat(heldOut).allSatisfy(c -> assertThat(c.turns()).anyMatch(Turn::judged));
    }

    private static String read(String file) {
        try (InputStream in = ConversationScriptTest.class.getResourceAsStream("/conversations/" + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
