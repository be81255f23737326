package uk.plymouth.wellbeing.staff.accounts;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import uk.plymouth.wellbeing.signposting.staff.NewStaff;
import uk.plymouth.wellbeing.signposting.staff.PasswordPolicy;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;

/** "Add a member of staff": the fields of a {@link NewStaff}; the view sends it on {@link #create}. */
class NewStaffForm extends Section {

    final TextField username = new TextField("Username");
    final TextField displayName = new TextField("Name");
    final Select<StaffRole> role = StaffAccountsView.roleSelect("Role");
    final CheckboxGroup<String> hubs;
    final PasswordField password = new PasswordField("First password");
    final Button create = new Button("Add this member of staff");
    /** The fields by the names {@code StaffAccounts} puts at the start of its messages. */
    final Map<String, Component> fields;

    NewStaffForm(HubNames hubNames) {
        addClassName("staff-new-account");
        H2 title = new H2("Add a member of staff");
        title.setId("new-staff-title");
        getElement().setAttribute("aria-labelledby", "new-staff-title");
        username.setHelperText("Letters, digits and . _ - @; not case-sensitive");
        username.setRequiredIndicatorVisible(true);
        username.getElement().setAttribute("autocomplete", "off");
        displayName.setHelperText("As colleagues know them");
        displayName.setRequiredIndicatorVisible(true);
        role.setValue(StaffRole.STAFF);
        hubs = hubNames.checkboxes("Hubs they work for");
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters, not a common password. Tell"
                + " them in person; they can change it under \"Change my password\".");
        password.setRequiredIndicatorVisible(true);
        password.getElement().setAttribute("autocomplete", "new-password");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        fields = Map.of("username", username, "displayName", displayName, "role", role, "hubIds", hubs,
                "password", password);
        FormLayout form = new FormLayout(username, displayName, role, password, hubs);
        form.setColspan(hubs, 2);
        add(title, form, create);
    }

    /** What was typed, as the domain takes it. */
    NewStaff value() {
        return new NewStaff(username.getValue(), displayName.getValue(), role.getValue(), hubs.getValue(),
                password.getValue());
    }

    /** Empties the form after a successful add (the password first of all). */
    void clear() {
        password.clear();
        username.clear();
        displayName.clear();
        role.setValue(StaffRole.STAFF);
        hubs.clear();
        Outcome.clearErrors(fields);
    }
}
