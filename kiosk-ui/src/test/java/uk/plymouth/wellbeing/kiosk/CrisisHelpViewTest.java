package uk.plymouth.wellbeing.kiosk;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import uk.plymouth.wellbeing.signposting.crisis.CrisisKind;
import uk.plymouth.wellbeing.signposting.crisis.CrisisLines;

/**
 * The crisis help on the results and "Ask a question" screens, without a browser (Karibu-Testing), over the real app
 * and the bundled crisis lines: the first thing under the heading, the lines for the kind of danger in the kiosk's
 * language, kept (not announced again) while it says the same, and its button asks for an urgent call.
 */
@SpringBootTest
@ActiveProfiles("test")
class CrisisHelpViewTest {

    static final Locale POLISH = Locale.forLanguageTag("pl");

    @Autowired
    ApplicationContext context;

    @Autowired
    CrisisLines lines;

    @BeforeEach
    void setUp() {
        Routes routes = new Routes(Set.<Class<? extends Component>>of(HomeView.class, ResultsView.class,
                AskView.class, DetailView.class, WhatsOnView.class, CallMeView.class), Set.of(), true);
        Function0<UI> uiFactory = MockedUI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("hub", "four-greens")));
        expectView(HomeView.class);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    // ---------------------------------------------------------------- results

    @Test
    void suicidalWordsPutTheSuicideLinesFirstUnderTheHeadingAboveSearchChipsAndResults() {
        ResultsView results = search("i want to end my life");

        CrisisHelp help = _get(results, CrisisHelp.class);
        assertThat(results.getChildren().toList()).as("heading, help, then the search box, chips and results")
                .containsExactly(results.heading, help, results.searchBox, results.chips, results.results);
        assertThat(help.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(title(help)).isEqualTo("You do not have to face this alone");
        assertThat(lineTexts(help)).isEqualTo(lines.panel(CrisisKind.SUICIDE, Locale.UK).lines())
                .startsWith("Samaritans: call 116 123, free, any time, day or night.")
                .contains("Shout: text SHOUT to 85258, free, any time.", "If your life is in danger now, call 999.")
                .endsWith("You can also tell a member of staff here at the hub now.");
        assertThat(help.title.getElement().hasAttribute("lang")).as("the same language as the page").isFalse();
        assertThat(help.callMe.getText()).isEqualTo("Ask us to call you as soon as we can");
        assertThat(_find(results.results, ResultCard.class)).as("the results stay, below the help").isNotEmpty();
    }

    @Test
    void inPolishPolishCrisisWordsGetThePolishLines() {
        _setValue(_get(KioskLayout.class).language, POLISH);

        ResultsView results = search("nie chcę żyć");

        CrisisHelp help = _get(results, CrisisHelp.class);
        assertThat(results.indexOf(help)).isEqualTo(results.indexOf(results.heading) + 1);
        assertThat(help.panel.language()).isEqualTo("pl");
        assertThat(title(help)).isEqualTo("Nie musisz radzić sobie z tym sam");
        assertThat(lineTexts(help)).isEqualTo(lines.panel(CrisisKind.SUICIDE, POLISH).lines())
                .startsWith("Samaritans: zadzwoń pod 116 123, bezpłatnie, o każdej porze dnia i nocy.")
                .endsWith("Możesz też od razu powiedzieć o tym pracownikowi centrum.");
        assertThat(help.title.getElement().hasAttribute("lang")).as("the same language as the page").isFalse();
        assertThat(help.callMe.getText()).isEqualTo("Poproś, żebyśmy zadzwonili do Ciebie jak najszybciej");
    }

    @Test
    void dangerFromAnotherPersonPuts999First() {
        ResultsView results = search("hes outside my door with a knife");

        CrisisHelp help = _get(results, CrisisHelp.class);
        assertThat(results.indexOf(help)).isEqualTo(results.indexOf(results.heading) + 1);
        assertThat(title(help)).isEqualTo("If you are in danger, call 999 now");
        assertThat(lineTexts(help).get(0)).isEqualTo("Call 999 now if you are in danger.");
        assertThat(lineTexts(help)).isEqualTo(lines.panel(CrisisKind.DANGER, Locale.UK).lines());
    }

    @Test
    void theSamePanelStaysWhileItSaysTheSameSoItIsAnnouncedOnce() {
        ResultsView results = search("i want to end my life");
        CrisisHelp help = _get(results, CrisisHelp.class);

        _click(_get(results.chips, Button.class, spec -> spec.withText("This hub")));
        assertThat(_get(results, CrisisHelp.class)).as("a filter changed: the same panel, not a new alert")
                .isSameAs(help);

        results.searchBox.field.setValue("hes outside my door with a knife");
        _click(results.searchBox.search);
        CrisisHelp danger = _get(results, CrisisHelp.class);
        assertThat(danger).as("another kind of danger: new lines").isNotSameAs(help);
        assertThat(title(danger)).isEqualTo("If you are in danger, call 999 now");

        results.searchBox.field.setValue("food bank");
        _click(results.searchBox.search);
        assertThat(_find(results, CrisisHelp.class)).isEmpty();
    }

    @Test
    void theCallButtonAsksForAnUrgentCall() {
        ResultsView results = search("i want to end my life");

        _click(_get(results, CrisisHelp.class).callMe);

        expectView(CallMeView.class);
        assertThat(context.getBean(KioskState.class).callMe().isUrgent()).isTrue();
    }

    // ---------------------------------------------------------------- ask

    @Test
    void askingInCrisisWordsPutsTheHelpUnderTheHeadingAboveTheQuestionAndAnswer() {
        AskView ask = ask("i want to kill myself");

        CrisisHelp help = _get(ask, CrisisHelp.class);
        assertThat(ask.indexOf(help)).isEqualTo(ask.indexOf(ask.heading) + 1);
        assertThat(ask.indexOf(help)).isLessThan(ask.indexOf(ask.answer));
        assertThat(lineTexts(help)).isEqualTo(lines.panel(CrisisKind.SUICIDE, Locale.UK).lines());
        assertThat(_find(ask.answer, CrisisHelp.class)).as("not inside the answer's live region").isEmpty();

        _click(help.callMe);
        expectView(CallMeView.class);
        assertThat(context.getBean(KioskState.class).callMe().isUrgent()).isTrue();
    }

    @Test
    void askingInPolishGetsThePolishLines() {
        _setValue(_get(KioskLayout.class).language, POLISH);

        AskView ask = ask("chcę się zabić");

        CrisisHelp help = _get(ask, CrisisHelp.class);
        assertThat(ask.indexOf(help)).isEqualTo(ask.indexOf(ask.heading) + 1);
        assertThat(title(help)).isEqualTo("Nie musisz radzić sobie z tym sam");
        assertThat(lineTexts(help)).isEqualTo(lines.panel(CrisisKind.SUICIDE, POLISH).lines());
    }

    @Test
    void anOrdinaryQuestionAfterACrisisOneTakesTheHelpAway() {
        AskView ask = ask("i want to kill myself");
        assertThat(_find(ask, CrisisHelp.class)).hasSize(1);

        _setValue(ask.question, "the cupboards are empty");
        _click(ask.ask);

        assertThat(_find(ask, CrisisHelp.class)).isEmpty();
    }

    // ---------------------------------------------------------------- the panel itself

    @Test
    void linesInAnotherLanguageThanThePageAreMarkedWithTheirs() {
        CrisisHelp help = new CrisisHelp(new CrisisLines.Panel("Tytuł", List.of("Linia"), "pl"), Locale.UK, () -> {
        });

        assertThat(help.title.getElement().getAttribute("lang")).isEqualTo("pl");
        assertThat(help.lines.getElement().getAttribute("lang")).isEqualTo("pl");
        assertThat(help.getElement().hasAttribute("lang")).as("the button's words are the page's").isFalse();
        assertThat(help.callMe.getElement().hasAttribute("lang")).isFalse();
    }

    // ---------------------------------------------------------------- helpers

    private static ResultsView search(String words) {
        HomeView home = _get(HomeView.class);
        _setValue(home.searchBox.field, words);
        _click(home.searchBox.search);
        expectView(ResultsView.class);
        return _get(ResultsView.class);
    }

    private static AskView ask(String words) {
        UI.getCurrent().navigate(AskView.class);
        AskView ask = _get(AskView.class);
        _setValue(ask.question, words);
        _click(ask.ask);
        return ask;
    }

    private static String title(CrisisHelp help) {
        return help.title.getElement().getTextRecursively();
    }

    private static List<String> lineTexts(CrisisHelp help) {
        return _find(help.lines, Paragraph.class).stream().map(Paragraph::getText).toList();
    }
}
