package uk.plymouth.wellbeing.staff.accounts;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouteNotFoundError;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.staff.StaffAccounts;
import uk.plymouth.wellbeing.signposting.staff.StaffLogins;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;
import uk.plymouth.wellbeing.signposting.staff.StaffSummary;
import uk.plymouth.wellbeing.signposting.testsupport.MutableClock;
import uk.plymouth.wellbeing.staff.StaffKaribu;
import uk.plymouth.wellbeing.staff.TestStaff;

/**
 * The admins' staff accounts screen driven without a browser (Karibu-Testing) over the real app and database: adding
 * people, the domain's refusals shown where they belong, each change to a chosen account, text shown as text, and
 * everyone but admins kept out.
 */
@SpringBootTest(properties = {
        "hub.staff.admin-username=" + TestStaff.ADMIN,
        "hub.staff.admin-password=" + TestStaff.ADMIN_PASSWORD,
        "hub.staff.bcrypt-strength=4"})
@ActiveProfiles("test")
@Import(TestStaff.ClockConfiguration.class)
class StaffAccountsViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    StaffLogins logins;

    @Autowired
    Catalogue catalogue;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    MutableClock clock;

    @AfterEach
    void tearDown() {
        StaffKaribu.stop();
    }

    private StaffAccountsView openAs(String username, StaffRole role) {
        StaffKaribu.start(context, username, role, StaffAccountsView.class, ChangePasswordView.class);
        UI.getCurrent().navigate(StaffAccountsView.class);
        return _get(StaffAccountsView.class);
    }

    private StaffAccountsView openAsFirstAdmin() {
        return openAs(TestStaff.ADMIN, StaffRole.ADMIN);
    }

    private static List<String> row(StaffAccountsView view, String username) {
        return IntStream.range(0, GridKt._size(view.grid))
                .filter(i -> GridKt._get(view.grid, i).username().equals(username))
                .mapToObj(i -> GridKt._getFormattedRow(view.grid, i))
                .findFirst().orElseThrow(() -> new AssertionError(username + " is not in the list"));
    }

    private static void choose(StaffAccountsView view, String username) {
        StaffSummary account = IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i))
                .filter(s -> s.username().equals(username)).findFirst().orElseThrow();
        view.grid.asSingleSelect().setValue(account);
    }

    private static void fillNewStaff(StaffAccountsView view, String username, String name, String password) {
        _setValue(view.newStaff.username, username);
        _setValue(view.newStaff.displayName, name);
        _setValue(view.newStaff.role, StaffRole.HUB_LEAD);
        _setValue(view.newStaff.hubs, Set.of(TestStaff.FOUR_GREENS));
        _setValue(view.newStaff.password, password);
    }

    // ---------------------------------------------------------------- adding people

    @Test
    void anAdminAddsAMemberOfStaffWhoThenAppearsInTheList() {
        StaffAccountsView view = openAsFirstAdmin();
        String username = TestStaff.newUsername("sam");

        fillNewStaff(view, username, "Sam Carter", TestStaff.PASSWORD);
        _click(view.newStaff.create);

        String fourGreens = catalogue.hub(TestStaff.FOUR_GREENS).orElseThrow().name();
        assertThat(row(view, username)).containsExactly(username, "Sam Carter", "hub lead", fourGreens, "Yes", "",
                "never");
        assertThat(view.outcome.getText()).isEqualTo("Added Sam Carter (" + username + ") as hub lead.");
        assertThat(view.newStaff.password.getValue()).isEmpty();
        assertThat(view.newStaff.username.getValue()).isEmpty();
        assertThat(view.newStaff.username.isInvalid() || view.newStaff.password.isInvalid()).isFalse();
        assertThat(accounts.member(username).hubIds()).containsExactly(TestStaff.FOUR_GREENS);
        assertThat(accounts.member(username).role()).isEqualTo(StaffRole.HUB_LEAD);
    }

    @Test
    void aWeakPasswordIsExplainedNextToThePasswordAndNothingIsAdded() {
        StaffAccountsView view = openAsFirstAdmin();
        String username = TestStaff.newUsername("weak");

        fillNewStaff(view, username, "Wendy Weak", "Password2026!");
        _click(view.newStaff.create);

        assertThat(view.newStaff.password.isInvalid()).isTrue();
        assertThat(view.newStaff.password.getErrorMessage())
                .isEqualTo("Too weak: it is one of the commonest passwords, or one with a few digits or symbols"
                        + " added");
        assertThat(view.outcome.getText()).startsWith("Not saved. First password: Too weak")
                .doesNotContain("Password2026!");
        assertThat(view.newStaff.username.isInvalid()).isFalse();
        assertThat(accounts.forLogin(username)).isEmpty();
        assertThat(view.newStaff.username.getValue()).isEqualTo(username);
    }

    @Test
    void aTakenUsernameIsExplainedNextToTheUsername() {
        StaffAccountsView view = openAsFirstAdmin();

        fillNewStaff(view, TestStaff.ADMIN.toUpperCase(), "Someone Else", TestStaff.PASSWORD);
        _click(view.newStaff.create);

        assertThat(view.newStaff.username.isInvalid()).isTrue();
        assertThat(view.newStaff.username.getErrorMessage())
                .isEqualTo("'" + TestStaff.ADMIN + "' is taken (usernames ignore case)");
        assertThat(view.newStaff.password.isInvalid()).isFalse();
    }

    @Test
    void aBlankNameIsExplainedNextToTheName() {
        StaffAccountsView view = openAsFirstAdmin();
        String username = TestStaff.newUsername("blank");

        fillNewStaff(view, username, "   ", TestStaff.PASSWORD);
        _click(view.newStaff.create);

        assertThat(view.newStaff.displayName.isInvalid()).isTrue();
        assertThat(view.newStaff.displayName.getErrorMessage()).startsWith("Must be 1 to ");
        assertThat(view.outcome.getText()).startsWith("Not saved. Name: Must be 1 to ");
        assertThat(accounts.forLogin(username)).isEmpty();
    }

    @Test
    void fixingAMistakeClearsTheMarkOnTheField() {
        StaffAccountsView view = openAsFirstAdmin();
        String username = TestStaff.newUsername("fix");
        fillNewStaff(view, "x", "Fiona Fix", TestStaff.PASSWORD);
        _click(view.newStaff.create);
        assertThat(view.newStaff.username.isInvalid()).isTrue();

        _setValue(view.newStaff.username, username);
        _click(view.newStaff.create);

        assertThat(view.newStaff.username.isInvalid()).isFalse();
        assertThat(row(view, username)).contains("Fiona Fix");
    }

    @Test
    void namesAreShownAsTextNeverAsMarkup() {
        StaffAccountsView view = openAsFirstAdmin();
        String username = TestStaff.newUsername("xss");
        String markup = "<img src=x onerror=alert(1)>";

        fillNewStaff(view, username, markup, TestStaff.PASSWORD);
        _click(view.newStaff.create);
        choose(view, username);

        assertThat(row(view, username)).contains(markup);
        assertThat(view.outcome.getText()).contains(markup);
        assertThat(view.outcome.getElement().getChildren()).allMatch(Element::isTextNode);
        assertThat(view.editor.title.getText()).isEqualTo("Change " + markup + " (" + username + ")");
        assertThat(view.editor.title.getElement().getChildren()).allMatch(Element::isTextNode);
        assertThat(_find(Html.class)).isEmpty();
    }

    // ---------------------------------------------------------------- changing an account

    @Test
    void theChangeButtonsWaitUntilAnAccountIsChosen() {
        StaffAccountsView view = openAsFirstAdmin();

        assertThat(view.editor.saveRole.isEnabled()).isFalse();
        assertThat(view.editor.disable.isEnabled()).isFalse();
        assertThat(view.editor.resetPassword.isEnabled()).isFalse();
        assertThat(view.editor.title.getText()).contains("choose one in the list first");
    }

    @Test
    void anAdminChangesRoleAndHubs() {
        String username = TestStaff.create(accounts, StaffRole.STAFF);
        StaffAccountsView view = openAsFirstAdmin();
        choose(view, username);
        String otherHub = catalogue.hubs().stream().map(h -> h.id()).filter(id -> !id.equals(TestStaff.FOUR_GREENS))
                .findFirst().orElseThrow();

        _setValue(view.editor.role, StaffRole.HUB_LEAD);
        _click(view.editor.saveRole);
        _setValue(view.editor.hubs, Set.of(TestStaff.FOUR_GREENS, otherHub));
        _click(view.editor.saveHubs);

        assertThat(accounts.member(username).role()).isEqualTo(StaffRole.HUB_LEAD);
        assertThat(accounts.member(username).hubIds()).containsExactlyInAnyOrder(TestStaff.FOUR_GREENS, otherHub);
        assertThat(row(view, username)).contains("hub lead");
        assertThat(view.outcome.getText()).startsWith("Hubs saved for ");
        assertThat(view.grid.asSingleSelect().getValue().username()).isEqualTo(username);
    }

    @Test
    void anAdminDisablesAndEnablesAnAccount() {
        String username = TestStaff.create(accounts, StaffRole.STAFF);
        StaffAccountsView view = openAsFirstAdmin();
        choose(view, username);
        assertThat(view.editor.enable.isEnabled()).isFalse();

        _click(view.editor.disable);

        assertThat(accounts.forLogin(username).orElseThrow().enabled()).isFalse();
        assertThat(row(view, username)).contains("No (disabled)");
        assertThat(view.editor.disable.isEnabled()).isFalse();

        _click(view.editor.enable);

        assertThat(accounts.forLogin(username).orElseThrow().enabled()).isTrue();
        assertThat(row(view, username)).contains("Yes");
    }

    @Test
    void anAdminClearsAnAccountsFailedLogins() {
        String username = TestStaff.create(accounts, StaffRole.STAFF);
        failFiveTimes(username);
        StaffAccountsView view = openAsFirstAdmin();
        choose(view, username);
        assertThat(row(view, username).get(5)).isNotEmpty();

        _click(view.editor.unlock);

        assertThat(accounts.list(TestStaff.ADMIN)).filteredOn(s -> s.username().equals(username)).singleElement()
                .satisfies(s -> assertThat(s.locked()).isFalse());
        assertThat(logins.logIn(username, TestStaff.PASSWORD, "203.0.113.5")).isPresent();
        assertThat(row(view, username).get(5)).isEmpty();
        assertThat(view.editor.unlock.isEnabled()).isFalse();
    }

    @Test
    void anAdminSetsANewPasswordButNotAWeakOne() {
        String username = TestStaff.create(accounts, StaffRole.STAFF);
        StaffAccountsView view = openAsFirstAdmin();
        choose(view, username);

        _setValue(view.editor.newPassword, "short");
        _click(view.editor.resetPassword);

        assertThat(view.editor.newPassword.isInvalid()).isTrue();
        assertThat(view.editor.newPassword.getErrorMessage()).isEqualTo("Too weak: it is shorter than 12 characters");
        String hash = accounts.forLogin(username).orElseThrow().passwordHash();
        assertThat(passwordEncoder.matches(TestStaff.PASSWORD, hash)).isTrue();

        _setValue(view.editor.newPassword, "Copper-Meadow-Signal-58");
        _click(view.editor.resetPassword);

        assertThat(view.editor.newPassword.isInvalid()).isFalse();
        assertThat(view.editor.newPassword.getValue()).isEmpty();
        assertThat(passwordEncoder.matches("Copper-Meadow-Signal-58",
                accounts.forLogin(username).orElseThrow().passwordHash())).isTrue();
        assertThat(view.outcome.getText()).doesNotContain("Copper-Meadow-Signal-58");
    }

    @Test
    void theLastWordOnAdminsIsTheDomains() {
        String admin = TestStaff.create(accounts, StaffRole.ADMIN);
        StaffAccountsView view = openAs(admin, StaffRole.ADMIN);
        accounts.setRole(TestStaff.ADMIN, admin, StaffRole.STAFF);

        fillNewStaff(view, TestStaff.newUsername("late"), "Too Late", TestStaff.PASSWORD);
        _click(view.newStaff.create);

        assertThat(view.outcome.getText()).isEqualTo("Not added. Only an admin can manage staff accounts, and '"
                + admin + "' is not one");
    }

    // ---------------------------------------------------------------- who may open it

    @ParameterizedTest
    @EnumSource(value = StaffRole.class, names = {"STAFF", "HUB_LEAD"})
    void staffWhoAreNotAdminsAreKeptOut(StaffRole role) {
        String username = TestStaff.create(accounts, role);
        StaffKaribu.start(context, username, role, StaffAccountsView.class, ChangePasswordView.class);

        UI.getCurrent().navigate(StaffAccountsView.class);

        // Vaadin's access control answers as if there were no such screen, so it does not reveal what exists
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(RouteNotFoundError.class);
        assertThat(_find(StaffAccountsView.class)).isEmpty();
        UI.getCurrent().navigate(ChangePasswordView.class);
        assertThat(_find(ChangePasswordView.class)).hasSize(1);
    }

    @Test
    void delayedLoginsShowUntilTheDelayEnds() {
        String username = TestStaff.create(accounts, StaffRole.STAFF);
        failFiveTimes(username);
        StaffAccountsView view = openAsFirstAdmin();
        assertThat(row(view, username).get(5)).isNotEmpty();

        clock.advance(Duration.ofSeconds(30));
        StaffKaribu.stop();
        view = openAsFirstAdmin();

        assertThat(row(view, username).get(5)).isEmpty();
    }

    /** Five wrong passwords from a stranger's address: that account's logins from unfamiliar places are delayed. */
    private void failFiveTimes(String username) {
        for (int i = 0; i < 5; i++) {
            assertThat(logins.logIn(username, "Wrong-Guess-Number-" + i, "203.0.113.5")).isEmpty();
        }
    }
}
