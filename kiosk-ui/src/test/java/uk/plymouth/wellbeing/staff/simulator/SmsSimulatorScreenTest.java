package uk.plymouth.wellbeing.staff.simulator;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import uk.plymouth.wellbeing.signposting.messaging.LoggingSmsSender.LoggedText;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;
import uk.plymouth.wellbeing.signposting.messaging.TextMessage;
import uk.plymouth.wellbeing.signposting.testsupport.MutableClock;
import uk.plymouth.wellbeing.signposting.texting.DramaNumbers;
import uk.plymouth.wellbeing.signposting.texting.TextSimulator;
import uk.plymouth.wellbeing.signposting.texting.TextSimulatorException;

/**
 * The simulator screen on its own (Karibu-Testing, no Spring), with a scripted simulator: what it shows when
 * simulating is off, when sending fails, and when the app answers nothing; polling only while it is on, and only
 * for a while after the last text.
 */
class SmsSimulatorScreenTest {

    static final Instant START = Instant.parse("2026-11-24T14:05:00Z");
    final MutableClock clock = new MutableClock(START, ZoneId.of("Europe/London"));

    /** Answers with what it was given, or throws it; remembers the later texts it was given. */
    static final class ScriptedSimulator implements TextSimulator {
        Status status = new Status(true, true, "Your texts go to this app's own SMS webhook.");
        List<String> replies = List.of();
        TextSimulatorException failure;
        final List<LoggedText> later = new ArrayList<>();
        final List<String> sent = new ArrayList<>();

        @Override
        public Status status() {
            return status;
        }

        @Override
        public List<String> send(PhoneNumber from, String body) {
            sent.add(from.e164() + " " + body);
            if (failure != null) {
                throw failure;
            }
            return replies;
        }

        @Override
        public List<LoggedText> sentTo(PhoneNumber to, long after) {
            return later.stream().filter(t -> t.message().to().equals(to) && t.number() > after).toList();
        }

        @Override
        public long lastSentNumber() {
            return later.isEmpty() ? 0 : later.get(later.size() - 1).number();
        }
    }

    final ScriptedSimulator simulator = new ScriptedSimulator();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    SmsSimulatorView open(TextSimulator... simulators) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        for (int i = 0; i < simulators.length; i++) {
            beans.addBean("simulator" + i, simulators[i]);
        }
        ObjectProvider<TextSimulator> provider = beans.getBeanProvider(TextSimulator.class);
        SmsSimulatorView view = new SmsSimulatorView(provider, clock);
        UI.getCurrent().add(view);
        return view;
    }

    @Test
    void startsWithARandomDramaNumberAndAnEmptyLiveThread() {
        SmsSimulatorView view = open(simulator);

        assertThat(view.number.getValue()).matches("07700 900\\d{3}");
        assertThat(view.thread.getElement().getAttribute("role")).isEqualTo("log");
        assertThat(view.thread.getElement().getAttribute("aria-live")).isEqualTo("polite");
        assertThat(view.message.getMaxLength()).isEqualTo(1600);
        assertThat(view.message.getLabel()).isEqualTo("Your text");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(1000);
    }

    @Test
    void saysWhySimulatingIsOffAndOffersNothingToPress() {
        simulator.status = new TextSimulator.Status(false, true, "The SMS simulator is off because this app sends"
                + " real texts (SMS_PROVIDER is twilio).");
        SmsSimulatorView view = open(simulator);

        assertThat(view.about.getText()).startsWith("The SMS simulator is off because");
        assertThat(view.about.hasClassName("sim-off")).isTrue();
        assertThat(view.send.isEnabled()).isFalse();
        assertThat(view.message.isEnabled()).isFalse();
        assertThat(view.newNumber.isEnabled()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void saysSoWhenThereIsNoSimulatorAtAll() {
        SmsSimulatorView view = open();

        assertThat(view.about.getText()).isEqualTo(SmsSimulatorView.NO_SIMULATOR);
        assertThat(view.send.isEnabled()).isFalse();
    }

    @Test
    void showsWhySendingFailedInPlainWords() {
        simulator.failure = new TextSimulatorException("Could not reach the app's SMS webhook at"
                + " http://127.0.0.1:1/sms/inbound.");
        SmsSimulatorView view = open(simulator);
        _setValue(view.message, "HELP");
        _click(view.send);

        assertThat(view.problem.isVisible()).isTrue();
        assertThat(view.problem.getText()).isEqualTo("Could not reach the app's SMS webhook at"
                + " http://127.0.0.1:1/sms/inbound.");
        assertThat(view.problem.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(SmsSimulatorViewTest.texts(view, "sim-resident")).containsExactly("HELP");
        assertThat(view.thread.getElement().getTextRecursively()).contains("Not sent.");

        simulator.failure = null;
        simulator.replies = List.of("Plymouth Wellbeing Hubs.");
        _setValue(view.message, "HELP");
        _click(view.send);
        assertThat(view.problem.isVisible()).isFalse();
    }

    @Test
    void refusesARealLookingNumberAndSendsNothingFromIt() {
        SmsSimulatorView view = open(simulator);
        _setValue(view.number, "07911 123456");

        assertThat(view.number.isInvalid()).isTrue();
        assertThat(view.number.getErrorMessage()).isEqualTo(DramaNumbers.ONLY_DRAMA);
        _setValue(view.message, "HELP");
        _click(view.send);

        assertThat(simulator.sent).isEmpty();
        assertThat(view.problem.getText()).isEqualTo("Give a drama number (07700 900000 to 07700 900999) first, or"
                + " press New number.");
        assertThat(SmsSimulatorViewTest.texts(view, "sim-resident")).isEmpty();
    }

    @Test
    void showsEachReplyWithItsTimeAndSegments() {
        simulator.replies = List.of("First answer", "word ".repeat(40).strip());
        SmsSimulatorView view = open(simulator);
        _setValue(view.number, "+44 7700 900321");
        _setValue(view.message, "debt advice PL1");
        _click(view.send);

        assertThat(simulator.sent).containsExactly("+447700900321 debt advice PL1");
        assertThat(view.number.getValue()).isEqualTo("07700 900321");
        assertThat(SmsSimulatorViewTest.metas(view, "sim-resident")).containsExactly("14:05, 1 segment");
        assertThat(SmsSimulatorViewTest.metas(view, "sim-hubs")).containsExactly("14:05, 1 segment",
                "14:05, 2 segments");
    }

    @Test
    void saysWhenTheAppAnsweredNothing() {
        SmsSimulatorView view = open(simulator);
        _setValue(view.message, "STOP");
        _click(view.send);

        assertThat(view.thread.getElement().getTextRecursively()).contains("No reply straight away.");
    }

    @Test
    void showsOnlyLaterTextsToItsOwnNumberSentAfterItOpened() {
        PhoneNumber mine = PhoneNumber.parseUkMobile("07700 900111");
        simulator.later.add(new LoggedText(1, START, new TextMessage(mine, "Before the page opened")));
        SmsSimulatorView view = open(simulator);
        _setValue(view.number, "07700 900111");

        simulator.later.add(new LoggedText(2, START, new TextMessage(mine, "Your reference is K7")));
        simulator.later.add(new LoggedText(3, START,
                new TextMessage(PhoneNumber.parseUkMobile("07700 900112"), "Not yours")));
        view.showLaterTexts();
        view.showLaterTexts();

        assertThat(SmsSimulatorViewTest.texts(view, "sim-hubs")).containsExactly("Your reference is K7");
        assertThat(SmsSimulatorViewTest.metas(view, "sim-hubs")).containsExactly("14:05, 1 segment, sent later");
    }

    @Test
    void stopsPollingWhenLeft() {
        SmsSimulatorView view = open(simulator);

        UI.getCurrent().remove(view);

        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void stopsLookingForLaterTextsTenMinutesAfterTheLastTextAndStartsAgainWithTheNext() {
        simulator.replies = List.of("Plymouth Wellbeing Hubs.");
        SmsSimulatorView view = open(simulator);
        UI ui = UI.getCurrent();

        clock.advance(Duration.ofMinutes(9));
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
        assertThat(ui.getPollInterval()).isEqualTo(1000);

        clock.advance(Duration.ofMinutes(2));
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
        assertThat(ui.getPollInterval()).isEqualTo(-1);

        _setValue(view.message, "HELP");
        _click(view.send);
        assertThat(ui.getPollInterval()).isEqualTo(1000);
    }
}
