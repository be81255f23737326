package uk.plymouth.wellbeing.staff.callbacks;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinRequest;
import com.github.mvysny.kaributesting.v10.UtilsKt;
import com.github.mvysny.fakeservlet.FakeRequest;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import uk.plymouth.wellbeing.signposting.callback.AttemptOutcome;
import uk.plymouth.wellbeing.signposting.callback.AuditAction;
import uk.plymouth.wellbeing.signposting.callback.AuditRecord;
import uk.plymouth.wellbeing.signposting.callback.CallbackQueue;
import uk.plymouth.wellbeing.signposting.callback.CallbackReceipt;
import uk.plymouth.wellbeing.signposting.callback.CallbackStatus;
import uk.plymouth.wellbeing.signposting.callback.CallbackTexts;
import uk.plymouth.wellbeing.signposting.callback.Channel;
import uk.plymouth.wellbeing.signposting.callback.NewCallback;
import uk.plymouth.wellbeing.signposting.callback.QueueEntry;
import uk.plymouth.wellbeing.signposting.callback.StaffMember;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.messaging.LoggingSmsSender;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;
import uk.plymouth.wellbeing.signposting.messaging.SmsSender;
import uk.plymouth.wellbeing.signposting.messaging.TextMessage;
import uk.plymouth.wellbeing.signposting.staff.NewStaff;
import uk.plymouth.wellbeing.signposting.staff.StaffAccounts;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;
import uk.plymouth.wellbeing.staff.StaffLayout;

/**
 * The staff queue and request screens driven as staff would (Karibu-Testing) over the real app, its H2 database and
 * Spring Security's context: hub scoping on every screen, the claim race, the call log, live updates, and residents'
 * words shown as text.
 */
@SpringBootTest(properties = {"hub.staff.admin-username=admin", "hub.staff.admin-password=Plymouth-Hoe-Lighthouse-1",
        "hub.staff.bcrypt-strength=4"})
@ActiveProfiles("test")
class StaffCallbackViewsTest {

    static final String FOUR_GREENS = "four-greens";
    static final String CENTRAL_LIBRARY = "central-library";
    static final String PASSWORD = "Smeatons-Tower-1759";

    @Autowired
    ApplicationContext context;

    @Autowired
    CallbackQueue queue;

    @Autowired
    uk.plymouth.wellbeing.signposting.callback.CallbackBookkeeping bookkeeping;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CallbackTexts staffTexts;

    @Autowired
    SmsSender sender;

    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String greens;
    String greensToo;
    String library;

    @BeforeEach
    void setUp() {
        greens = staff("sam" + suffix, FOUR_GREENS);
        greensToo = staff("kim" + suffix, FOUR_GREENS);
        library = staff("lee" + suffix, CENTRAL_LIBRARY);
        Routes routes = new Routes(Set.<Class<? extends Component>>of(CallbackQueueView.class,
                CallbackDetailView.class), Set.of(), true);
        Function0<UI> uiFactory = MockedUI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    @Test
    void queueListsOnlyTheStaffMembersHubs() {
        CallbackReceipt atGreens = request(FOUR_GREENS, "Ada");
        CallbackReceipt atLibrary = request(CENTRAL_LIBRARY, "Bea");

        logIn(greens);
        List<UUID> shown = rows().stream().map(QueueEntry::id).toList();

        assertThat(shown).contains(atGreens.id()).doesNotContain(atLibrary.id());
        assertThat(_get(CallbackQueueView.class).filters.hub.getListDataView().getItems().toList())
                .containsExactly(QueueFilters.ALL, FOUR_GREENS);
    }

    @Test
    void anotherHubsRequestIsNotFoundOnItsOwnPageAndNotAudited() {
        CallbackReceipt atLibrary = request(CENTRAL_LIBRARY, "Bea");

        logIn(greens);
        UI.getCurrent().navigate(CallbackDetailView.class, params(atLibrary.id()));

        assertThat(_get(H2.class).getText()).isEqualTo("Request not found");
        assertThat(_find(RequestFacts.class)).isEmpty();
        assertThat(queue.auditTrail(atLibrary.id(), StaffMember.admin("check")))
                .extracting(AuditRecord::action).doesNotContain(AuditAction.VIEWED);
    }

    @Test
    void nonsenseIdsAreNotFound() {
        logIn(greens);
        UI.getCurrent().navigate("staff/callback/not-a-uuid");

        assertThat(_get(H2.class).getText()).isEqualTo("Request not found");
    }

    @Test
    void staffClaimLogCallsAndCompleteAndEveryStepIsAudited() {
        CallbackReceipt receipt = request(FOUR_GREENS, "Ada");
        logIn(greens);
        UI.getCurrent().navigate(CallbackDetailView.class, params(receipt.id()));

        _click(_get(CallbackActions.class).claim);
        logCall(AttemptOutcome.NO_ANSWER, "Rang at 10, no answer");
        logCall(AttemptOutcome.REACHED, "Spoke to Ada about her bills");
        _click(_get(CallbackActions.class).complete);

        assertThat(_get(CallbackDetailView.class).status.getText()).isEqualTo("Saved.");
        assertThat(_get(Span.class, spec -> spec.withClasses("request-state")).getText()).startsWith("Done");
        assertThat(queue.auditTrail(receipt.id(), StaffMember.admin("check"))).extracting(AuditRecord::action)
                .containsSubsequence(AuditAction.REQUESTED, AuditAction.VIEWED, AuditAction.CLAIMED,
                        AuditAction.ATTEMPT_LOGGED, AuditAction.ATTEMPT_LOGGED, AuditAction.COMPLETED);
        assertThat(paragraphsIn("attempts")).anySatisfy(line -> assertThat(line)
                .contains("No answer. Rang at 10, no answer"));
        assertThat(jdbc.queryForObject("select status from callback_request where id = ?", String.class,
                receipt.id())).isEqualTo(CallbackStatus.DONE.name());
    }

    @Test
    void aSecondClaimIsRefusedWithAClearMessage() {
        CallbackReceipt receipt = request(FOUR_GREENS, "Ada");
        logIn(greensToo);
        UI.getCurrent().navigate(CallbackDetailView.class, params(receipt.id()));
        CallbackActions stale = _get(CallbackActions.class);

        queue.claim(receipt.id(), new StaffMember(greens, Set.of(FOUR_GREENS), false));
        MockVaadin.clientRoundtrip();
        CallbackDetailView view = _get(CallbackDetailView.class);
        assertThat(view.changedElsewhere.isVisible()).isTrue();
        assertThat(_find(view.changedElsewhere, Paragraph.class).get(0).getText())
                .isEqualTo(greens + " just claimed this request.");
        _click(stale.claim);

        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .contains("Someone else has just claimed this request.");
        assertThat(_get(Span.class, spec -> spec.withClasses("request-state")).getText())
                .startsWith("Claimed by " + greens);
        assertThat(_find(CallbackActions.class).get(0).claim.isAttached()).isFalse();
    }

    @Test
    void aNewRequestAppearsInAnOpenQueueWithoutReloading() {
        logIn(greens);
        UI.getCurrent().navigate(CallbackQueueView.class);
        CallbackQueueView view = _get(CallbackQueueView.class);
        int before = rows().size();

        CallbackReceipt receipt = request(FOUR_GREENS, "Cy");
        MockVaadin.clientRoundtrip();

        assertThat(rows()).hasSize(before + 1).extracting(QueueEntry::id).contains(receipt.id());
        assertThat(view.announcement.getText()).startsWith("New callback request " + receipt.reference());
    }

    @Test
    void anotherHubsNewRequestDoesNotDisturbTheQueue() {
        logIn(greens);
        UI.getCurrent().navigate(CallbackQueueView.class);
        CallbackQueueView view = _get(CallbackQueueView.class);

        request(CENTRAL_LIBRARY, "Di");
        MockVaadin.clientRoundtrip();

        assertThat(view.announcement.getText()).isEmpty();
    }

    @Test
    void residentsWordsAreShownAsTextNeverMarkup() {
        String name = "<script>alert(1)</script>";
        CallbackReceipt receipt = queue.request(NewCallback.at(FOUR_GREENS, "07700 900123", Channel.KIOSK)
                .withFirstName(name).withAbout(Category.ADVICE, "שלום <b>bold</b> 😀").withConsent(true));
        logIn(greens);
        UI.getCurrent().navigate(CallbackDetailView.class, params(receipt.id()));

        List<String> texts = _find(_get(RequestFacts.class), Span.class).stream().map(Span::getText).toList();
        assertThat(texts).contains(name, "שלום <b>bold</b> 😀");
        assertThat(_get(RequestFacts.class).getElement().getOuterHTML()).doesNotContain("<script>")
                .contains("&lt;script&gt;");
    }

    @Test
    void tooLongANoteIsRefusedWithItsReasonAndNothingSaved() {
        CallbackReceipt receipt = request(FOUR_GREENS, "Ada");
        logIn(greens);
        UI.getCurrent().navigate(CallbackDetailView.class, params(receipt.id()));

        CallbackActions actions = _get(CallbackActions.class);
        actions.note.setValue("x".repeat(10_000));
        _click(actions.addNote);

        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .anySatisfy(text -> assertThat(text).startsWith("note: at most"));
        assertThat(jdbc.queryForObject("select count(*) from callback_note where request_id = ?", Integer.class,
                receipt.id())).isZero();
    }

    @Test
    void staffLayoutNamesWhoIsLoggedInAndTheirHubs() {
        logIn(library);
        UI.getCurrent().navigate(CallbackQueueView.class);

        assertThat(_get(Span.class, spec -> spec.withClasses("staff-who")).getText())
                .isEqualTo("Lee " + suffix + " (staff, central-library)");
        assertThat(_find(StaffLayout.class)).hasSize(1);
    }

    @Test
    void staffTextTheResidentAndTheirReplyShowsOnTheThreadOnceAsked() {
        CallbackReceipt receipt = request(FOUR_GREENS, "Ada");
        logIn(greens);
        UI.getCurrent().navigate(CallbackDetailView.class, params(receipt.id()));

        TextThreadSection texts = _get(TextThreadSection.class);
        texts.message.setValue("We tried to ring you. When is best?");
        assertThat(texts.count.getText()).isEqualTo("35 characters, 1 text");
        _click(texts.send);

        assertThat(paragraphsIn("text-thread")).singleElement().asString()
                .contains("Text from " + greens, "\"We tried to ring you. When is best?\"");
        assertThat(((LoggingSmsSender) sender).recent()).extracting(TextMessage::body)
                .contains("We tried to ring you. When is best?");

        staffTexts.residentReplied(receipt.id(), "after 3 <b>please</b>");
        MockVaadin.clientRoundtrip();
        CallbackDetailView view = _get(CallbackDetailView.class);
        assertThat(view.changedElsewhere.isVisible()).isTrue();
        assertThat(view.status.getText()).isEqualTo("The resident just texted back about this request.");
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Show the latest")));
        assertThat(paragraphsIn("text-thread")).last().asString()
                .endsWith("The resident texted: \"after 3 <b>please</b>\"");
    }

    @Test
    void aResidentWhoOptedOutCannotBeTextedAndTheScreenSaysWhy() {
        CallbackReceipt receipt = request(FOUR_GREENS, "Ada");
        bookkeeping.stopTexts(PhoneNumber.parseUk("07700 900123"));
        logIn(greens);
        UI.getCurrent().navigate(CallbackDetailView.class, params(receipt.id()));

        TextThreadSection texts = _get(TextThreadSection.class);
        assertThat(_find(texts, Paragraph.class)).extracting(Paragraph::getText)
                .anySatisfy(text -> assertThat(text).contains("texted STOP"));
        assertThat(_find(texts, com.vaadin.flow.component.button.Button.class)).isEmpty();
    }

    @Test
    void aTooLongTextIsRefusedAndWhatWasTypedStays() {
        CallbackReceipt receipt = request(FOUR_GREENS, "Ada");
        logIn(greens);
        UI.getCurrent().navigate(CallbackDetailView.class, params(receipt.id()));

        TextThreadSection texts = _get(TextThreadSection.class);
        String typed = "Please ring the hub. ".repeat(16);
        texts.message.setValue(typed);
        assertThat(texts.count.getText()).endsWith("3 texts: too long to send");
        _click(texts.send);

        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .anySatisfy(text -> assertThat(text).startsWith("that is 3 texts long"));
        assertThat(texts.message.getValue()).isEqualTo(typed);
        assertThat(staffTexts.thread(receipt.id(), StaffMember.admin("ada"))).isEmpty();
    }

    // ---------------------------------------------------------------- helpers

    private String staff(String username, String hubId) {
        accounts.create("admin", new NewStaff(username, "Lee " + suffix, StaffRole.STAFF, Set.of(hubId), PASSWORD));
        return username;
    }

    private CallbackReceipt request(String hubId, String name) {
        return queue.request(NewCallback.at(hubId, "07700 900123", Channel.KIOSK).withFirstName(name)
                .withConsent(true));
    }

    /** As Spring Security leaves things after a form login: the context, and the request's principal and role. */
    private void logIn(String username) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_STAFF")));
        SecurityContextHolder.getContext().setAuthentication(token);
        FakeRequest request = UtilsKt.getFake(VaadinRequest.getCurrent());
        request.setUserPrincipalInt(token);
        request.setUserInRole((principal, role) -> "STAFF".equals(role) || "ROLE_STAFF".equals(role));
        UI.getCurrent().navigate(CallbackQueueView.class);
    }

    private void logCall(AttemptOutcome outcome, String notes) {
        CallbackActions actions = _get(CallbackActions.class);
        actions.outcome.setValue(outcome);
        actions.attemptNotes.setValue(notes);
        _click(actions.logAttempt);
    }

    private List<QueueEntry> rows() {
        Grid<QueueEntry> grid = _get(CallbackQueueView.class).grid;
        return GridKt._findAll(grid);
    }

    private List<String> paragraphsIn(String className) {
        return _find(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses(className)),
                Paragraph.class).stream().map(Paragraph::getText).toList();
    }

    private static RouteParameters params(UUID id) {
        return new RouteParameters(CallbackDetailView.ID, id.toString());
    }
}
