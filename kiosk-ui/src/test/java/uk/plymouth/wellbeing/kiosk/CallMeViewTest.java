package uk.plymouth.wellbeing.kiosk;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.ZonedDateTime;
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
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import uk.plymouth.wellbeing.HubApplication;
import uk.plymouth.wellbeing.signposting.callback.BestTime;
import uk.plymouth.wellbeing.signposting.callback.CallbackDetails;
import uk.plymouth.wellbeing.signposting.callback.CallbackQueue;
import uk.plymouth.wellbeing.signposting.callback.Channel;
import uk.plymouth.wellbeing.signposting.callback.NewCallback;
import uk.plymouth.wellbeing.signposting.callback.StaffMember;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.messaging.InvalidPhoneNumberException;
import uk.plymouth.wellbeing.signposting.messaging.LoggingSmsSender;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;
import uk.plymouth.wellbeing.signposting.messaging.TextMessage;

/**
 * "Ask us to call you" driven as a resident would, without a browser (Karibu-Testing), over the real app, the
 * bundled content and the real callback queue (in-memory database), with the clock fixed at Tuesday 24 November
 * 2026, 10:00 in Plymouth.
 */
@SpringBootTest
@ActiveProfiles("test")
class CallMeViewTest {

    static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 24, 10, 0, 0, 0, HubApplication.PLYMOUTH);
    static final String FOUR_GREENS = "four-greens";
    static final String CENTRAL_LIBRARY = "central-library";
    static final StaffMember ADMIN = StaffMember.admin("test");

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW.toInstant(), HubApplication.PLYMOUTH);
        }
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    CallbackQueue queue;

    @Autowired
    Clock clock;

    @Autowired
    Catalogue catalogue;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LoggingSmsSender sms;

    @BeforeEach
    void setUp() {
        Routes routes = new Routes(Set.<Class<? extends Component>>of(HomeView.class, ResultsView.class,
                DetailView.class, WhatsOnView.class, CallMeView.class), Set.of(), true);
        Function0<UI> uiFactory = MockedUI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
        openHomeAt(FOUR_GREENS);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    // ---------------------------------------------------------------- the whole journey

    @Test
    void theWholeJourneySavesExactlyOneRequestWithEveryAnswer() {
        sms.clear();
        int before = savedRequests();

        _click(_get(HomeView.class).callMe);
        expectStep("name");
        assertThat(view().heading.getText()).isEqualTo("What is your first name?");
        assertThat(view().heading.getElement().getAttribute("tabindex")).as("focus goes to the question")
                .isEqualTo("-1");
        assertThat(view().back.getText()).isEqualTo("Back");
        assertThat(form().name.getLabel()).isEqualTo("First name");
        assertThat(form().name.getElement().getAttribute("data-keyboard")).isEqualTo("text");
        assertThat(form().name.getElement().getAttribute("autocomplete")).isEqualTo("off");
        type(form().name, "Alice");

        expectStep("phone");
        assertThat(form().phone.getElement().getAttribute("data-keyboard")).isEqualTo("phone");
        type(form().phone, "07700 900123");

        expectStep("about");
        chooseTopic(Category.FOOD);

        expectStep("time");
        _setValue(form().bestTime, BestTime.AFTERNOON);
        _click(view().next);

        expectStep("safe");
        assertThat(form().voicemail.getValue()).as("no voicemail unless they say so").isFalse();
        assertThat(form().sayHub.getValue()).as("the hub is not named unless they say so").isFalse();
        _setValue(form().voicemail, true);
        _click(view().next);

        expectStep("hub");
        assertThat(form().hub.getValue().id()).as("this kiosk's hub by default").isEqualTo(FOUR_GREENS);
        _setValue(form().hub, catalogue.hub(CENTRAL_LIBRARY).orElseThrow());
        _click(view().next);

        expectStep("consent");
        assertThat(paragraphs(view())).anyMatch(p -> p.contains("Only staff at " + hubName(CENTRAL_LIBRARY))
                && p.contains("90 days after"));
        _setValue(form().consent, true);
        _setValue(form().textMe, true);
        _click(view().next);

        expectStep("check");
        assertThat(view().heading.getText()).isEqualTo("Check your answers");
        assertThat(summary()).containsEntry("First name", "Alice").containsEntry("Phone number", "07700 900123")
                .containsEntry("What it is about", "Food").containsEntry("Best time", "Afternoon")
                .containsEntry("Leave a voicemail", "Yes").containsEntry("Say it is the hub", "No")
                .containsEntry("Hub", hubName(CENTRAL_LIBRARY)).containsEntry("Text me a confirmation", "Yes");
        assertThat(savedRequests()).as("nothing is saved before Send").isEqualTo(before);
        _click(view().check.send);

        expectStep("done");
        assertThat(savedRequests()).isEqualTo(before + 1);
        String reference = view().confirmation.reference.getText();
        assertThat(reference).matches("PLY-[A-Z0-9]{4}");
        assertThat(view().confirmation.reference.getElement().getAttribute("aria-hidden")).isEqualTo("true");
        assertThat(_get(view().confirmation, Span.class, spec -> spec.withClasses("kiosk-visually-hidden")).getText())
                .as("read out one character at a time").isEqualTo(String.join(" ", reference.split("")));
        CallbackDetails saved = queue.findByReference(reference, ADMIN).orElseThrow();
        assertThat(saved.channel()).isEqualTo(Channel.KIOSK);
        assertThat(saved.hubId()).isEqualTo(CENTRAL_LIBRARY);
        assertThat(saved.firstName()).isEqualTo("Alice");
        assertThat(saved.phone().e164()).isEqualTo("+447700900123");
        assertThat(saved.aboutCategory()).isEqualTo(Category.FOOD);
        assertThat(saved.aboutText()).isNull();
        assertThat(saved.aboutItemId()).isNull();
        assertThat(saved.bestTime()).isEqualTo(BestTime.AFTERNOON);
        assertThat(saved.mayLeaveVoicemail()).isTrue();
        assertThat(saved.maySayHub()).isFalse();
        assertThat(saved.confirmationWanted()).isTrue();
        String due = view().confirmation.due.getText();
        ZonedDateTime dueAt = saved.dueAt().atZone(HubApplication.PLYMOUTH);
        assertThat(due).startsWith("We aim to call you by ").endsWith(".")
                .contains(dueAt.getHour() % 12 == 0 ? "12" : String.valueOf(dueAt.getHour() % 12));
        if (dueAt.toLocalDate().equals(NOW.toLocalDate().plusDays(1))) {
            assertThat(due).endsWith(" tomorrow.");
        }
        assertThat(sms.recent()).extracting(TextMessage::to).containsExactly(new PhoneNumber("+447700900123"));
        assertThat(sms.recent().get(0).body()).contains(reference);
        assertThat(state().callMe().firstName()).as("answers are forgotten once sent").isNull();
        assertThat(state().callMe().phone()).isEmpty();
    }

    // ---------------------------------------------------------------- moving about

    @Test
    void backKeepsTheAnswers() {
        startFromHome();
        type(form().name, "Alice");
        _setValue(form().phone, "07700 900123");

        _click(view().back);

        expectStep("name");
        assertThat(form().name.getValue()).isEqualTo("Alice");
        _click(view().next);
        expectStep("phone");
        type(form().phone, "07700 900123");
        chooseTopic(Category.ADVICE);
        _click(view().back);
        expectStep("about");
        assertThat(_find(form().tiles, NativeButton.class, spec -> spec.withAttribute("aria-pressed", "true")))
                .extracting(tile -> tile.getElement().getAttribute("data-category"))
                .containsExactly(Category.ADVICE.id());
        _click(view().back);
        expectStep("phone");
        assertThat(form().phone.getValue()).isEqualTo("07700 900123");
        _click(view().back);
        _click(view().back);
        expectView(HomeView.class);
    }

    @Test
    void aBadNumberIsExplainedNextToTheFieldAndKept() {
        startFromHome();
        _click(form().preferNotToSay);
        expectStep("phone");

        type(form().phone, "12345");

        expectStep("phone");
        String why = catchThrowableOfType(InvalidPhoneNumberException.class, () -> PhoneNumber.parseUk("12345"))
                .getMessage();
        assertThat(form().phone.isInvalid()).isTrue();
        assertThat(form().phone.getErrorMessage()).isEqualTo(why).isNotBlank();
        assertThat(form().phone.getValue()).as("what they typed stays").isEqualTo("12345");
        assertThat(view().problem.isAttached()).isTrue();
        assertThat(view().problem.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(_find(view().problem, NativeButton.class)).extracting(NativeButton::getText).containsExactly(why);

        type(form().phone, "07700 900123");
        expectStep("about");
    }

    @Test
    void aFirstNameOrPreferNotToSayIsNeeded() {
        startFromHome();

        _click(view().next);

        expectStep("name");
        assertThat(form().name.isInvalid()).isTrue();
        assertThat(form().name.getErrorMessage()).isEqualTo("Enter your first name, or choose \"Prefer not to say\"");
    }

    @Test
    void withoutConsentNothingIsSaved() {
        int before = savedRequests();
        answerUpToConsent("Alice", "07700 900123");

        _click(view().next);

        expectStep("consent");
        assertThat(form().consent.isInvalid()).isTrue();
        assertThat(form().consent.getErrorMessage()).startsWith("Tick the box");
        assertThat(_find(view().problem, NativeButton.class)).extracting(NativeButton::getText)
                .containsExactly(form().consent.getErrorMessage());
        UI.getCurrent().navigate(CallMeView.class, "check");
        expectStep("consent");
        assertThat(savedRequests()).isEqualTo(before);
    }

    @Test
    void aTextToALandlineIsExplainedAndCanBeUndone() {
        int before = savedRequests();
        answerUpToConsent("Alice", "01632 960123");
        _setValue(form().consent, true);
        _setValue(form().textMe, true);

        _click(view().next);

        expectStep("consent");
        assertThat(form().textMe.isInvalid()).isTrue();
        assertThat(form().textMe.getErrorMessage()).containsIgnoringCase("mobile");
        assertThat(form().consent.getValue()).isTrue();
        Button changePhone = _get(form(), Button.class, spec -> spec.withText("Change my phone number"));
        assertThat(changePhone).isNotNull();

        _setValue(form().textMe, false);
        _click(view().next);

        expectStep("check");
        _click(view().check.send);
        expectStep("done");
        assertThat(savedRequests()).isEqualTo(before + 1);
        CallbackDetails saved = queue.findByReference(view().confirmation.reference.getText(), ADMIN).orElseThrow();
        assertThat(saved.phone().e164()).isEqualTo("+441632960123");
        assertThat(saved.confirmationWanted()).isFalse();
    }

    @Test
    void changingAnAnswerReturnsToTheCheckPage() {
        answerUpToConsent("Alice", "07700 900123");
        _setValue(form().consent, true);
        _click(view().next);
        expectStep("check");

        _click(changeLink("phone"));

        expectStep("phone");
        assertThat(form().phone.getValue()).isEqualTo("07700 900123");
        type(form().phone, "07700 900456");
        expectStep("check");
        assertThat(summary()).containsEntry("Phone number", "07700 900456");

        _click(changeLink("name"));
        expectStep("name");
        _click(view().back);
        expectStep("check");
        assertThat(summary()).containsEntry("First name", "Alice");

        _click(changeLink("time"));
        _setValue(form().bestTime, BestTime.EVENING);
        _click(view().next);
        expectStep("check");
        assertThat(summary()).containsEntry("Best time", "Evening");
    }

    @Test
    void whatTheQueueRefusesIsShownOnItsQuestionWithTheTextKept() {
        int before = savedRequests();
        startFromHome();
        type(form().name, "Alice");
        type(form().phone, "07700 900123");
        String tooLong = "x".repeat(CallbackQueue.MAX_ABOUT_TEXT + 1);
        type(form().aboutText, tooLong);
        answerRestWithDefaults();

        _click(view().check.send);

        expectStep("about");
        assertThat(form().aboutText.getValue()).isEqualTo(tooLong);
        assertThat(form().aboutText.isInvalid()).isTrue();
        assertThat(form().aboutText.getErrorMessage()).isEqualTo("At most " + CallbackQueue.MAX_ABOUT_TEXT
                + " characters, not " + tooLong.length() + ". Please make it shorter.");
        assertThat(savedRequests()).isEqualTo(before);

        type(form().aboutText, "Food parcels");
        expectStep("check");
        _click(view().check.send);
        expectStep("done");
        assertThat(savedRequests()).isEqualTo(before + 1);
    }

    @Test
    void aLandlineChosenAfterAskingForATextIsCaughtWhenSending() {
        answerUpToConsent("Alice", "07700 900123");
        _setValue(form().consent, true);
        _setValue(form().textMe, true);
        _click(view().next);
        _click(changeLink("phone"));
        type(form().phone, "01632 960123");
        expectStep("check");

        _click(view().check.send);

        expectStep("consent");
        assertThat(form().textMe.isInvalid()).isTrue();
        assertThat(form().textMe.getErrorMessage()).containsIgnoringCase("mobile");
        _click(_get(form(), Button.class, spec -> spec.withText("Change my phone number")));
        expectStep("phone");
        assertThat(form().phone.getValue()).isEqualTo("01632 960123");
    }

    @Test
    void theQuestionsAreInPolishWhenPolishIsChosen() {
        state().locale(java.util.Locale.forLanguageTag("pl"));
        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("pl"));
        UI.getCurrent().navigate(WhatsOnView.class);
        startFromHomeButton();

        assertThat(view().heading.getText()).isEqualTo("Jak masz na imię?");
        assertThat(form().preferNotToSay.getText()).isEqualTo("Wolę nie podawać");
        _click(form().preferNotToSay);
        type(form().phone, "12345");
        assertThat(form().phone.getErrorMessage()).isEqualTo("Ten numer jest za krótki. Sprawdź, czy wpisano "
                + "wszystkie cyfry.");
    }

    // ---------------------------------------------------------------- ways in

    @Test
    void askAboutThisFillsInTheServiceAndItsTopic() {
        DirectoryItem item = catalogue.item("cl-stop-smoking").orElseThrow();
        UI.getCurrent().navigate(DetailView.class, item.id());
        _click(_get(DetailView.class).askAbout);

        expectStep("name");
        _click(view().back);
        expectView(DetailView.class);
        _click(_get(DetailView.class).askAbout);
        _click(form().preferNotToSay);
        type(form().phone, "07700 900123");
        expectStep("about");
        assertThat(paragraphs(view())).contains("You were looking at: " + item.title());
        type(form().aboutText, "Patches please");
        answerRestWithDefaults();

        assertThat(summary().get("What it is about")).contains(item.title()).contains("Patches please");
        assertThat(summary()).containsEntry("First name", "Not given");
        _click(view().check.send);

        CallbackDetails saved = queue.findByReference(view().confirmation.reference.getText(), ADMIN).orElseThrow();
        assertThat(saved.aboutItemId()).isEqualTo(item.id());
        assertThat(saved.aboutCategory()).isEqualTo(item.category());
        assertThat(saved.aboutText()).isEqualTo("Patches please");
        assertThat(saved.firstName()).isNull();
        assertThat(saved.hubId()).isEqualTo(FOUR_GREENS);
    }

    @Test
    void nothingFoundOffersACallAboutWhatTheySearchedFor() {
        HomeView home = _get(HomeView.class);
        _setValue(home.searchBox.field, "zzqqxx");
        _click(home.searchBox.search);

        _click(_get(_get(ResultsView.class).results, Button.class,
                spec -> spec.withText("Nothing found? Ask us to call you")));

        expectStep("name");
        assertThat(state().callMe().aboutText()).isEqualTo("zzqqxx");
        _click(view().back);
        expectView(ResultsView.class);
    }

    @Test
    void crisisWordsShowHelpAboveTheResultsAndItsCallGoesInUrgent() {
        HomeView home = _get(HomeView.class);
        _setValue(home.searchBox.field, "i want to end my life");
        _click(home.searchBox.search);

        ResultsView results = _get(ResultsView.class);
        CrisisHelp help = _get(results, CrisisHelp.class);
        assertThat(results.indexOf(help)).as("straight under the heading")
                .isEqualTo(results.indexOf(results.heading) + 1);
        assertThat(help.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(paragraphs(help)).contains("Samaritans: call 116 123, free, any time, day or night.",
                "Shout: text SHOUT to 85258, free, any time.", "If your life is in danger now, call 999.");

        _click(help.callMe);
        expectStep("name");
        type(form().name, "Sam");
        type(form().phone, "07700 900124");
        expectStep("about");
        _click(view().next);
        expectStep("time");
        _click(view().next);
        _click(view().next);
        _click(view().next);
        expectStep("consent");
        _setValue(form().consent, true);
        _click(view().next);
        expectStep("check");
        _click(view().check.send);
        expectStep("done");

        Map<String, Object> saved = jdbc.queryForMap("select * from callback_request where phone = ?",
                "+447700900124");
        assertThat(saved).containsEntry("urgent", true).as("staff see why: the kind, never the words")
                .containsEntry("crisis_kind", "suicide");
        assertThat((String) saved.get("about_text")).startsWith(CallMeAnswers.URGENT_ABOUT)
                .doesNotContain("end my life");
    }

    @Test
    void crisisWordsInWhatItIsAboutMakeTheRequestUrgent() {
        _click(_get(HomeView.class).callMe);
        type(form().name, "Jo");
        type(form().phone, "07700 900125");
        expectStep("about");
        type(java.util.Objects.requireNonNull(form().aboutText), "my partner hits me");
        expectStep("time");
        _click(view().next);
        _click(view().next);
        _click(view().next);
        _setValue(form().consent, true);
        _click(view().next);
        _click(view().check.send);
        expectStep("done");

        Map<String, Object> saved = jdbc.queryForMap("select * from callback_request where phone = ?",
                "+447700900125");
        assertThat(saved).containsEntry("urgent", true).containsEntry("crisis_kind", "abuse");
        assertThat((String) saved.get("about_text")).endsWith("my partner hits me");
        // the resident is told the usual time, as before kinds were kept; staff work to the urgent one
        CallbackDetails details = queue.findByReference((String) saved.get("reference"), ADMIN).orElseThrow();
        java.time.Instant usual = queue.request(NewCallback.at(details.hubId(), "07700 900126", Channel.KIOSK)
                .withConsent(true)).dueAt();
        assertThat(details.dueAt()).isBefore(usual);
        assertThat(view().confirmation.due.getText())
                .isEqualTo(view().confirmation.dueInWords(usual, clock, UI.getCurrent().getLocale()));
    }

    @Test
    void ordinaryWordsShowNoCrisisHelp() {
        HomeView home = _get(HomeView.class);
        _setValue(home.searchBox.field, "something to do while killing time");
        _click(home.searchBox.search);
        assertThat(_find(_get(ResultsView.class), CrisisHelp.class)).isEmpty();
    }

    // ---------------------------------------------------------------- forgetting

    @Test
    void startAgainOnTheConfirmationForgetsEverything() {
        answerUpToConsent("Alice", "07700 900123");
        _setValue(form().consent, true);
        _click(view().next);
        _click(view().check.send);
        expectStep("done");

        _click(view().confirmation.startAgain);

        assertThat(state().callMe().receipt()).isNull();
        assertThat(state().callMe().firstUnanswered()).contains(CallMeStep.NAME);
        UI.getCurrent().navigate(CallMeView.class, "done");
        expectView(HomeView.class);
    }

    @Test
    void theIdleResetForgetsHalfFilledAnswers() {
        startFromHome();
        type(form().name, "Alice");
        type(form().phone, "07700 900123");
        KioskState before = state();
        assertThat(before.callMe().firstName()).isEqualTo("Alice");

        // what /start-again (the idle reset and the header's "Start again") does: end the server session
        VaadinSession old = VaadinSession.getCurrent();
        old.getSession().invalidate();
        MockVaadin.tearDown();
        setUp();

        assertThat(VaadinSession.getCurrent()).isNotSameAs(old);
        KioskState after = state();
        assertThat(after).isNotSameAs(before);
        assertThat(after.callMe().firstName()).isNull();
        assertThat(after.callMe().phone()).isEmpty();
        UI.getCurrent().navigate(CallMeView.class, "phone");
        assertThat(form().phone.getValue()).isEmpty();
    }

    // ---------------------------------------------------------------- what people type

    @Test
    void aNameThatLooksLikeCodeIsShownAsText() {
        String name = "<script>alert(1)</script>";
        answerUpToConsent(name, "07700 900123");
        _setValue(form().consent, true);
        _click(view().next);

        expectStep("check");
        Div shown = nameShown();
        assertThat(shown.getText()).isEqualTo(name);
        assertThat(shown.getElement().getChildCount()).isEqualTo(1);
        assertThat(shown.getElement().getChild(0).isTextNode()).as("text, not markup").isTrue();
        assertThat(shown.getElement().getProperty("innerHTML")).isNull();
        _click(view().check.send);
        assertThat(queue.findByReference(view().confirmation.reference.getText(), ADMIN).orElseThrow().firstName())
                .isEqualTo(name);
    }

    @Test
    void emojiAndArabicNamesAreKept() {
        for (String name : new String[] {"Zoë 😀", "مريم"}) {
            answerUpToConsent(name, "07700 900123");
            _setValue(form().consent, true);
            _click(view().next);
            assertThat(nameShown().getText()).isEqualTo(name);
            _click(view().check.send);
            assertThat(queue.findByReference(view().confirmation.reference.getText(), ADMIN).orElseThrow()
                    .firstName()).isEqualTo(name);
            _click(view().confirmation.home);
            expectView(HomeView.class);
        }
    }

    @Test
    void everyCallbackWordHasAPolishTranslation() throws IOException {
        Set<String> english = callbackKeys("/i18n/kiosk.properties");
        Set<String> polish = callbackKeys("/i18n/kiosk_pl.properties");
        assertThat(english).hasSizeGreaterThan(40);
        assertThat(polish).containsAll(english);
    }

    // ---------------------------------------------------------------- helpers

    private static CallMeView view() {
        return _get(CallMeView.class);
    }

    private static CallMeQuestion form() {
        CallMeQuestion question = view().question;
        assertThat(question).as("a question on screen").isNotNull();
        return question;
    }

    private static void expectStep(String step) {
        expectView(CallMeView.class);
        assertThat(getCurrentPath()).isEqualTo("call-me/" + step);
    }

    private static void openHomeAt(String hub) {
        UI.getCurrent().navigate(WhatsOnView.class);
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("hub", hub)));
        expectView(HomeView.class);
    }

    private static void startFromHomeButton() {
        UI.getCurrent().navigate(HomeView.class);
        _click(_get(HomeView.class).callMe);
        expectStep("name");
    }

    private static void startFromHome() {
        _click(_get(HomeView.class).callMe);
        expectStep("name");
    }

    private static void type(com.vaadin.flow.component.textfield.TextField field, String text) {
        _setValue(field, text);
        _click(view().next);
    }

    private static void type(com.vaadin.flow.component.textfield.TextArea field, String text) {
        _setValue(field, text);
        _click(view().next);
    }

    private static void chooseTopic(Category category) {
        _click(_get(form().tiles, NativeButton.class, spec -> spec.withAttribute("data-category", category.id())));
    }

    private static void answerUpToConsent(String name, String phone) {
        startFromHome();
        type(form().name, name);
        type(form().phone, phone);
        _click(view().next);
        expectStep("time");
        _click(view().next);
        _click(view().next);
        _click(view().next);
        expectStep("consent");
    }

    private static void answerRestWithDefaults() {
        expectStep("time");
        _click(view().next);
        _click(view().next);
        _click(view().next);
        _setValue(form().consent, true);
        _click(view().next);
        expectStep("check");
    }

    private static Button changeLink(String row) {
        return _get(view().check, Button.class, spec -> spec.withAttribute("data-row", row));
    }

    /** The check page as label -> value (lines joined with " / "). */
    private static Map<String, String> summary() {
        return _find(view().check, Div.class, spec -> spec.withClasses("kiosk-summary-row")).stream()
                .collect(Collectors.toMap(row -> _get(row, DescriptionList.Term.class).getText(),
                        row -> _find(row, DescriptionList.Description.class).get(0).getChildren()
                                .map(line -> ((Div) line).getText()).collect(Collectors.joining(" / "))));
    }

    private static Div nameShown() {
        Div row = _find(view().check, Div.class, spec -> spec.withClasses("kiosk-summary-row")).get(0);
        assertThat(_get(row, DescriptionList.Term.class).getText()).isEqualTo("First name");
        return (Div) _find(row, DescriptionList.Description.class).get(0).getChildren().findFirst().orElseThrow();
    }

    private String hubName(String id) {
        return catalogue.hub(id).map(Hub::name).orElseThrow();
    }

    private int savedRequests() {
        Integer count = jdbc.queryForObject("select count(*) from callback_request", Integer.class);
        return count == null ? 0 : count;
    }

    private KioskState state() {
        return context.getBean(KioskState.class);
    }

    private static java.util.List<String> paragraphs(Component root) {
        return _find(root, Paragraph.class).stream().map(Paragraph::getText).toList();
    }

    private static Set<String> callbackKeys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CallMeViewTest.class.getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames().stream().filter(k -> k.startsWith("kiosk.callback."))
                .filter(k -> !k.startsWith("kiosk.callback.phone.problem.")).collect(Collectors.toSet());
    }
}
