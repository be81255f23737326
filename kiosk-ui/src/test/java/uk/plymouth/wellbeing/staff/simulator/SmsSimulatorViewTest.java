package uk.plymouth.wellbeing.staff.simulator;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteNotFoundError;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import uk.plymouth.wellbeing.signposting.messaging.OutgoingText;
import uk.plymouth.wellbeing.signposting.messaging.Outbox;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;
import uk.plymouth.wellbeing.signposting.messaging.TextPurpose;
import uk.plymouth.wellbeing.signposting.staff.StaffAccounts;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;
import uk.plymouth.wellbeing.signposting.texting.DramaNumbers;
import uk.plymouth.wellbeing.staff.RunningStaffApp;
import uk.plymouth.wellbeing.staff.StaffKaribu;
import uk.plymouth.wellbeing.staff.StaffSession;
import uk.plymouth.wellbeing.staff.TestStaff;

/**
 * The SMS simulator screen without a browser (Karibu-Testing), over the whole running app: each text really goes
 * through the app's own webhook over HTTP and is answered by the real conversation with the bundled content, and
 * texts the outbox sends later appear too. Only admins may open it, and only from Ofcom's drama numbers. The clock
 * stands at 10:00.
 */
@RunningStaffApp
class SmsSimulatorViewTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    Outbox outbox;

    @AfterEach
    void tearDown() {
        StaffKaribu.stop();
    }

    private SmsSimulatorView openAsAdmin(String number) {
        StaffKaribu.start(context, TestStaff.create(accounts, StaffRole.ADMIN), StaffRole.ADMIN,
                SmsSimulatorView.class);
        UI.getCurrent().navigate(SmsSimulatorView.class);
        SmsSimulatorView view = _get(SmsSimulatorView.class);
        _setValue(view.number, number);
        return view;
    }

    private static void text(SmsSimulatorView view, String body) {
        _setValue(view.message, body);
        _click(view.send);
    }

    /** The bodies of the texts on one side of the thread, in order. */
    static List<String> texts(SmsSimulatorView view, String side) {
        return view.thread.getChildren().filter(c -> c.hasClassName(side))
                .map(bubble -> bubble.getChildren().filter(c -> c.hasClassName("sim-body")).findFirst()
                        .map(body -> ((Paragraph) body).getText()).orElse(""))
                .toList();
    }

    static List<String> metas(SmsSimulatorView view, String side) {
        return view.thread.getChildren().filter(c -> c.hasClassName(side))
                .map(bubble -> bubble.getChildren().filter(c -> c.hasClassName("sim-meta")).findFirst()
                        .map(meta -> meta.getElement().getText()).orElse(""))
                .toList();
    }

    @Test
    void answersHelpThroughTheRealWebhook() {
        SmsSimulatorView view = openAsAdmin("07700900601");

        assertThat(view.about.getText()).contains("Nothing is really texted", "sends its texts unsigned");
        assertThat(view.number.getValue()).isEqualTo("07700 900601");
        text(view, "HELP");

        assertThat(texts(view, "sim-resident")).containsExactly("HELP");
        assertThat(metas(view, "sim-resident")).containsExactly("10:00, 1 segment");
        assertThat(texts(view, "sim-hubs")).singleElement().asString()
                .startsWith("Plymouth Wellbeing Hubs. Text what you need");
        assertThat(metas(view, "sim-hubs")).singleElement().asString().matches("10:00, [12] segments?");
        assertThat(view.message.getValue()).isEmpty();
        assertThat(view.problem.isVisible()).isFalse();
    }

    @Test
    void searchesThenGivesDetailsOfTheFirstResult() {
        SmsSimulatorView view = openAsAdmin("07700 900602");

        text(view, "food bank near PL5");
        text(view, "1");

        List<String> replies = texts(view, "sim-hubs");
        assertThat(replies).hasSize(2);
        assertThat(replies.get(0)).contains("1 ").contains("for details");
        assertThat(replies.get(1)).doesNotContain("Please text what you need help with first")
                .doesNotContain("did not understand");
    }

    @Test
    void showsTextsTheOutboxSendsTheNumberLater() throws InterruptedException {
        SmsSimulatorView view = openAsAdmin("07700 900603");
        PhoneNumber simulated = PhoneNumber.parseUkMobile("07700 900603");

        outbox.sendAsSoonAsCommitted(outbox.enqueue(new OutgoingText(simulated, "Hello from Four Greens. We tried"
                + " to call you.", TextPurpose.STAFF_REPLY, null)));
        outbox.enqueue(new OutgoingText(PhoneNumber.parseUkMobile("07700 900604"), "Someone else's text",
                TextPurpose.STAFF_REPLY, null));
        for (int tries = 0; tries < 100 && texts(view, "sim-hubs").isEmpty(); tries++) {
            Thread.sleep(100);
            view.showLaterTexts();
        }

        assertThat(texts(view, "sim-hubs")).containsExactly("Hello from Four Greens. We tried to call you.");
        assertThat(metas(view, "sim-hubs")).containsExactly("10:00, 1 segment, sent later");
        view.showLaterTexts();
        assertThat(texts(view, "sim-hubs")).hasSize(1);
    }

    @Test
    void aNewNumberStartsANewConversation() {
        SmsSimulatorView view = openAsAdmin("07700 900605");
        text(view, "HELP");

        _click(view.newNumber);

        assertThat(view.number.getValue()).matches("07700 900\\d{3}");
        assertThat(texts(view, "sim-resident")).isEmpty();
        assertThat(view.thread.getChildren().filter(Component::isVisible).map(c -> ((Paragraph) c).getText()))
                .containsExactly("No texts yet. Type one below and press Send.");
    }

    @Test
    void refusesANumberThatIsNotAUkMobile() {
        SmsSimulatorView view = openAsAdmin("01752 123456");

        assertThat(view.number.isInvalid()).isTrue();
        assertThat(view.number.getErrorMessage()).isNotBlank();
        text(view, "HELP");

        assertThat(view.problem.isVisible()).isTrue();
        assertThat(view.problem.getText()).isEqualTo("Give a drama number (07700 900000 to 07700 900999) first, or"
                + " press New number.");
        assertThat(texts(view, "sim-resident")).isEmpty();
    }

    @Test
    void refusesARealLookingNumberSoNoResidentCanBeImpersonated() {
        PhoneNumber resident = PhoneNumber.parseUkMobile("07911 123456");
        outbox.sendAsSoonAsCommitted(outbox.enqueue(new OutgoingText(resident, "Hello from Four Greens, about your"
                + " callback.", TextPurpose.STAFF_REPLY, null)));
        SmsSimulatorView view = openAsAdmin("07911 123456");

        assertThat(view.number.isInvalid()).isTrue();
        assertThat(view.number.getErrorMessage()).isEqualTo(DramaNumbers.ONLY_DRAMA);
        text(view, "CALL");
        view.showLaterTexts();

        assertThat(texts(view, "sim-resident")).isEmpty();
        assertThat(texts(view, "sim-hubs")).isEmpty();
        assertThat(view.problem.getText()).startsWith("Give a drama number");
    }

    @Test
    void theDramaRangeEndsWorkAndTheNextNumberDoesNot() {
        SmsSimulatorView view = openAsAdmin("07700 900999");
        assertThat(view.number.isInvalid()).isFalse();
        text(view, "HELP");
        assertThat(texts(view, "sim-hubs")).singleElement().asString().startsWith("Plymouth Wellbeing Hubs.");

        _setValue(view.number, "07700 900000");
        assertThat(view.number.isInvalid()).isFalse();
        _setValue(view.number, "07700 901000");
        assertThat(view.number.isInvalid()).isTrue();
    }

    @Test
    void asksForSomethingToSend() {
        SmsSimulatorView view = openAsAdmin("07700 900606");

        text(view, "   ");

        assertThat(view.problem.getText()).isEqualTo("Type a text first.");
        assertThat(texts(view, "sim-resident")).isEmpty();
    }

    @Test
    void isInAdminsMenu() {
        openAsAdmin("07700 900607");

        assertThat(_find(SideNavItem.class))
                .extracting(SideNavItem::getLabel).contains("SMS simulator");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("SMS simulator - Wellbeing Hubs");
    }

    @Test
    void isForAdminsOnly() {
        StaffSession stranger = new StaffSession(port);
        assertThat(stranger.get("/staff/sms-simulator").statusCode()).isEqualTo(302);
        assertThat(StaffSession.location(stranger.get("/staff/sms-simulator"))).isEqualTo(StaffSession.LOGIN);

        // Vaadin answers every route's first request with its page (200) and checks access when it navigates: that
        // other staff are refused is doesNotOpenForOtherStaff, through Vaadin's own access control
        StaffSession admin = new StaffSession(port);
        admin.logIn(TestStaff.create(accounts, StaffRole.ADMIN), TestStaff.PASSWORD);
        assertThat(admin.get("/staff/sms-simulator").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(value = StaffRole.class, names = {"STAFF", "HUB_LEAD"})
    void doesNotOpenForOtherStaff(StaffRole role) {
        StaffKaribu.start(context, TestStaff.create(accounts, role), role, SmsSimulatorView.class);

        UI.getCurrent().navigate(SmsSimulatorView.class);

        // Vaadin's access control answers as if there were no such screen
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(RouteNotFoundError.class);
        assertThat(_find(SmsSimulatorView.class)).isEmpty();
    }
}
