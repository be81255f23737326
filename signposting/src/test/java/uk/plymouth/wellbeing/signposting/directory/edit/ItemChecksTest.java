package uk.plymouth.wellbeing.signposting.directory.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.catalogue.ItemKind;
import uk.plymouth.wellbeing.signposting.catalogue.ItemRef;
import uk.plymouth.wellbeing.signposting.directory.DirectoryLoader;
import uk.plymouth.wellbeing.signposting.directory.edit.DirectoryListing.Filter;
import uk.plymouth.wellbeing.signposting.directory.edit.DirectoryListing.Page;
import uk.plymouth.wellbeing.signposting.directory.edit.DirectoryListing.Row;
import uk.plymouth.wellbeing.signposting.directory.edit.DirectoryListing.Show;
import uk.plymouth.wellbeing.signposting.directory.edit.DirectoryListing.Waiting;
import uk.plymouth.wellbeing.signposting.staff.StaffIdentity;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;
import uk.plymouth.wellbeing.signposting.testsupport.CatalogueFixtures;
import uk.plymouth.wellbeing.signposting.testsupport.SignpostingTestApplication;
import uk.plymouth.wellbeing.signposting.testsupport.DirectoryTables;

/**
 * A staff screen's form checked by the content files' rules over the fixture content, on H2 with the context
 * {@code DirectoryEditorTest} uses: a new item's id must be free of every live, archived and draft-only item.
 */
@SpringBootTest(classes = SignpostingTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "spring.jpa.hibernate.ddl-auto=validate",
            "spring.jpa.open-in-view=false",
            "hub.catalogue.location=classpath:fixtures/content/",
            "hub.catalogue.check-for-changes-every=0s"
        })
@TestPropertySource(properties = {
    "spring.datasource.url=jdbc:h2:mem:directory-editor-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa",
    "spring.datasource.password="
})
class ItemChecksTest {

    static final StaffIdentity GREENS_STAFF = new StaffIdentity("sam", "Sam", StaffRole.STAFF,
            Set.of("fixture-four-greens"));

    @Autowired
    ItemChecks checks;

    @Autowired
    uk.plymouth.wellbeing.signposting.catalogue.Catalogue catalogue;

    @Autowired
    DirectoryEditor editor;

    @Autowired
    DirectoryLoader loader;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void startFromTheFiles() {
        DirectoryTables.empty(jdbc);
        loader.reload();
    }

    @Test
    void anItemsOwnFieldsComeBackAsTheSameRecord() {
        HubService debt = catalogue.service("fixture-debt-advice").orElseThrow();
        Map<String, Object> fields = ItemChecks.fieldsOf(debt);

        assertThat(checks.check(ItemKind.SERVICE, fields, false).value()).isEqualTo(debt);
    }

    @Test
    void aNewItemsIdMustBeFreeOfLiveAndDraftOnlyItems() {
        HubService debt = catalogue.service("fixture-debt-advice").orElseThrow();
        HubService fresh = CatalogueFixtures.service("fixture-apple-club", "Apple pressing club", Category.FOOD,
                "free", List.of("fixture-four-greens"));
        editor.save(GREENS_STAFF, fresh, 0, null, false);

        assertThat(checks.check(ItemKind.SERVICE, ItemChecks.fieldsOf(debt), true).problemsWith("id"))
                .extracting(p -> p.message()).anyMatch(m -> m.contains("already used"));
        assertThat(checks.check(ItemKind.SERVICE, ItemChecks.fieldsOf(fresh), true).problemsWith("id")).isNotEmpty();
        assertThat(checks.check(ItemKind.ACTIVITY, Map.of("id", "fixture-apple-club"), true).problemsWith("id"))
                .as("services and activities share ids").isNotEmpty();
    }
}
