package uk.plymouth.wellbeing.kiosk;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * "Something wrong with this?" on the kiosk, without a browser (Karibu-Testing) over the real app and the bundled
 * content, at a Four Greens kiosk: when the details were checked, the big choices, a few words on the on-screen
 * keyboard, the thanks naming the hub, and the report as staff will get it (no one's number in it). Shares its context
 * with {@code CrisisHelpViewTest}.
 */
@SpringBootTest
@ActiveProfiles("test")
class ProblemReportViewTest {

    static final Locale POLISH = Locale.forLanguageTag("pl");

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void atAFourGreensKiosk() {
        Routes routes = new Routes(Set.<Class<? extends Component>>of(HomeView.class, DetailView.class,
                ProblemReportView.class), Set.of(), true);
        Function0<UI> uiFactory = MockedUI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("hub", "four-greens")));
        expectView(HomeView.class);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void theDetailsSayWhenTheyWereCheckedAndOfferToSaySomethingIsWrong() {
        DetailView details = openDetails("fg-emergency-food");

        assertThat(details.checked.getText()).isEqualTo("Details checked in November 2026");
        assertThat(details.wrong.getText()).isEqualTo("Something wrong with this?");
        assertThat(details.wrong.isAttached()).isTrue();

        _click(details.wrong);

        ProblemReportView report = _get(ProblemReportView.class);
        assertThat(report.heading.getText()).isEqualTo("What is wrong with Emergency food parcels?");
        assertThat(report.choices).extracting(Button::getText).containsExactly("It has closed",
                "The time is wrong", "The phone number does not work", "Something else");
        assertThat(report.choices).allSatisfy(choice -> assertThat(choice.isAttached()).isTrue());
        assertThat(report.getElement().getTextRecursively()).contains("We do not ask for your name or number.");
    }

    @Test
    void anActivityWhoseFileGivesNoCheckedDateSaysNothingOfItButCanStillBeReported() {
        DetailView details = openDetails("fg-job-club");

        assertThat(details.checked.isVisible()).isFalse();
        _click(details.wrong);
        ProblemReportView report = _get(ProblemReportView.class);
        _click(report.choices.get(1));
        _click(report.send);
        assertThat(latestAbout("fg-job-club")).containsEntry("hub_id", "four-greens")
                .containsEntry("kind", "WRONG_TIME");
    }

    @Test
    void aResidentSaysItHasClosedInAFewWordsAndIsThankedForTheHubWhoseStaffWillCheck() {
        ProblemReportView report = openReport("fg-debt-advice");
        _click(report.choices.get(0));

        assertThat(report.heading.getText()).isEqualTo("Anything else to tell us?");
        assertThat(_get(report, Paragraph.class, spec -> spec.withClasses("kiosk-problem-chosen")).getText())
                .isEqualTo("You said: It has closed");
        assertThat(report.note.isAttached()).isTrue();
        assertThat(report.note.getElement().getAttribute("data-keyboard")).as("the on-screen keyboard")
                .isEqualTo("text");
        assertThat(report.note.getLabel()).isEqualTo("A few words about what is wrong (you do not have to)");
        _setValue(report.note, "Locked on Tuesday morning. Ring me on 07700 900123");

        _click(report.send);

        assertThat(report.heading.getText()).isEqualTo("Thank you");
        assertThat(report.thanks.getText()).isEqualTo("Thank you. Staff at Four Greens Wellbeing and Family Hub will"
                + " check it.");
        assertThat(report.thanks.getElement().getAttribute("role")).isEqualTo("status");
        Map<String, Object> stored = latestAbout("fg-debt-advice");
        assertThat(stored).containsEntry("hub_id", "four-greens").containsEntry("kind", "CLOSED")
                .containsEntry("channel", "KIOSK").containsEntry("status", "OPEN")
                .containsEntry("note", "Locked on Tuesday morning. Ring me on [phone number removed]");
        assertThat(report.note.getValue()).as("forgotten at once").isEmpty();
    }

    @Test
    void noWordsAreNeededAndBackGoesFromTheWordsToTheChoicesThenToTheDetails() {
        ProblemReportView report = openReport("fg-housing-advice");
        _click(report.choices.get(2));
        _click(report.back);
        assertThat(report.heading.getText()).isEqualTo("What is wrong with Housing and tenancy advice?");
        _click(report.choices.get(1));
        _click(report.send);
        assertThat(latestAbout("fg-housing-advice")).containsEntry("kind", "WRONG_TIME").containsEntry("note", null);

        report = openReport("fg-housing-advice");
        _click(report.back);
        expectView(DetailView.class);
    }

    @Test
    void inPolishEveryWordOfItIsPolish() {
        _setValue(_get(KioskLayout.class).language, POLISH);
        DetailView details = openDetails("fg-emergency-food");
        assertThat(details.checked.getText()).isEqualTo("Informacje sprawdzone: listopad 2026");
        assertThat(details.wrong.getText()).isEqualTo("Coś się nie zgadza?");

        _click(details.wrong);
        ProblemReportView report = _get(ProblemReportView.class);
        assertThat(report.heading.getText()).isEqualTo("Co jest nie tak z wpisem „Emergency food parcels”?");
        assertThat(report.choices).extracting(Button::getText).containsExactly("Zostało zamknięte",
                "Godzina się nie zgadza", "Numer telefonu nie działa", "Coś innego");
        _click(report.choices.get(3));
        assertThat(report.send.getText()).isEqualTo("Wyślij");
        _click(report.send);
        assertThat(report.thanks.getText()).isEqualTo("Dziękujemy. Pracownicy centrum Four Greens Wellbeing and"
                + " Family Hub to sprawdzą.");
    }

    private static DetailView openDetails(String itemId) {
        UI.getCurrent().navigate(DetailView.href(itemId));
        return _get(DetailView.class);
    }

    private static ProblemReportView openReport(String itemId) {
        UI.getCurrent().navigate(ProblemReportView.href(itemId));
        return _get(ProblemReportView.class);
    }

    private Map<String, Object> latestAbout(String itemId) {
        List<Map<String, Object>> rows = jdbc.queryForList("select * from problem_report where item_id = ?"
                + " order by reported_at desc", itemId);
        assertThat(rows).isNotEmpty();
        return rows.get(0);
    }
}
