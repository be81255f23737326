package uk.plymouth.wellbeing.staff;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import jakarta.annotation.security.PermitAll;
import java.util.TreeSet;
import uk.plymouth.wellbeing.signposting.staff.StaffIdentity;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;

/**
 * The frame of every staff screen: who is logged in and for which hubs, the menu (what their role may open) and
 * "Log out".
 */
@PermitAll
@StyleSheet("context://staff/staff.css")
public class StaffLayout extends AppLayout {

    StaffLayout(CurrentStaff current) {
        StaffIdentity me = current.identity();
        addClassName("staff");
        H1 title = new H1("Wellbeing Hubs staff");
        title.addClassName("staff-title");
        Span who = new Span(me.displayName() + " (" + roleName(me.role()) + ", "
                + (me.isAdmin() ? "all hubs" : String.join(", ", new TreeSet<>(me.hubIds()))) + ")");
        who.addClassName("staff-who");
        Button logout = new Button("Log out", click -> current.logout());
        logout.addClassName("staff-logout");
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title, who, logout);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(who);
        addToNavbar(bar);

        SideNav menu = new SideNav();
        menu.addItem(new SideNavItem("Callback queue", "/staff"));
        menu.addItem(new SideNavItem("Reported problems", "/staff/problems"));
        if (me.isAdmin() || me.role() == StaffRole.HUB_LEAD) {
            menu.addItem(new SideNavItem("Dashboard", "/staff/dashboard"));
        }
        menu.addItem(new SideNavItem("Directory", "/staff/directory"));
        menu.addItem(new SideNavItem("Surveys", "/staff/surveys"));
        menu.addItem(new SideNavItem("Enter a survey", "/staff/surveys/enter"));
        if (me.isAdmin()) {
            menu.addItem(new SideNavItem("Staff accounts", "/staff/accounts"));
            menu.addItem(new SideNavItem("Content files", "/staff/content-files"));
            menu.addItem(new SideNavItem("Residents' words", "/staff/residents-words"));
            menu.addItem(new SideNavItem("Postcode places", "/staff/postcode-places"));
            menu.addItem(new SideNavItem("Import sources", "/staff/imports"));
            menu.addItem(new SideNavItem("SMS simulator", "/staff/sms-simulator"));
        }
        menu.addItem(new SideNavItem("Change my password", "/staff/password"));
        addToDrawer(menu);
    }

    static String roleName(StaffRole role) {
        return switch (role) {
            case STAFF -> "staff";
            case HUB_LEAD -> "hub lead";
            case ADMIN -> "admin";
        };
    }
}
