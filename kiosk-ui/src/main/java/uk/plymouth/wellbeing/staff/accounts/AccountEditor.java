package uk.plymouth.wellbeing.staff.accounts;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;
import uk.plymouth.wellbeing.signposting.staff.StaffSummary;

/**
 * "Change the chosen account": its role, its hubs, disable or enable, clear failed logins, a new password. Each button is one
 * change; the view makes it. Everything is disabled until an account is chosen in the list.
 */
class AccountEditor extends Section {

    final H2 title = new H2();
    final Paragraph state = new Paragraph();
    final Select<StaffRole> role = StaffAccountsView.roleSelect("Role");
    final Button saveRole = new Button("Save role");
    final CheckboxGroup<String> hubs;
    final Button saveHubs = new Button("Save hubs");
    final Button disable = new Button("Disable account");
    final Button enable = new Button("Enable account");
    final Button unlock = new Button("Clear failed logins");
    final PasswordField newPassword = new PasswordField("New password");
    final Button resetPassword = new Button("Set this password");
    /** The fields by the names {@code StaffAccounts} puts at the start of its messages. */
    final Map<String, Component> fields;
    private @Nullable StaffSummary account;

    AccountEditor(HubNames hubNames) {
        addClassName("staff-edit-account");
        title.setId("edit-staff-title");
        getElement().setAttribute("aria-labelledby", "edit-staff-title");
        hubs = hubNames.checkboxes("Hubs they work for");
        newPassword.setHelperText("Also clears their failed logins. Tell them in person and ask them to change it.");
        newPassword.getElement().setAttribute("autocomplete", "new-password");
        for (Button button : new Button[] {saveRole, saveHubs, disable, enable, unlock, resetPassword}) {
            button.addThemeVariants(ButtonVariant.LUMO_LARGE);
        }
        disable.addThemeVariants(ButtonVariant.LUMO_ERROR);
        fields = Map.of("role", role, "hubIds", hubs, "password", newPassword);
        add(title, state, row(role, saveRole), hubs, saveHubs, row(disable, enable, unlock),
                row(newPassword, resetPassword));
        show(null);
    }

    /** Fills the editor from the chosen account, or empties and disables it when none is chosen. */
    void show(@Nullable StaffSummary chosen, String stateText) {
        account = chosen;
        Outcome.clearErrors(fields);
        newPassword.clear();
        boolean any = chosen != null;
        title.setText(any ? "Change " + chosen.displayName() + " (" + chosen.username() + ")"
                : "Change an account: choose one in the list first");
        state.setText(stateText);
        if (any) {
            role.setValue(chosen.role());
            hubs.setValue(chosen.hubIds());
        } else {
            hubs.clear();
        }
        for (HasEnabled c : new HasEnabled[] {role, saveRole, hubs, saveHubs, newPassword, resetPassword}) {
            c.setEnabled(any);
        }
        disable.setEnabled(any && chosen.enabled());
        enable.setEnabled(any && !chosen.enabled());
        unlock.setEnabled(any && chosen.locked());
    }

    void show(@Nullable StaffSummary chosen) {
        show(chosen, "");
    }

    /** The account being changed; the buttons are disabled while there is none. */
    StaffSummary account() {
        if (account == null) {
            throw new IllegalStateException("No staff account is chosen");
        }
        return account;
    }

    private static HorizontalLayout row(Component... components) {
        HorizontalLayout row = new HorizontalLayout(components);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }
}
