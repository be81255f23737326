package uk.plymouth.wellbeing.kiosk;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentPath;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import uk.plymouth.wellbeing.HubApplication;
import uk.plymouth.wellbeing.signposting.assistant.AssistantChannel;
import uk.plymouth.wellbeing.signposting.assistant.ModelAnswer;
import uk.plymouth.wellbeing.signposting.assistant.ModelAssistant;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.conversation.QuestionAnswer;

/**
 * "Ask a question" driven as a resident would, without a browser (Karibu-Testing), over the real app and sample
 * content. The language model is a scripted stand-in behind the {@link ModelAssistant} interface: it gives nothing
 * (so the kiosk answers as it does without a model) unless a test scripts an answer, and it records what it was
 * asked and told to forget.
 */
@SpringBootTest
@ActiveProfiles("test")
class AskViewTest {

    static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 24, 10, 0, 0, 0, HubApplication.PLYMOUTH);
    static final String FOUR_GREENS = "four-greens";

    @TestConfiguration
    static class FixedClockAndScriptedModel {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW.toInstant(), HubApplication.PLYMOUTH);
        }

        @Bean
        @Primary
        ScriptedModel scriptedModel() {
            return new ScriptedModel();
        }
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    ScriptedModel model;

    @Autowired
    Catalogue catalogue;

    @BeforeEach
    void setUp() {
        model.reset();
        Routes routes = new Routes(Set.<Class<? extends Component>>of(HomeView.class, AskView.class,
                ResultsView.class, DetailView.class, WhatsOnView.class, CallMeView.class), Set.of(), true);
        Function0<UI> uiFactory = MockedUI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
        UI.getCurrent().navigate(WhatsOnView.class);
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("hub", FOUR_GREENS)));
        expectView(HomeView.class);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void homeHasALargeAskAQuestionButton() {
        HomeView home = _get(HomeView.class);
        assertThat(home.askQuestion.getText()).isEqualTo("Ask a question");

        _click(home.askQuestion);

        AskView ask = _get(AskView.class);
        assertThat(getCurrentPath()).isEqualTo("ask");
        assertThat(ask.heading.getText()).isEqualTo("Ask a question");
        assertThat(ask.question.getElement().getAttribute("data-keyboard")).isEqualTo("text");
        assertThat(ask.answer.getElement().getAttribute("aria-live")).isEqualTo("polite");
        assertThat(ask.answer.getChildren()).isEmpty();
    }

    @Test
    void emptyCupboardsAreAnsweredInWordsAndFoodCardsThatOpenTheirDetails() {
        AskView ask = openAsk();

        askByButton(ask, "the cupboards are empty");

        assertThat(ask.answerText.getText())
                .isEqualTo("These may help. Tap one to see its details, when it is on and how to get there.");
        assertThat(_find(ask, CrisisHelp.class)).isEmpty();
        assertThat(ask.byModel.isAttached()).isFalse();
        List<ResultCard> cards = _find(ask.cards, ResultCard.class);
        assertThat(cards).hasSizeBetween(1, 3);
        assertThat(cards).anySatisfy(card -> assertThat(catalogue.item(id(card)).orElseThrow().category())
                .isEqualTo(Category.FOOD));
        // without a model the question went to it (configured) and it gave nothing: the kiosk answered itself
        assertThat(model.asked).hasSize(1);

        String first = id(cards.get(0));
        _fireDomEvent(cards.get(0), "click");
        expectView(DetailView.class);
        assertThat(getCurrentPath()).isEqualTo("service/" + first + "?from=ask");

        _click(_get(DetailView.class).back);
        expectView(AskView.class);
        assertThat(_get(AskView.class).answerText.getText()).as("back to the answer, not home")
                .startsWith("These may help.");
    }

    @Test
    void enterAsksToo() {
        AskView ask = openAsk();

        pressEnter(ask, " ring me back please ");

        assertThat(state().askedQuestion()).isEqualTo("ring me back please");
        assertThat(ask.callMe.isAttached()).isTrue();
        assertThat(ask.answerText.getText()).startsWith("We can ring you back.");
    }

    @Test
    void aCallbackOfferOpensAskUsToCallYouWithTheirQuestion() {
        AskView ask = openAsk();
        askByButton(ask, "ring me back please");

        _click(ask.callMe);

        expectView(CallMeView.class);
        assertThat(state().callMe().aboutText()).isEqualTo("ring me back please");
        assertThat(state().callMe().isUrgent()).isFalse();
    }

    @Test
    void crisisWordsShowTheCrisisLinesFirstAndNeverReachTheModel() {
        AskView ask = openAsk();

        askByButton(ask, "I want to kill myself");

        CrisisHelp help = _get(ask, CrisisHelp.class);
        assertThat(ask.indexOf(help)).as("straight under the heading, above the question and the answer")
                .isEqualTo(ask.indexOf(ask.heading) + 1).isLessThan(ask.indexOf(ask.answer));
        assertThat(model.asked).isEmpty();
        assertThat(ask.callMe.isAttached()).as("one call button, the urgent one").isFalse();

        _click(help.callMe);
        expectView(CallMeView.class);
        assertThat(state().callMe().isUrgent()).isTrue();
    }

    @Test
    void aModelsAnswerIsShownWithANoteToCheckWithStaff() {
        String pantry = "fg-community-pantry";
        assertThat(catalogue.item(pantry)).isPresent();
        model.next(new ModelAnswer("The community pantry at Four Greens may help.",
                List.of(new ModelAnswer.FoundItem(pantry, FOUR_GREENS, null)), ModelAnswer.Offer.NONE));
        AskView ask = openAsk();

        askByButton(ask, "where can I get cheap food");

        assertThat(model.asked).containsExactly(state().askId() + "|KIOSK|where can I get cheap food");
        assertThat(ask.answerText.getText()).isEqualTo("The community pantry at Four Greens may help.");
        assertThat(ask.byModel.isAttached()).isTrue();
        assertThat(ask.byModel.getText()).isEqualTo("Answered by our assistant; check details with hub staff.");
        assertThat(_find(ask.cards, ResultCard.class)).extracting(AskViewTest::id).containsExactly(pantry);
    }

    @Test
    void theLastAnswerIsThereOnComingBackButTheEndOfTheSessionForgetsTheConversation() {
        AskView ask = openAsk();
        askByButton(ask, "the cupboards are empty");
        String askId = state().askId();
        assertThat(UUID.fromString(askId)).as("a random id, nothing about the resident").isNotNull();

        UI.getCurrent().navigate(HomeView.class);
        UI.getCurrent().navigate(AskView.class);
        AskView again = _get(AskView.class);
        assertThat(again.question.getValue()).isEqualTo("the cupboards are empty");
        assertThat(_find(again.cards, ResultCard.class)).isNotEmpty();
        assertThat(model.forgotten).isEmpty();

        // the session ending ("Start again", the idle reset, a time-out) destroys its session-scoped beans as
        // Spring does here: KioskState's @PreDestroy
        context.getAutowireCapableBeanFactory().destroyBean(state());

        assertThat(model.forgotten).containsExactly(askId);
    }

    @Test
    void askingForASurveyOffersTheWellbeingSurvey() {
        AskView ask = openAsk();

        askByButton(ask, "can I do the wellbeing survey");

        assertThat(ask.survey.isAttached()).isTrue();
        assertThat(ask.survey.getText()).isEqualTo("Tell us how you are");
        assertThat(ask.callMe.isAttached()).isFalse();
    }

    @Test
    void everyAnswerOurOwnWordsCanGiveHasEnglishAndPolishWords() throws java.io.IOException {
        Set<String> english = keys("/i18n/kiosk.properties");
        Set<String> polish = keys("/i18n/kiosk_pl.properties");
        for (QuestionAnswer.Kind kind : QuestionAnswer.Kind.values()) {
            if (kind != QuestionAnswer.Kind.MODEL) {
                String key = "kiosk.ask.answer." + kind.name().toLowerCase(java.util.Locale.ROOT);
                assertThat(english).as("English").contains(key);
                assertThat(polish).as("Polish").contains(key);
            }
        }
        assertThat(polish).containsAll(english.stream().filter(key -> key.startsWith("kiosk.ask.")).toList());
    }

    // ---------------------------------------------------------------- helpers

    private static Set<String> keys(String bundle) throws java.io.IOException {
        java.util.Properties properties = new java.util.Properties();
        try (var in = new java.io.InputStreamReader(AskViewTest.class.getResourceAsStream(bundle),
                java.nio.charset.StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties.stringPropertyNames();
    }

    private static AskView openAsk() {
        _click(_get(HomeView.class).askQuestion);
        return _get(AskView.class);
    }

    private static void askByButton(AskView ask, String words) {
        _setValue(ask.question, words);
        _click(ask.ask);
        awaitAnswer(ask);
    }

    /**
     * With a model configured the answer comes from another thread and is pushed: until then the screen says it is
     * looking and Ask is off. Runs the pushed changes as a browser round trip would.
     */
    private static void awaitAnswer(AskView ask) {
        long giveUp = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (!ask.ask.isEnabled() && System.nanoTime() < giveUp) {
            assertThat(ask.waiting.isAttached()).as("the screen says it is looking").isTrue();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            MockVaadin.clientRoundtrip();
        }
        assertThat(ask.ask.isEnabled()).as("answered").isTrue();
    }

    /** Enter as the browser sends it: the keydown, filtered in the browser, with the text as typed. */
    private static void pressEnter(AskView ask, String typed) {
        elemental.json.JsonObject data = elemental.json.Json.createObject();
        data.put(AskView.TYPED, typed);
        data.put("event.key === 'Enter'", true);
        _fireDomEvent(ask.question, "keydown", data);
        awaitAnswer(ask);
    }

    private KioskState state() {
        return context.getBean(KioskState.class);
    }

    private static String id(ResultCard card) {
        return card.getElement().getAttribute("data-item");
    }

    /** A configured model that gives only what a test scripts, and keeps what it was asked and told to forget. */
    static final class ScriptedModel implements ModelAssistant {
        final List<String> asked = new ArrayList<>();
        final List<String> forgotten = new ArrayList<>();
        private final Deque<ModelAnswer> script = new ArrayDeque<>();

        void next(ModelAnswer answer) {
            script.add(answer);
        }

        void reset() {
            asked.clear();
            forgotten.clear();
            script.clear();
        }

        @Override
        public synchronized Optional<ModelAnswer> answer(String conversationId, AssistantChannel channel,
                String text) {
            asked.add(conversationId + "|" + channel + "|" + text);
            return Optional.ofNullable(script.poll());
        }

        @Override
        public synchronized void forget(String conversationId) {
            forgotten.add(conversationId);
        }

        @Override
        public boolean configured() {
            return true;
        }
    }
}
