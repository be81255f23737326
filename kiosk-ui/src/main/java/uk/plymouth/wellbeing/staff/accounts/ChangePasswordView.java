package uk.plymouth.wellbeing.staff.accounts;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import uk.plymouth.wellbeing.signposting.staff.PasswordPolicy;
import uk.plymouth.wellbeing.signposting.staff.StaffAccounts;
import uk.plymouth.wellbeing.signposting.staff.LoginThrottleProperties;
import uk.plymouth.wellbeing.signposting.staff.WeakPasswordException;
import uk.plymouth.wellbeing.staff.CurrentStaff;
import uk.plymouth.wellbeing.staff.StaffLayout;

/**
 * "Change my password", for every member of staff: the current password (so nobody can change it from a session left
 * open), the new one twice. A wrong current password counts as a failed login, as the page says.
 */
@Route(value = "staff/password", layout = StaffLayout.class)
@PageTitle("Change my password - Wellbeing Hubs")
@PermitAll
class ChangePasswordView extends Main {

    final PasswordField currentPassword = new PasswordField("Current password");
    final PasswordField newPassword = new PasswordField("New password");
    final PasswordField repeatPassword = new PasswordField("New password again");
    final Button change = new Button("Change my password");
    final Outcome outcome = new Outcome();
    private final StaffAccounts accounts;
    private final CurrentStaff current;
    private final LoginThrottleProperties login;

    ChangePasswordView(StaffAccounts accounts, CurrentStaff current, LoginThrottleProperties login) {
        this.accounts = accounts;
        this.current = current;
        this.login = login;
        addClassName("staff-password");
        currentPassword.getElement().setAttribute("autocomplete", "current-password");
        newPassword.getElement().setAttribute("autocomplete", "new-password");
        repeatPassword.getElement().setAttribute("autocomplete", "new-password");
        newPassword.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters; not a common password or"
                + " your username. A few unrelated words make a good one.");
        for (PasswordField field : fields().values()) {
            field.setRequiredIndicatorVisible(true);
        }
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        change.addClickListener(click -> change());
        FormLayout form = new FormLayout(currentPassword, newPassword, repeatPassword);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("32em");
        add(new H1("Change my password"), form, change, outcome);
    }

    private void change() {
        Outcome.clearErrors(fields());
        if (!newPassword.getValue().equals(repeatPassword.getValue())) {
            outcome.fieldFailed(repeatPassword, "the two new passwords are different; type the same one twice");
            return;
        }
        try {
            if (accounts.changeOwnPassword(current.identity().username(), currentPassword.getValue(),
                    newPassword.getValue())) {
                clear();
                outcome.done("Your password is changed. Use the new one next time you log in.");
            } else {
                currentPassword.clear();
                outcome.fieldFailed(currentPassword, "that is not your current password, or there have been too"
                        + " many wrong tries. After " + login.freeFailures() + " wrong tries in a row you must wait a"
                        + " while before trying again, longer after each");
            }
        } catch (WeakPasswordException e) {
            outcome.fieldFailed(newPassword, "too weak: " + e.reason());
        }
    }

    /** Empties the form; emptied required fields would otherwise show as wrong. */
    private void clear() {
        fields().values().forEach(PasswordField::clear);
        Outcome.clearErrors(fields());
    }

    private Map<String, PasswordField> fields() {
        return Map.of("currentPassword", currentPassword, "password", newPassword, "repeat", repeatPassword);
    }
}
