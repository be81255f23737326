package uk.plymouth.wellbeing.staff.accounts;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import uk.plymouth.wellbeing.signposting.staff.StaffAccounts;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;
import uk.plymouth.wellbeing.staff.StaffKaribu;
import uk.plymouth.wellbeing.staff.TestStaff;

/** "Change my password" for a member of staff (not an admin), without a browser, over the real app and database. */
@SpringBootTest(properties = {
        "hub.staff.admin-username=" + TestStaff.ADMIN,
        "hub.staff.admin-password=" + TestStaff.ADMIN_PASSWORD,
        "hub.staff.bcrypt-strength=4"})
@ActiveProfiles("test")
@Import(TestStaff.ClockConfiguration.class)
class StaffChangePasswordViewTest {

    static final String NEW_PASSWORD = "Velvet-Estuary-Compass-64";

    @Autowired
    ApplicationContext context;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    String username;
    ChangePasswordView view;

    @BeforeEach
    void openAsStaff() {
        username = TestStaff.create(accounts, StaffRole.STAFF);
        StaffKaribu.start(context, username, StaffRole.STAFF, ChangePasswordView.class);
        UI.getCurrent().navigate(ChangePasswordView.class);
        view = _get(ChangePasswordView.class);
    }

    @AfterEach
    void tearDown() {
        StaffKaribu.stop();
    }

    private void type(String current, String fresh, String repeat) {
        _setValue(view.currentPassword, current);
        _setValue(view.newPassword, fresh);
        _setValue(view.repeatPassword, repeat);
        _click(view.change);
    }

    private boolean passwordIs(String password) {
        return passwordEncoder.matches(password, accounts.forLogin(username).orElseThrow().passwordHash());
    }

    @Test
    void changesThePasswordAndEmptiesTheForm() {
        type(TestStaff.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(passwordIs(NEW_PASSWORD)).isTrue();
        assertThat(view.outcome.getText()).isEqualTo("Your password is changed. Use the new one next time you log in.");
        assertThat(view.currentPassword.getValue()).isEmpty();
        assertThat(view.newPassword.getValue()).isEmpty();
        assertThat(view.repeatPassword.getValue()).isEmpty();
        assertThat(view.currentPassword.isInvalid() || view.newPassword.isInvalid() || view.repeatPassword.isInvalid())
                .isFalse();
    }

    @Test
    void aWrongCurrentPasswordChangesNothingAndCountsAsAFailedLogin() {
        type("Not-My-Password-99", NEW_PASSWORD, NEW_PASSWORD);

        assertThat(passwordIs(TestStaff.PASSWORD)).isTrue();
        assertThat(view.currentPassword.isInvalid()).isTrue();
        assertThat(view.currentPassword.getErrorMessage())
                .startsWith("That is not your current password, or there have been too many wrong tries.");
        assertThat(view.currentPassword.getValue()).isEmpty();
        assertThat(accounts.list(TestStaff.ADMIN).stream().filter(s -> s.username().equals(username)).findFirst()
                .orElseThrow().failedLogins()).isEqualTo(1);
    }

    @Test
    void theNewPasswordMustBeTypedTheSameTwice() {
        type(TestStaff.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x");

        assertThat(passwordIs(TestStaff.PASSWORD)).isTrue();
        assertThat(view.repeatPassword.isInvalid()).isTrue();
        assertThat(view.repeatPassword.getErrorMessage()).startsWith("The two new passwords are different");
        assertThat(view.currentPassword.isInvalid()).isFalse();
    }

    @Test
    void aWeakNewPasswordIsExplainedNextToIt() {
        type(TestStaff.PASSWORD, "Summer2026!!", "Summer2026!!");

        assertThat(passwordIs(TestStaff.PASSWORD)).isTrue();
        assertThat(view.newPassword.isInvalid()).isTrue();
        assertThat(view.newPassword.getErrorMessage())
                .isEqualTo("Too weak: it is one of the commonest passwords, or one with a few digits or symbols added");
        assertThat(view.outcome.getText()).doesNotContain("Summer2026!!");
    }

    @Test
    void theNewPasswordMustDifferFromTheCurrentOne() {
        type(TestStaff.PASSWORD, TestStaff.PASSWORD, TestStaff.PASSWORD);

        assertThat(view.newPassword.isInvalid()).isTrue();
        assertThat(view.newPassword.getErrorMessage()).isEqualTo("Too weak: it is the same as the current password");
    }

    @Test
    void anEarlierMistakeIsClearedOnTheNextTry() {
        type(TestStaff.PASSWORD, NEW_PASSWORD, "something else");
        assertThat(view.repeatPassword.isInvalid()).isTrue();

        type(TestStaff.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(view.repeatPassword.isInvalid()).isFalse();
        assertThat(passwordIs(NEW_PASSWORD)).isTrue();
    }
}
