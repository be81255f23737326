package uk.plymouth.wellbeing.staff.imports;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteNotFoundError;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import uk.plymouth.wellbeing.signposting.directory.imports.ImportSource;
import uk.plymouth.wellbeing.signposting.directory.imports.SourceKind;
import uk.plymouth.wellbeing.signposting.staff.StaffAccounts;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;
import uk.plymouth.wellbeing.staff.StaffKaribu;
import uk.plymouth.wellbeing.staff.TestStaff;

/** The admins' import sources screen without a browser (Karibu-Testing) over the real app and database. */
@SpringBootTest(properties = {
        "hub.staff.admin-username=" + TestStaff.ADMIN,
        "hub.staff.admin-password=" + TestStaff.ADMIN_PASSWORD,
        "hub.staff.bcrypt-strength=4"})
@ActiveProfiles("test")
@Import(TestStaff.ClockConfiguration.class)
class ImportSourcesViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    StaffAccounts accounts;

    @AfterEach
    void tearDown() {
        StaffKaribu.stop();
    }

    private ImportSourcesView openAs(String username, StaffRole role) {
        StaffKaribu.start(context, username, role, ImportSourcesView.class);
        UI.getCurrent().navigate(ImportSourcesView.class);
        return _get(ImportSourcesView.class);
    }

    @Test
    void anAdminAddsASourceAndSeesItNeverRan() {
        ImportSourcesView view = openAs(TestStaff.ADMIN, StaffRole.ADMIN);
        String name = "Council directory " + UUID.randomUUID().toString().substring(0, 8);
        view.form.name.setValue(name);
        view.form.kind.setValue(SourceKind.ORUK);
        view.form.url.setValue("https://directory.example.org/api");
        view.form.hub.setValue("four-greens");
        view.form.everyHours.setValue(12);
        view.form.publish.setValue(false);

        _click(view.form.add);

        assertThat(view.outcome.getText()).isEqualTo("Source added.");
        ImportSource added = GridKt._findAll(view.grid).stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow();
        assertThat(added.hubId()).isEqualTo("four-greens");
        assertThat(added.every().toHours()).isEqualTo(12);
        assertThat(added.publish()).isFalse();
        assertThat(added.statusLine()).isEqualTo("Never run");
        assertThat(view.form.runNow.isEnabled()).as("the new source is chosen").isTrue();
    }

    @Test
    void whatCannotBeSavedIsSaidInPlainWords() {
        ImportSourcesView view = openAs(TestStaff.ADMIN, StaffRole.ADMIN);
        view.form.url.setValue("not an address");

        _click(view.form.add);

        assertThat(view.outcome.getText()).startsWith("Not saved. Give the source a name of 1 to 80 characters.")
                .contains("must be a full web address").contains("is not one of our hubs");
    }

    @Test
    void hubLeadsAreKeptOut() {
        String lead = TestStaff.create(accounts, StaffRole.HUB_LEAD);
        StaffKaribu.start(context, lead, StaffRole.HUB_LEAD, ImportSourcesView.class);

        UI.getCurrent().navigate(ImportSourcesView.class);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(RouteNotFoundError.class);
        assertThat(_find(ImportSourcesView.class)).isEmpty();
    }
}
