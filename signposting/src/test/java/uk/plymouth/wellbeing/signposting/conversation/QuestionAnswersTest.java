package uk.plymouth.wellbeing.signposting.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.plymouth.wellbeing.signposting.crisis.CrisisCheck;
import uk.plymouth.wellbeing.signposting.crisis.CrisisKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.plymouth.wellbeing.signposting.assistant.AssistantChannel;
import uk.plymouth.wellbeing.signposting.assistant.ModelAnswer;
import uk.plymouth.wellbeing.signposting.assistant.ModelAssistant;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.search.ServiceSearch;
import uk.plymouth.wellbeing.signposting.testsupport.SignpostingTestApplication;

/**
 * What the kiosk's "Ask a question" answers, over the whole signposting context with the real sample content (its
 * search index, crisis phrases and meaning examples) and no language model; then with a scripted model behind the
 * {@link ModelAssistant} interface, to show when its answer is used and that crisis words never reach it.
 */
@SpringBootTest(classes = SignpostingTestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:question-answers-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "spring.datasource.username=sa",
            "spring.datasource.password=",
            "hub.catalogue.location=file:../content/",
            "hub.catalogue.check-for-changes-every=0s"
        })
class QuestionAnswersTest {

    static final String SESSION = "kiosk-session-1";

    @Autowired
    QuestionAnswers answers;

    @Autowired
    CrisisCheck crisisCheck;

    @Autowired
    MeaningIntents intents;

    @Autowired
    ServiceSearch search;

    @Autowired
    Catalogue catalogue;

    // ---- without a model (the default) --------------------------------------------------------------------

    @Test
    void crisisWordsAskingNothingElseGetTheCrisisAnswerAlone() {
        QuestionAnswer answer = answers.answer(SESSION, "I want to kill myself");

        assertThat(answer.crisisKind()).isEqualTo(CrisisKind.SUICIDE);
        assertThat(answer.kind()).isEqualTo(QuestionAnswer.Kind.CRISIS);
        assertThat(answer.items()).isEmpty();
        assertThat(answer.byModel()).isFalse();
    }

    @Test
    void crisisWordsThatAlsoAskForSomethingGetTheLinesAndThatAnswer() {
        QuestionAnswer answer = answers.answer(SESSION, "he hits me when he drinks, i need a food bank for me and"
                + " the kids", "four-greens");

        assertThat(answer.crisisKind()).isEqualTo(CrisisKind.ABUSE);
        assertThat(answer.kind()).isEqualTo(QuestionAnswer.Kind.FOUND);
        assertThat(answer.items()).extracting(item -> catalogue.item(item.itemId()).map(DirectoryItem::category)
                .orElseThrow()).contains(Category.FOOD);
    }

    @Test
    void wordsThatOnlyMayMeanACrisisGetTheLinesAndTheUsualAnswer() {
        QuestionAnswer answer = answers.answer(SESSION, "overdose of sugar at christmas, need healthy eating");

        assertThat(answer.kind()).isEqualTo(QuestionAnswer.Kind.FOUND);
        assertThat(answer.items()).isNotEmpty();
    }

    @Test
    void askingToBeRungBackOffersACallback() {
        for (String words : List.of("ring me back please", "can someone call me", "I'd like to speak to someone")) {
            QuestionAnswer answer = answers.answer(SESSION, words);
            assertThat(answer.offer()).as(words).isEqualTo(ModelAnswer.Offer.CALLBACK);
            assertThat(answer.kind()).as(words).isEqualTo(QuestionAnswer.Kind.CALLBACK);
            assertThat(answer.crisis()).as(words).isFalse();
        }
    }

    @Test
    void askingForASurveyOffersOne() {
        QuestionAnswer answer = answers.answer(SESSION, "can I do the wellbeing survey");

        assertThat(answer.offer()).isEqualTo(ModelAnswer.Offer.SURVEY);
    }

    @Test
    void emptyCupboardsFindAFoodServiceAmongAFewCards() {
        QuestionAnswer answer = answers.answer(SESSION, "the cupboards are empty", "four-greens");

        assertThat(answer.kind()).isEqualTo(QuestionAnswer.Kind.FOUND);
        assertThat(answer.text()).isEqualTo(QuestionAnswers.FOUND);
        assertThat(answer.items()).hasSizeBetween(1, QuestionAnswers.SHOWN);
        List<Category> categories = answer.items().stream()
                .map(item -> catalogue.item(item.itemId()).map(DirectoryItem::category).orElseThrow()).toList();
        System.out.println("[ask] \"the cupboards are empty\" -> " + answer.items().stream()
                .map(ModelAnswer.FoundItem::itemId).toList() + " " + categories);
        assertThat(categories).contains(Category.FOOD);
        assertThat(answer.items()).allSatisfy(item -> assertThat(catalogue.hub(item.hubId())).isPresent());
        assertThat(answer.crisis()).isFalse();
        assertThat(answer.byModel()).isFalse();
    }

    @Test
    void greetingsThanksAndNothingTypedGetAFriendlyWordNotASearch() {
        assertThat(answers.answer(SESSION, "hello").kind()).isEqualTo(QuestionAnswer.Kind.GREETING);
        assertThat(answers.answer(SESSION, "thank you so much").kind()).isEqualTo(QuestionAnswer.Kind.THANKS);
        assertThat(answers.answer(SESSION, "help").kind()).isEqualTo(QuestionAnswer.Kind.HELP);
        QuestionAnswer blank = answers.answer(SESSION, "   ");
        assertThat(blank.kind()).isEqualTo(QuestionAnswer.Kind.PROMPT);
        assertThat(blank.items()).isEmpty();
    }

    @Test
    void sayingAListingIsWrongIsToldHowToReportItNotSearched() {
        for (String words : List.of("it was closed", "that's wrong", "WRONG the times have changed")) {
            QuestionAnswer answer = answers.answer(SESSION, words);
            assertThat(answer.kind()).as(words).isEqualTo(QuestionAnswer.Kind.WRONG);
            assertThat(answer.text()).contains("Something wrong with this?");
            assertThat(answer.items()).isEmpty();
        }
    }

    @Test
    void nothingFoundSuggestsOtherWordsAndACallback() {
        QuestionAnswer answer = answers.answer(SESSION, "zxqv wibblewomp");

        assertThat(answer.kind()).isEqualTo(QuestionAnswer.Kind.NOTHING_FOUND);
        assertThat(answer.items()).isEmpty();
        assertThat(answer.offer()).isEqualTo(ModelAnswer.Offer.CALLBACK);
    }

    @Test
    void aVeryLongQuestionIsAskedToBeShorterButCrisisWordsInItStillComeFirst() {
        String rambling = "I have been wondering about lots of things lately and ".repeat(12);
        assertThat(rambling.length()).isGreaterThan(QuestionAnswers.MAX_LENGTH);

        assertThat(answers.answer(SESSION, rambling).kind()).isEqualTo(QuestionAnswer.Kind.TOO_LONG);
        QuestionAnswer crisis = answers.answer(SESSION, rambling + " and I want to kill myself");
        assertThat(crisis.kind()).isEqualTo(QuestionAnswer.Kind.TOO_LONG);
        assertThat(crisis.crisisKind()).isEqualTo(CrisisKind.SUICIDE);
    }

    // ---- with a (scripted) model ----------------------------------------------------------------------------

    @Test
    void theModelsAnswerIsUsedWhenItGivesOne() {
        ScriptedModel model = new ScriptedModel();
        ModelAnswer.FoundItem pantry = new ModelAnswer.FoundItem("any-item", "four-greens", null);
        model.next(Optional.of(new ModelAnswer("The pantry at Four Greens may help.", List.of(pantry),
                ModelAnswer.Offer.CALLBACK)));

        QuestionAnswer answer = withModel(model).answer(SESSION, "where can I get cheap food");

        assertThat(model.asked).containsExactly(SESSION + "|KIOSK|where can I get cheap food");
        assertThat(answer.byModel()).isTrue();
        assertThat(answer.kind()).isEqualTo(QuestionAnswer.Kind.MODEL);
        assertThat(answer.text()).isEqualTo("The pantry at Four Greens may help.");
        assertThat(answer.items()).containsExactly(pantry);
        assertThat(answer.offer()).isEqualTo(ModelAnswer.Offer.CALLBACK);
    }

    @Test
    void anEmptyModelAnswerFallsBackToTheDeterministicOne() {
        ScriptedModel model = new ScriptedModel();
        model.next(Optional.empty());
        model.next(Optional.of(new ModelAnswer("  ", List.of(), ModelAnswer.Offer.NONE)));

        QuestionAnswer timedOut = withModel(model).answer(SESSION, "ring me back please");
        QuestionAnswer blank = withModel(model).answer(SESSION, "the cupboards are empty");

        assertThat(model.asked).hasSize(2);
        assertThat(timedOut.byModel()).isFalse();
        assertThat(timedOut.offer()).isEqualTo(ModelAnswer.Offer.CALLBACK);
        assertThat(blank.byModel()).isFalse();
        assertThat(blank.kind()).isEqualTo(QuestionAnswer.Kind.FOUND);
        assertThat(blank.items()).isNotEmpty();
    }

    @Test
    void crisisWordsNeverReachTheModel() {
        ScriptedModel model = new ScriptedModel();
        model.next(Optional.of(new ModelAnswer("Anything at all.", List.of(), ModelAnswer.Offer.NONE)));

        QuestionAnswer answer = withModel(model).answer(SESSION, "I want to end my life");

        assertThat(model.asked).isEmpty();
        assertThat(answer.crisis()).isTrue();
        assertThat(answer.byModel()).isFalse();
        assertThat(answer.crisisKind()).isEqualTo(CrisisKind.SUICIDE);
    }

    @Test
    void forgettingASessionForgetsItInTheModel() {
        ScriptedModel model = new ScriptedModel();

        withModel(model).forget(SESSION);

        assertThat(model.forgotten).containsExactly(SESSION);
    }

    private QuestionAnswers withModel(ModelAssistant model) {
        return new QuestionAnswers(crisisCheck, intents, search, model);
    }

    /** A configured model that gives the answers it is told to, in turn, and keeps what it was asked. */
    static final class ScriptedModel implements ModelAssistant {
        final List<String> asked = new ArrayList<>();
        final List<String> forgotten = new ArrayList<>();
        private final Deque<Optional<ModelAnswer>> script = new ArrayDeque<>();

        void next(Optional<ModelAnswer> answer) {
            script.add(answer);
        }

        @Override
        public Optional<ModelAnswer> answer(String conversationId, AssistantChannel channel, String text) {
            asked.add(conversationId + "|" + channel + "|" + text);
            return script.isEmpty() ? Optional.empty() : script.remove();
        }

        @Override
        public void forget(String conversationId) {
            forgotten.add(conversationId);
        }

        @Override
        public boolean configured() {
            return true;
        }
    }
}
