package uk.plymouth.wellbeing.staff.accounts;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.staff.NotPermittedException;
import uk.plymouth.wellbeing.signposting.staff.StaffAccounts;
import uk.plymouth.wellbeing.signposting.staff.StaffNotFoundException;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;
import uk.plymouth.wellbeing.signposting.staff.StaffSummary;
import uk.plymouth.wellbeing.signposting.staff.WeakPasswordException;
import uk.plymouth.wellbeing.staff.CurrentStaff;
import uk.plymouth.wellbeing.staff.StaffLayout;

/**
 * Admins' list of staff accounts: who may log in, with which role, for which hubs, whether they are disabled or
 * their logins are delayed after failures and when they last logged in; and the forms to add someone and to change the chosen account. Each click is
 * one call to {@link StaffAccounts} in the admin's name, which checks again that they are an admin; its messages are
 * shown next to the field they are about, or under the form.
 */
@Route(value = "staff/accounts", layout = StaffLayout.class)
@PageTitle("Staff accounts - Wellbeing Hubs")
@RolesAllowed("ADMIN")
class StaffAccountsView extends Main {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    final Grid<StaffSummary> grid = new Grid<>();
    final NewStaffForm newStaff;
    final AccountEditor editor;
    final Outcome outcome = new Outcome();
    private final StaffAccounts accounts;
    private final CurrentStaff current;
    private final HubNames hubNames;
    private final DateTimeFormatter when;

    StaffAccountsView(StaffAccounts accounts, CurrentStaff current, Catalogue catalogue, Clock clock) {
        this.accounts = accounts;
        this.current = current;
        this.hubNames = new HubNames(catalogue);
        this.when = WHEN.withZone(clock.getZone());
        addClassName("staff-accounts");
        newStaff = new NewStaffForm(hubNames);
        editor = new AccountEditor(hubNames);
        configureGrid();
        newStaff.create.addClickListener(click -> create());
        editor.saveRole.addClickListener(click -> change("Role saved",
                () -> accounts.setRole(admin(), editor.account().username(), editor.role.getValue())));
        editor.saveHubs.addClickListener(click -> change("Hubs saved",
                () -> accounts.setHubs(admin(), editor.account().username(), editor.hubs.getValue())));
        editor.disable.addClickListener(click -> change("Account disabled: they can no longer log in",
                () -> accounts.disable(admin(), editor.account().username())));
        editor.enable.addClickListener(click -> change("Account enabled: they can log in again",
                () -> accounts.enable(admin(), editor.account().username())));
        editor.unlock.addClickListener(click -> change("Failed logins cleared: they can log in at once",
                () -> accounts.unlock(admin(), editor.account().username())));
        editor.resetPassword.addClickListener(click -> change("New password set, and failed logins cleared",
                () -> accounts.resetPassword(admin(), editor.account().username(), editor.newPassword.getValue())));
        add(new H1("Staff accounts"), grid, editor, newStaff, outcome);
        refresh(null);
    }

    private void configureGrid() {
        grid.addColumn(StaffSummary::username).setHeader("Username").setComparator(StaffSummary::username)
                .setAutoWidth(true);
        grid.addColumn(StaffSummary::displayName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(s -> roleName(s.role())).setHeader("Role").setAutoWidth(true);
        grid.addColumn(s -> hubNames.names(s.hubIds())).setHeader("Hubs").setFlexGrow(2);
        grid.addColumn(s -> s.enabled() ? "Yes" : "No (disabled)").setHeader("Enabled").setAutoWidth(true);
        grid.addColumn(s -> time(s.lockedUntil(), "")).setHeader("Logins delayed until").setAutoWidth(true);
        grid.addColumn(s -> time(s.lastLoginAt(), "never")).setHeader("Last login").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Staff accounts: choose one to change it");
        grid.asSingleSelect().addValueChangeListener(e -> editor.show(e.getValue(), describe(e.getValue())));
    }

    private void create() {
        Outcome.clearErrors(newStaff.fields);
        try {
            StaffSummary created = accounts.create(admin(), newStaff.value());
            newStaff.clear();
            refresh(null);
            outcome.done("Added " + created.displayName() + " (" + created.username() + ") as "
                    + roleName(created.role()) + ".");
        } catch (WeakPasswordException e) {
            outcome.fieldFailed(newStaff.password, "Too weak: " + e.reason());
        } catch (IllegalArgumentException e) {
            outcome.failed(e.getMessage(), newStaff.fields);
        } catch (IllegalStateException | NotPermittedException e) {
            outcome.failed("Not added. " + e.getMessage());
        }
    }

    /** Makes one change to the chosen account, then shows the list and the account as they now are. */
    private void change(String done, Supplier<StaffSummary> call) {
        Outcome.clearErrors(editor.fields);
        try {
            StaffSummary changed = call.get();
            refresh(changed.username());
            outcome.done(done + " for " + changed.displayName() + " (" + changed.username() + ").");
        } catch (WeakPasswordException e) {
            outcome.fieldFailed(editor.newPassword, "Too weak: " + e.reason());
        } catch (IllegalArgumentException e) {
            outcome.failed(e.getMessage(), editor.fields);
        } catch (IllegalStateException | NotPermittedException | StaffNotFoundException e) {
            outcome.failed("Not changed. " + e.getMessage());
        }
    }

    /** Reloads the list and chooses that account again (none when null). */
    private void refresh(@Nullable String username) {
        List<StaffSummary> all = accounts.list(admin());
        grid.setItems(all);
        StaffSummary chosen = username == null ? null
                : all.stream().filter(s -> s.username().equals(username)).findFirst().orElse(null);
        grid.asSingleSelect().setValue(chosen);
        editor.show(chosen, describe(chosen));
    }

    private String admin() {
        return current.identity().username();
    }

    private String describe(@Nullable StaffSummary s) {
        if (s == null) {
            return "";
        }
        return roleName(s.role()) + "; " + (s.enabled() ? "enabled" : "disabled")
                + (s.locked() ? "; logins delayed until " + time(s.lockedUntil(), "") : "")
                + "; last logged in " + time(s.lastLoginAt(), "never") + ".";
    }

    private String time(@Nullable Instant instant, String none) {
        return instant == null ? none : when.format(instant);
    }

    static String roleName(StaffRole role) {
        return switch (role) {
            case STAFF -> "staff";
            case HUB_LEAD -> "hub lead";
            case ADMIN -> "admin";
        };
    }

    static Select<StaffRole> roleSelect(String label) {
        Select<StaffRole> select = new Select<>();
        select.setLabel(label);
        select.setItems(StaffRole.values());
        select.setItemLabelGenerator(StaffAccountsView::roleName);
        select.setEmptySelectionAllowed(false);
        select.setHelperText("Staff: their hubs' callbacks. Hub lead: also their hubs' dashboard. Admin: every hub"
                + " and these accounts.");
        return select;
    }
}
