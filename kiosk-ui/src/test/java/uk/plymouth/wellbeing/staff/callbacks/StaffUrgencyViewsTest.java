package uk.plymouth.wellbeing.staff.callbacks;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import uk.plymouth.wellbeing.signposting.callback.CallbackQueue;
import uk.plymouth.wellbeing.signposting.callback.Channel;
import uk.plymouth.wellbeing.signposting.callback.NewCallback;
import uk.plymouth.wellbeing.signposting.callback.QueueEntry;
import uk.plymouth.wellbeing.signposting.callback.StaffMember;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.crisis.CrisisKind;
import uk.plymouth.wellbeing.signposting.staff.NewStaff;
import uk.plymouth.wellbeing.signposting.staff.StaffAccounts;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;
import uk.plymouth.wellbeing.staff.StaffKaribu;

/**
 * Why a request is urgent, on the queue and on the request's page (Karibu-Testing over the real app, as
 * {@link StaffCallbackViewsTest}, whose context it shares): the kind of crisis words when the system made it urgent,
 * "Urgent" when staff did, and never the resident's words.
 */
@SpringBootTest(properties = {"hub.staff.admin-username=admin", "hub.staff.admin-password=Plymouth-Hoe-Lighthouse-1",
        "hub.staff.bcrypt-strength=4"})
@ActiveProfiles("test")
class StaffUrgencyViewsTest {

    static final String FOUR_GREENS = StaffCallbackViewsTest.FOUR_GREENS;
    /** What the resident typed: shown under "In their words", never as the reason. */
    static final String WORDS = "i dont want to be here anymore, can someone ring me";

    @Autowired
    ApplicationContext context;

    @Autowired
    CallbackQueue queue;

    @Autowired
    StaffAccounts accounts;

    final String username = "urgency-" + UUID.randomUUID().toString().substring(0, 6);
    final StaffMember staff = StaffMember.at(username, FOUR_GREENS);

    @BeforeEach
    void logIn() {
        accounts.create("admin", new NewStaff(username, "Ursula Gent", StaffRole.STAFF, Set.of(FOUR_GREENS),
                StaffCallbackViewsTest.PASSWORD));
        StaffKaribu.start(context, username, StaffRole.STAFF, CallbackQueueView.class, CallbackDetailView.class);
    }

    @AfterEach
    void logOut() {
        StaffKaribu.stop();
    }

    @Test
    void theQueueSaysWhyEachRequestIsUrgentAndPutsCrisisWordsFirst() {
        UUID ordinary = request(null);
        UUID byStaff = request(null);
        queue.markUrgent(byStaff, staff, true);
        UUID crisis = request(CrisisKind.SUICIDE);
        UUID notUrgentAnyMore = request(CrisisKind.ABUSE);
        queue.markUrgent(notUrgentAnyMore, staff, false);

        UI.getCurrent().navigate(CallbackQueueView.class);
        Grid<QueueEntry> grid = _get(CallbackQueueView.class).grid;
        List<QueueEntry> rows = GridKt._findAll(grid);
        List<UUID> mine = rows.stream().map(QueueEntry::id)
                .filter(List.of(ordinary, byStaff, crisis, notUrgentAnyMore)::contains).toList();

        assertThat(mine).containsExactly(crisis, byStaff, ordinary, notUrgentAnyMore);
        assertThat(urgentColumn(grid, rows, crisis)).isEqualTo("Urgent: crisis words (suicidal thoughts)");
        assertThat(urgentColumn(grid, rows, byStaff)).isEqualTo("Urgent");
        assertThat(urgentColumn(grid, rows, ordinary)).isEmpty();
        assertThat(urgentColumn(grid, rows, notUrgentAnyMore)).isEmpty();
        long forCrisisWords = rows.stream().filter(e -> e.urgent() && e.crisisKind() != null).count();
        assertThat(forCrisisWords).isPositive();
        assertThat(_get(CallbackQueueView.class).count.getText()).contains("urgent (" + forCrisisWords
                + " for crisis words)");
    }

    @Test
    void theRequestPageSaysWhyItIsUrgentAtTheTopInWordsNeverTheResidentsWords() {
        UUID crisis = request(CrisisKind.SUICIDE);

        UrgencyNotice notice = open(crisis);

        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.headline.getText()).isEqualTo("Urgent: crisis words (suicidal thoughts)");
        assertThat(notice.explanation.getText()).isEqualTo("The system made this request urgent: what the resident"
                + " typed or texted may be about suicidal thoughts.");
        assertThat(notice.getElement().getTextRecursively()).doesNotContain("here anymore");
        assertThat(notice.getClassNames()).contains("urgency-notice", "urgency-notice-crisis");
        // at the top: straight after the request's title, before its state and the actions
        CallbackDetailView view = _get(CallbackDetailView.class);
        assertThat(view.getChildren().toList().indexOf(notice)).isEqualTo(2);
        assertThat(_get(Span.class, spec -> spec.withClasses("request-state")).getText()).contains(", urgent");
    }

    @Test
    void theRequestPageSaysJustUrgentWhenStaffMadeItSoAndKeepsTheReasonWhenNoLongerUrgent() {
        UUID byStaff = request(null);
        queue.markUrgent(byStaff, staff, true);
        UrgencyNotice staffs = open(byStaff);
        assertThat(staffs.isVisible()).isTrue();
        assertThat(staffs.headline.getText()).isEqualTo("Urgent");
        assertThat(staffs.explanation.isAttached()).isFalse();

        UUID wasCrisis = request(CrisisKind.SELF_HARM);
        queue.markUrgent(wasCrisis, staff, false);
        UrgencyNotice past = open(wasCrisis);
        assertThat(past.headline.getText()).isEqualTo("Not urgent now");
        assertThat(past.explanation.getText()).contains("may be about self-harm", "Staff have since marked it not"
                + " urgent.");

        UI.getCurrent().navigate(CallbackDetailView.class, params(request(null)));
        assertThat(_find(UrgencyNotice.class)).as("an ordinary request shows no notice").isEmpty();
    }

    // ---------------------------------------------------------------- helpers

    private UUID request(@Nullable CrisisKind kind) {
        return queue.request(NewCallback.at(FOUR_GREENS, "07700 900123", Channel.KIOSK).withFirstName("Ada")
                .withAbout(Category.MENTAL_HEALTH, WORDS).withConsent(true).withCrisis(kind)).id();
    }

    private UrgencyNotice open(UUID id) {
        UI.getCurrent().navigate(CallbackDetailView.class, params(id));
        return _get(UrgencyNotice.class);
    }

    private static RouteParameters params(UUID id) {
        return new RouteParameters(CallbackDetailView.ID, id.toString());
    }

    /** The Urgent column's text (the second column) on the request's row. */
    private static String urgentColumn(Grid<QueueEntry> grid, List<QueueEntry> rows, UUID id) {
        int row = rows.stream().map(QueueEntry::id).toList().indexOf(id);
        return GridKt._getFormattedRow(grid, row).get(1);
    }
}
