package uk.plymouth.wellbeing.kiosk.survey;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentPath;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.test.context.ActiveProfiles;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.survey.Survey;
import uk.plymouth.wellbeing.signposting.survey.SurveyDefinitions;

/**
 * "How are you feeling?" driven as a resident would, without a browser (Karibu-Testing), over the real app, the
 * bundled survey files and the real survey storage on the test H2 database: each test reads back what was stored.
 */
@SpringBootTest
@ActiveProfiles("test")
class SurveyViewTest {

    static final String FOUR_GREENS = "four-greens";
    static final List<String> OPTIONS = List.of("None of the time", "Rarely", "Some of the time", "Often",
            "All of the time");

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        Routes routes = KioskRoutes.withSurveys();
        Function0<UI> uiFactory = MockedUI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("hub", FOUR_GREENS)));
        assertThat(path()).isEmpty();
    }

    @BeforeEach
    void noResponsesYet() {
        for (String table : List.of("survey_follow_up", "survey_answer", "survey_response")) {
            jdbc.update("delete from " + table);
        }
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    // ---------------------------------------------------------------- consent

    @Test
    void homeAsksHowYouAreFeelingAndConsentComesFirst() {
        _click(button("How are you feeling?"));

        expectStep("start");
        assertThat(view().heading.getText()).isEqualTo("How you have been feeling");
        assertThat(paragraphs()).anyMatch(p -> p.startsWith("7 short statements"))
                .anyMatch(p -> p.startsWith("Answering is up to you"));
        assertThat(view().attribution.getText()).as("the SWEMWBS copyright line is shown with the survey")
                .startsWith("Short Warwick Edinburgh Mental Wellbeing Scale (SWEMWBS) © NHS Health Scotland");
        assertThat(view().start.agree.getText()).isEqualTo("I agree, start");
        assertThat(view().questions.question).as("no question before consent").isNull();

        _click(view().start.agree);
        expectStep("1");
    }

    @Test
    void noThanksGoesHomeAndNothingIsKept() {
        _click(button("How are you feeling?"));
        _click(view().start.noThanks);

        assertThat(path()).isEmpty();
        assertThat(progress().survey()).isNull();
        assertThat(storedCount()).isZero();
    }

    @Test
    void theVisitSurveyIsOfferedFromHomeButNeverTheStaffSurvey() {
        _click(button("Tell us what you think of this hub"));
        expectStep("resident-satisfaction", "start");

        UI.getCurrent().navigate("survey/staff-satisfaction/start");
        assertThat(path()).as("staff satisfaction is not asked on the kiosk").isEmpty();
        UI.getCurrent().navigate("survey/no-such-survey/1");
        assertThat(path()).isEmpty();
    }

    // ---------------------------------------------------------------- one question per screen

    @Test
    void oneQuestionPerScreenWithProgressInWordsAndBigAnswerButtons() {
        agreeToSwemwbs();

        assertThat(view().progressText.getText()).isEqualTo("Question 1 of 7");
        assertThat(view().progressText.getParent().orElseThrow().getElement().getAttribute("aria-live"))
                .isEqualTo("polite");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Question 1 of 7 - ");
        assertThat(view().heading.getText()).isEqualTo("I've been feeling optimistic about the future");
        assertThat(paragraphs()).anyMatch(p -> p.startsWith("Below are some statements about feelings"));
        assertThat(form().choices).extracting(Button::getText).containsExactlyElementsOf(OPTIONS);
        assertThat(form().choices).allMatch(b -> "false".equals(b.getElement().getAttribute("aria-pressed")));
        assertThat(view().questions.skip.isAttached()).as("every SWEMWBS statement must be answered").isFalse();

        _click(form().choice(4));
        expectStep("2");
        assertThat(view().progressText.getText()).isEqualTo("Question 2 of 7");
        assertThat(view().heading.getText()).isEqualTo("I've been feeling useful");
    }

    @Test
    void backKeepsTheAnswerAndShowsWhichWasChosen() {
        agreeToSwemwbs();
        _click(form().choice(4));
        _click(form().choice(2));
        expectStep("3");

        _click(view().back);
        expectStep("2");
        assertThat(form().choice(2).getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(form().choice(4).getElement().getAttribute("aria-pressed")).isEqualTo("false");
        _click(view().back);
        _click(view().back);
        expectStep("start");
        _click(view().start.agree);
        assertThat(form().choice(4).getElement().getAttribute("aria-pressed")).isEqualTo("true");
    }

    @Test
    void jumpingAheadByAddressGoesBackToWhereTheyAre() {
        UI.getCurrent().navigate("survey/swemwbs/5");
        expectStep("start");
        UI.getCurrent().navigate("survey/swemwbs/check");
        expectStep("start");
        UI.getCurrent().navigate("survey/swemwbs/result");
        expectStep("start");

        _click(view().start.agree);
        _click(form().choice(3));
        _click(form().choice(3));
        UI.getCurrent().navigate("survey/swemwbs/6");
        expectStep("3");
        UI.getCurrent().navigate("survey/swemwbs/check");
        expectStep("3");
        UI.getCurrent().navigate("survey/swemwbs/99");
        expectStep("start");
    }

    @Test
    void anOptionalQuestionCanBeSkippedAndATooLongAnswerIsRefusedClearly() {
        _click(button("Tell us what you think of this hub"));
        _click(view().start.agree);
        _click(form().choice(1));
        assertThat(view().questions.skip.isAttached()).isFalse();
        _click(form().choice(4));
        _click(form().choice(5));
        _click(form().choice(1));
        expectStep("resident-satisfaction", "5");
        assertThat(view().questions.skip.isAttached()).as("the comment is optional").isTrue();
        assertThat(form().words).isNotNull();
        assertThat(form().words.getElement().getAttribute("data-keyboard")).isEqualTo("text");

        _setValue(form().words, "x".repeat(301));
        _click(view().questions.next);
        expectStep("resident-satisfaction", "5");
        assertThat(view().problem.isAttached()).isTrue();
        assertThat(view().problem.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(_get(view().problem, Paragraph.class).getText())
                .isEqualTo("Please keep your answer to 300 characters or fewer (yours has 301)");
        assertThat(form().words.getValue()).as("what was typed is kept").hasSize(301);
        assertThat(form().words.isInvalid()).isTrue();

        _click(view().questions.skip);
        expectStep("resident-satisfaction", "check");
        assertThat(summary()).as("a visit survey measures no change: no follow-up offered").hasSize(5)
                .doesNotContainKey("Text me in 8 weeks to ask again").containsEntry("Is there anything we could do better? (You can leave this blank.)",
                "Skipped");
        _click(view().checking.send);
        expectStep("resident-satisfaction", "result");
        Map<String, Object> saved = stored();
        assertThat(saved.get("survey_id")).isEqualTo("resident-satisfaction");
        assertThat(saved.get("raw_score")).as("not scored").isNull();
        assertThat(answers()).hasSize(4).containsOnlyKeys("found-help", "welcome", "overall", "recommend");
        assertThat(view().results.result.offers).as("a visit survey offers no support links").isNull();
    }

    // ---------------------------------------------------------------- check, record, result

    @Test
    void theCheckPageListsEveryAnswerAndChangeComesBackToIt() {
        agreeToSwemwbs();
        answerAll(4);
        expectStep("check");
        assertThat(view().heading.getText()).isEqualTo("Check your answers");
        assertThat(summary()).hasSize(8).containsEntry("I've been feeling relaxed", "Often")
                .containsEntry("Text me in 8 weeks to ask again", "No thanks");
        assertThat(storedCount()).as("nothing is recorded before Send").isZero();

        _click(view().checking.check.changeLinks.get(2));
        expectStep("3");
        _click(form().choice(2));
        expectStep("check");
        assertThat(summary()).containsEntry("I've been feeling relaxed", "Rarely");
        _click(view().back);
        expectStep("follow-up");
        _click(view().back);
        expectStep("7");
    }

    @Test
    void aLowScoreIsRecordedAndOffersSupportAndACall() {
        agreeToSwemwbs();
        answerAll(1);
        _click(view().checking.send);

        expectStep("result");
        Map<String, Object> saved = stored();
        assertThat(saved.get("survey_id")).isEqualTo("swemwbs");
        assertThat(saved.get("version")).isEqualTo(1);
        assertThat(saved.get("fingerprint")).isEqualTo(swemwbs().fingerprint());
        assertThat(saved.get("channel")).isEqualTo("KIOSK");
        assertThat(saved.get("hub_id")).isEqualTo(FOUR_GREENS);
        assertThat(saved.get("language")).isEqualTo("en");
        assertThat(saved.get("raw_score")).isEqualTo(7);
        assertThat((BigDecimal) saved.get("metric_score")).isEqualByComparingTo("7.00");
        assertThat(saved.get("band_id")).isEqualTo("lower");
        assertThat(saved.get("follow_up_key")).as("No thanks: anonymous").isNull();
        assertThat(saved.get("entered_by")).isNull();
        assertThat(answers()).containsOnlyKeys("optimistic", "useful", "relaxed", "dealing-with-problems",
                "thinking-clearly", "close-to-others", "own-mind").containsValues(1);
        assertThat(followUps()).as("No thanks books no follow-up").isEmpty();
        assertThat(view().results.result.followUp).isNull();

        assertThat(view().results.result.message).extracting(Paragraph::getText).contains("Thank you for answering.")
                .anyMatch(p -> p.startsWith("Your score is 7.00 out of 35. That is lower than most adults score.")
                        && p.contains("It is not a diagnosis"));
        assertThat(view().attribution.isAttached()).as("the copyright line is shown with the results").isTrue();
        assertThat(view().attribution.getText()).contains("(SWEMWBS) © NHS Health Scotland");
        assertThat(view().results.result.topics).extracting(b -> b.getElement().getAttribute("data-category"))
                .containsExactly(Category.MENTAL_HEALTH.id(), Category.SOCIAL_ACTIVITIES.id());
        assertThat(view().results.result.callMe.getText()).isEqualTo("Ask us to call you");

        _click(view().results.result.callMe);
        assertThat(path()).isEqualTo("call-me/name");
        _click(button("Back"));
        expectStep("result");
        _click(view().results.result.topics.get(0));
        assertThat(path()).isEqualTo("results");
    }

    @Test
    void aMiddleScoreIsSaidKindlyWithoutOffers() {
        agreeToSwemwbs();
        answerAll(4);
        _click(view().checking.send);

        expectStep("result");
        assertThat(view().results.result.message).extracting(Paragraph::getText)
                .anyMatch(p -> p.startsWith("Your score is 25.03 out of 35. That is about the same as most adults."));
        assertThat(view().results.result.offers).isNull();
        assertThat(view().attribution.isAttached()).isTrue();
        assertThat(view().results.visitSurvey.isAttached()).isTrue();

        UI.getCurrent().navigate("survey/swemwbs/4");
        expectStep("result");
        _click(view().results.finish);
        assertThat(path()).isEmpty();
        assertThat(progress().receipt()).isNull();
        assertThat(storedCount()).as("recorded once").isEqualTo(1);
    }

    // ---------------------------------------------------------------- follow-up

    @Test
    void theFollowUpQuestionSaysWhatIsKeptAndNoThanksComesFirst() {
        agreeToSwemwbs();
        for (int i = 1; i <= 7; i++) {
            _click(form().choice(3));
        }

        expectStep("follow-up");
        assertThat(view().heading.getText())
                .isEqualTo("Would you like us to text you in 8 weeks to ask again, so you can see what has changed?");
        assertThat(paragraphs()).contains(
                "We keep your number only to send that one text, then delete it. Text STOP at any time.");
        SurveyFollowUpQuestion question = view().followUp.question;
        assertThat(question.noThanks.getText()).isEqualTo("No thanks");
        assertThat(question.noThanks.getThemeNames()).contains("primary", "large");
        assertThat(question.yes.getText()).isEqualTo("Yes, text me");
        assertThat(question.number.isVisible()).as("no number asked for until they say yes").isFalse();

        _click(question.yes);
        assertThat(question.number.isVisible()).isTrue();
        assertThat(question.yes.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(question.phone.getLabel()).isEqualTo("Mobile number");
        assertThat(question.phone.getElement().getAttribute("data-keyboard")).as("the kiosk's number pad")
                .isEqualTo("phone");
        _click(view().back);
        expectStep("7");
    }

    @Test
    void yesWithANumberThatCannotGetTextsShowsWhyAndKeepsWhatWasTyped() {
        answerSwemwbsUpToTheFollowUp();
        SurveyFollowUpQuestion question = view().followUp.question;
        _click(question.yes);
        _setValue(question.phone, "01752 304000");
        _click(question.next);

        expectStep("follow-up");
        assertThat(view().problem.isAttached()).isTrue();
        String why = "That looks like a landline number. We can only text mobile numbers, which start 07.";
        assertThat(_get(view().problem, Paragraph.class).getText()).isEqualTo(why);
        question = view().followUp.question;
        assertThat(question.phone.getValue()).isEqualTo("01752 304000");
        assertThat(question.phone.isInvalid()).isTrue();
        assertThat(question.phone.getErrorMessage()).isEqualTo(why);

        _setValue(question.phone, "0770");
        _click(question.next);
        assertThat(_get(view().problem, Paragraph.class).getText()).startsWith("That number has 4 digits.");
        assertThat(progress().followUpAnswered()).isFalse();
        assertThat(storedCount()).isZero();
    }

    @Test
    void yesWithAMobileNumberBooksOneFollowUpAndKeepsTheNumberOnlyThere() {
        answerSwemwbsUpToTheFollowUp();
        _click(view().followUp.question.yes);
        _setValue(view().followUp.question.phone, "07700 900123");
        _click(view().followUp.question.next);

        expectStep("check");
        assertThat(summary()).containsEntry("Text me in 8 weeks to ask again", "Yes, to 07700 900123");
        _click(view().checking.send);

        expectStep("result");
        assertThat(view().results.result.followUp.getText()).isEqualTo("We will text you in 8 weeks to ask again.");
        assertThat(progress().followUpPhone()).as("the kiosk session forgets the number once stored").isNull();
        Map<String, Object> saved = stored();
        assertThat(saved.get("channel")).isEqualTo("KIOSK");
        assertThat((String) saved.get("follow_up_key")).as("a keyed hash, not the number").hasSize(64)
                .doesNotContain("7700900123");
        List<Map<String, Object>> followUps = followUps();
        assertThat(followUps).hasSize(1);
        Map<String, Object> followUp = followUps.get(0);
        assertThat(followUp.get("state")).isEqualTo("PENDING");
        assertThat(followUp.get("phone")).isEqualTo("+447700900123");
        assertThat(followUp.get("survey_id")).isEqualTo("swemwbs");
        assertThat(followUp.get("response_id")).isEqualTo(saved.get("id"));
        assertThat(followUp.get("follow_up_key")).isEqualTo(saved.get("follow_up_key"));
        assertThat(instant(followUp.get("due_at")))
                .isEqualTo(instant(saved.get("answered_at")).plus(Duration.ofDays(56)));
        List<String> elsewhere = new ArrayList<>();
        jdbc.queryForList("select * from survey_response").forEach(row -> row.values().forEach(v -> elsewhere.add(
                String.valueOf(v))));
        jdbc.queryForList("select * from survey_answer").forEach(row -> row.values().forEach(v -> elsewhere.add(
                String.valueOf(v))));
        assertThat(elsewhere).as("the number is in survey_follow_up only").isNotEmpty()
                .noneMatch(v -> v.contains("7700900123") || v.contains("900123"));
        assertThat(jdbc.queryForObject("select count(*) from sms_outbox", Integer.class))
                .as("nothing is texted now").isZero();
    }

    @Test
    void answeringAgainWithTheSameNumberIsTheAfterAndPromisesNoSecondText() {
        for (int time = 1; time <= 2; time++) {
            answerSwemwbsUpToTheFollowUp();
            _click(view().followUp.question.yes);
            _setValue(view().followUp.question.phone, "07700 900123");
            _click(view().followUp.question.next);
            _click(view().checking.send);
            expectStep("result");
            if (time == 1) {
                assertThat(view().results.result.followUp).isNotNull();
                _click(view().results.finish);
            }
        }

        assertThat(view().results.result.followUp).as("no second text is booked, so none is promised").isNull();
        assertThat(jdbc.queryForObject("select count(distinct follow_up_key) from survey_response"
                + " where follow_up_key is not null", Integer.class)).as("linked as before and after").isEqualTo(1);
        assertThat(storedCount()).isEqualTo(2);
        List<Map<String, Object>> followUps = followUps();
        assertThat(followUps).hasSize(1);
        assertThat(followUps.get(0).get("state")).isEqualTo("CANCELLED");
        assertThat(followUps.get(0).get("phone")).isNull();
    }

    @Test
    void theFollowUpChoiceCanBeChangedFromTheCheckPage() {
        answerSwemwbsUpToTheFollowUp();
        _click(view().followUp.question.yes);
        _setValue(view().followUp.question.phone, "07700 900123");
        _click(view().followUp.question.next);
        expectStep("check");

        _click(view().checking.check.followUpLink);
        expectStep("follow-up");
        assertThat(view().followUp.question.phone.getValue()).as("the number given before").isEqualTo(
                "07700 900123");
        assertThat(view().followUp.question.number.isVisible()).isTrue();
        _click(view().followUp.question.noThanks);
        expectStep("check");
        assertThat(summary()).containsEntry("Text me in 8 weeks to ask again", "No thanks");
        _click(view().checking.send);

        assertThat(stored().get("follow_up_key")).isNull();
        assertThat(followUps()).isEmpty();
        assertThat(view().results.result.followUp).isNull();
    }

    @Test
    void theIdleResetForgetsTheFollowUpNumberWithTheAnswers() {
        answerSwemwbsUpToTheFollowUp();
        _click(view().followUp.question.yes);
        _setValue(view().followUp.question.phone, "07700 900123");
        _click(view().followUp.question.next);
        expectStep("check");
        assertThat(progress().followUpPhone()).isNotNull();

        VaadinSession.getCurrent().getSession().invalidate();
        MockVaadin.tearDown();
        setUp();

        assertThat(progress().followUpPhone()).isNull();
        assertThat(progress().followUpAnswered()).isFalse();
        UI.getCurrent().navigate("survey/swemwbs/check");
        expectStep("start");
        assertThat(storedCount()).isZero();
        assertThat(followUps()).isEmpty();
    }

    // ---------------------------------------------------------------- forgetting

    @Test
    void theIdleResetForgetsAnUnfinishedSurvey() {
        agreeToSwemwbs();
        _click(form().choice(5));
        _click(form().choice(5));
        _click(form().choice(5));
        SurveyProgress before = progress();
        assertThat(before.firstOpen()).isEqualTo(4);

        // what /start-again (the idle reset and the header's "Start again") does: end the server session
        VaadinSession old = VaadinSession.getCurrent();
        old.getSession().invalidate();
        MockVaadin.tearDown();
        setUp();

        SurveyProgress after = progress();
        assertThat(after).isNotSameAs(before);
        assertThat(after.survey()).isNull();
        assertThat(after.consented()).isFalse();
        UI.getCurrent().navigate("survey/swemwbs/4");
        expectStep("start");
        _click(view().start.agree);
        assertThat(form().choices).allMatch(b -> "false".equals(b.getElement().getAttribute("aria-pressed")));
        assertThat(storedCount()).isZero();
    }

    @Test
    void inPolishTheKioskWordsArePolishAndTheSurveyWordingStaysAsPublished() {
        @SuppressWarnings("unchecked")
        Select<Locale> language = _get(Select.class);
        _setValue(language, Locale.forLanguageTag("pl"));
        UI.getCurrent().navigate("");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Krótkie pytania (7) o to, jak się ostatnio czujesz. Nie podajesz swojego imienia.");
        _click(button("Jak się czujesz?"));
        assertThat(view().start.agree.getText()).isEqualTo("Zgadzam się, zaczynam");
        _click(view().start.agree);

        assertThat(view().progressText.getText()).isEqualTo("Pytanie 1 z 7");
        assertThat(view().heading.getText()).isEqualTo("I've been feeling optimistic about the future");
        assertThat(form().choices).extracting(Button::getText).containsExactlyElementsOf(OPTIONS);
        for (int i = 1; i <= 7; i++) {
            _click(form().choice(2));
        }
        expectStep("follow-up");
        assertThat(view().heading.getText()).isEqualTo("Czy chcesz, żebyśmy za 8 tygodni wysłali Ci SMS-a z prośbą"
                + " o ponowne odpowiedzi, żeby zobaczyć, co się zmieniło?");
        _click(view().followUp.question.yes);
        _setValue(view().followUp.question.phone, "01752 304000");
        _click(view().followUp.question.next);
        assertThat(_get(view().problem, Paragraph.class).getText())
                .isEqualTo("SMS można wysłać tylko na numer komórkowy (zaczynający się od 07).");
        _click(view().followUp.question.noThanks);
        _click(view().checking.send);
        assertThat(stored().get("language")).isEqualTo("pl");
        assertThat(view().results.result.callMe.getText()).isEqualTo("Poproś, żebyśmy do Ciebie zadzwonili");
    }

    @Test
    void everySurveyWordOfTheKioskHasAPolishTranslation() throws IOException {
        Set<String> english = surveyKeys("/i18n/kiosk.properties");
        Set<String> polish = surveyKeys("/i18n/kiosk_pl.properties");
        assertThat(english).hasSizeGreaterThan(15);
        assertThat(polish).containsAll(english);
    }

    // ---------------------------------------------------------------- helpers

    private static SurveyView view() {
        return _get(SurveyView.class);
    }

    private static SurveyQuestion form() {
        SurveyQuestion question = view().questions.question;
        assertThat(question).as("a question on screen").isNotNull();
        return question;
    }

    private static Button button(String words) {
        return _get(Button.class, spec -> spec.withText(words));
    }

    private static void expectStep(String step) {
        expectStep("swemwbs", step);
    }

    private static void expectStep(String survey, String step) {
        assertThat(path()).isEqualTo("survey/" + survey + "/" + step);
        _get(SurveyView.class);
    }

    private static void agreeToSwemwbs() {
        _click(button("How are you feeling?"));
        _click(view().start.agree);
        expectStep("1");
    }

    private static void answerSwemwbsUpToTheFollowUp() {
        agreeToSwemwbs();
        for (int i = 1; i <= 7; i++) {
            _click(form().choice(4));
        }
        expectStep("follow-up");
    }

    private static Instant instant(Object timestamp) {
        return timestamp instanceof OffsetDateTime odt ? odt.toInstant() : ((java.sql.Timestamp) timestamp)
                .toInstant();
    }

    private static void answerAll(int value) {
        for (int i = 1; i <= 7; i++) {
            expectStep(String.valueOf(i));
            _click(form().choice(value));
        }
        expectStep("follow-up");
        _click(view().followUp.question.noThanks);
        expectStep("check");
    }

    /** The one stored response. */
    private Map<String, Object> stored() {
        List<Map<String, Object>> rows = jdbc.queryForList("select * from survey_response");
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private int storedCount() {
        return jdbc.queryForObject("select count(*) from survey_response", Integer.class);
    }

    /** The stored answers as question -> value. */
    private Map<String, Integer> answers() {
        Map<String, Integer> byQuestion = new HashMap<>();
        jdbc.query("select question_id, answer_value from survey_answer", (RowCallbackHandler) rs -> byQuestion.put(
                rs.getString("question_id"), (Integer) rs.getObject("answer_value")));
        return byQuestion;
    }

    private List<Map<String, Object>> followUps() {
        return jdbc.queryForList("select * from survey_follow_up");
    }

    private Survey swemwbs() {
        return context.getBean(SurveyDefinitions.class).current("swemwbs").orElseThrow();
    }

    private SurveyProgress progress() {
        return context.getBean(SurveyProgress.class);
    }

    private static List<String> paragraphs() {
        return _find(view(), Paragraph.class).stream().map(Paragraph::getText).toList();
    }

    /** The check page as question -> answer. */
    private static Map<String, String> summary() {
        return _find(view().checking.check, Div.class, spec -> spec.withClasses("kiosk-summary-row")).stream()
                .collect(Collectors.toMap(row -> _get(row, DescriptionList.Term.class).getText(),
                        row -> _find(row, DescriptionList.Description.class).get(0).getChildren()
                                .map(line -> ((Div) line).getText()).collect(Collectors.joining(" / "))));
    }

    private static Set<String> surveyKeys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SurveyViewTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames().stream().filter(k -> k.startsWith("kiosk.survey."))
                .collect(Collectors.toSet());
    }

    /** Where the kiosk is, without the query ("?hub=..."). */
    private static String path() {
        return getCurrentPath().split("\\?", 2)[0];
    }
}
