package uk.plymouth.wellbeing.signposting.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import uk.plymouth.wellbeing.signposting.crisis.CrisisKind;

/**
 * How crisis words are answered by text, on H2 in PostgreSQL mode (one crisis case also runs on PostgreSQL in
 * {@link ConversationCases}): the lines for the kind of danger first, in the text's language; the crisis reply alone
 * only when the words are sure and ask nothing else; the usual answer too when unsure; and keywords typed in the
 * middle of the callback questions or a survey mean what they say.
 */
@TestPropertySource(properties = {
    "spring.datasource.url=jdbc:h2:mem:crisis-by-text-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa",
    "spring.datasource.password="
})
class CrisisByTextTest extends TextingContext {

    @Test
    void wordsCloseInMeaningToACrisisGetTheCrisisLinesFirstThenTheUsualAnswer() {
        ConversationReply reply = send("honestly I won't be here tomorrow");
        assertThat(reply.crisis()).isTrue();
        assertThat(reply.messages()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(reply.messages().get(0)).isEqualTo(lines.text(CrisisKind.SUICIDE, "en"));
        assertThat(only(send("CALL"))).as("a call now is urgent").isEqualTo(ReplyTexts.ASK_URGENT_CONSENT);

        ConversationReply ordinary = send("I bought some paint for the kitchen");
        assertThat(ordinary.crisis()).isFalse();
    }

    @Test
    void crisisWhileOptedOutIsStillAnswered() {
        send("STOP");
        ConversationReply crisis = send("i want to kill myself");
        assertThat(crisis.crisis()).isTrue();
        assertThat(crisis.messages()).containsExactly(lines.optedOut(CrisisKind.SUICIDE, "en"));
        assertThat(optOuts.isOptedOut(resident)).isTrue();
        assertThat(send("CALL").messages()).isEmpty();
    }

    @Test
    void ordinaryWordsAreNotACrisis() {
        for (String words : List.of("this heat is killing me", "killing time", "I'm dying for a cup of tea",
                "drop dead gorgeous", "my phone died", "I am not suicidal, just need food")) {
            assertThat(send(words).crisis()).as(words).isFalse();
        }
    }

    @Test
    void eachKindOfDangerGetsItsOwnFirstLine() {
        assertThat(send("took 40 paracetamol an hour ago").messages().get(0)).isEqualTo(
                lines.text(CrisisKind.OVERDOSE, "en")).startsWith("Call 999");
        assertThat(send("hes outside my door with a knife").messages().get(0)).isEqualTo(
                lines.text(CrisisKind.DANGER, "en")).contains("999");
        assertThat(send("my husband hits me and takes all my money").messages().get(0)).isEqualTo(
                lines.text(CrisisKind.ABUSE, "en")).contains("0808 2000 247");
        assertThat(send("the kids next door have been left on their own for days with no food").messages()
                .get(0)).isEqualTo(lines.text(CrisisKind.CHILD, "en")).contains("0808 800 5000");
        assertThat(send("my dad has crushing chest pain and cant breathe").messages().get(0)).isEqualTo(
                lines.text(CrisisKind.MEDICAL, "en")).startsWith("Call 999");
    }

    @Test
    void aCrisisThatAlsoAsksForSomethingGetsTheLinesAndThatAnswer() {
        ConversationReply reply = send("hes hitting me again, need a food bank for me n the kids");

        assertThat(reply.crisis()).isTrue();
        assertThat(reply.messages()).hasSize(2);
        assertThat(reply.messages().get(0)).isEqualTo(lines.text(CrisisKind.ABUSE, "en"));
        assertThat(reply.messages().get(1)).containsIgnoringCase("food").contains("CALL");
        assertThat(only(send("CALL"))).as("a call asked for now is urgent").isEqualTo(ReplyTexts.ASK_URGENT_CONSENT);
    }

    @Test
    void wordsThatOnlyMayMeanACrisisNeverCostTheResidentTheirAnswer() {
        ConversationReply reply = send("overdosed on sugar at christmas lol, any healthy eating groups");

        assertThat(reply.crisis()).isFalse();
        assertThat(only(reply)).doesNotStartWith(ReplyTexts.NOTHING_FOUND);
    }

    @Test
    void aPolishCrisisTextGetsThePolishLinesWithTheSameNumbers() {
        ConversationReply reply = send("nie chce juz zyc, mam dosc wszystkiego");

        assertThat(reply.crisis()).isTrue();
        assertThat(reply.messages().get(0)).isEqualTo(lines.text(CrisisKind.SUICIDE, "pl")).contains("116 123")
                .contains("Samaritans");
        assertThat(reply.messages().get(1)).isEqualTo(lines.offer("pl")).contains("CALL");
        assertThat(only(send("CALL"))).isEqualTo(ReplyTexts.ASK_URGENT_CONSENT);
    }

    @Test
    void theKindIsKeptForTheCallbackNeverTheWords() {
        send("my ex is on his way round with a knife");
        assertThat(store.find(resident)).hasValueSatisfying(state -> {
            assertThat(state.urgent()).isTrue();
            assertThat(state.crisis()).isEqualTo(CrisisKind.DANGER);
        });
    }

    // --- keywords in the middle of a dialogue ---------------------------------------------------------------

    @Test
    void aKeywordGivenAsAFirstNameIsTakenAsTheKeyword() {
        send("CALL");
        ConversationReply survey = send("SURVEY");
        assertThat(survey.messages().get(0)).isEqualTo(ReplyTexts.CALL_NOT_BOOKED);
        assertThat(survey.messages().get(1)).startsWith("Which survey would you like");
        assertThat(callbacksOf(resident)).isEmpty();

        send("CALL");
        assertThat(send("CALL").messages()).containsExactly(ReplyTexts.ALREADY_ARRANGING, ReplyTexts.ASK_NAME);
        ConversationReply found = send("FIND food bank");
        assertThat(found.messages().get(0)).isEqualTo(ReplyTexts.CALL_NOT_BOOKED);
        assertThat(found.messages().get(1)).containsIgnoringCase("food");

        send("CALL");
        send("Sam");
        assertThat(only(send("HELP"))).as("help, and the question is still open").startsWith(
                "Plymouth Wellbeing Hubs.");
        assertThat(only(send("money worries"))).isEqualTo(ReplyTexts.ASK_TIME);
        assertThat(send("CALL").messages()).containsExactly(ReplyTexts.ALREADY_ARRANGING, ReplyTexts.ASK_TIME);
        assertThat(only(send("2"))).startsWith("Privacy:");
        assertThat(only(send("STOP"))).startsWith("No call booked: we kept nothing.")
                .contains("You texted STOP, so we will send no more texts", "text START");
        assertThat(callbacksOf(resident)).isEmpty();
    }

    @Test
    void findInTheMiddleOfASurveyStopsItAndSearches() {
        send("WELLBEING");
        ConversationReply found = send("find stop smoking");
        assertThat(found.messages().get(0)).isEqualTo(ReplyTexts.SURVEY_STOPPED);
        assertThat(found.messages().get(1)).containsIgnoringCase("smok");
        assertThat(jdbc.queryForObject("select count(*) from survey_response", Integer.class)).isZero();
    }

    @Test
    void crisisWordsInTheMiddleOfASurveyEndItWithTheLinesFirst() {
        send("WELLBEING");
        ConversationReply crisis = send("i want to end it all");
        assertThat(crisis.messages().get(0)).isEqualTo(lines.text(CrisisKind.SUICIDE, "en"));
        assertThat(only(send("CALL"))).isEqualTo(ReplyTexts.ASK_URGENT_CONSENT);
    }
}
