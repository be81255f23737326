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
 * The staff directory list over the fixture content (debt advice at both hubs, walking football at Jan Cutting, never
 * checked), on H2 with the context {@code DirectoryEditorTest} uses: who sees what, filters, paging, drafts of new
 * items, archived items, needs checking, and drafts waiting for a hub lead.
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
class DirectoryListingTest {

    static final String FOUR_GREENS = "fixture-four-greens";
    static final String JAN_CUTTING = "fixture-jan-cutting";
    static final ItemRef DEBT = new ItemRef(ItemKind.SERVICE, "fixture-debt-advice");
    static final ItemRef FOOTBALL = new ItemRef(ItemKind.ACTIVITY, "fixture-walking-football");
    static final StaffIdentity GREENS_STAFF = new StaffIdentity("sam", "Sam", StaffRole.STAFF, Set.of(FOUR_GREENS));
    static final StaffIdentity GREENS_LEAD = new StaffIdentity("lee", "Lee", StaffRole.HUB_LEAD, Set.of(FOUR_GREENS));
    static final StaffIdentity JAN_STAFF = new StaffIdentity("jo", "Jo", StaffRole.STAFF, Set.of(JAN_CUTTING));
    static final StaffIdentity ADMIN = new StaffIdentity("ada", "Ada", StaffRole.ADMIN, Set.of());

    @Autowired
    DirectoryListing listing;

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

    private List<ItemRef> refs(StaffIdentity who, Filter filter) {
        return listing.page(who, filter, 0, 50).rows().stream().map(Row::ref).toList();
    }

    private static Filter show(Show show) {
        return new Filter(null, null, show, false, "");
    }

    @Test
    void staffSeeTheirOwnHubsItemsAndAdminsSeeEverythingByName() {
        assertThat(refs(GREENS_STAFF, Filter.everything())).containsExactly(DEBT);
        assertThat(refs(JAN_STAFF, Filter.everything())).containsExactly(DEBT, FOOTBALL);
        assertThat(refs(ADMIN, Filter.everything())).containsExactly(DEBT, FOOTBALL);
        assertThat(refs(GREENS_STAFF, new Filter(JAN_CUTTING, null, Show.EVERYTHING, false, ""))).containsExactly(DEBT);
    }

    @Test
    void filtersByCategoryStatusNameAndNeedsCheckingAndPages() {
        assertThat(refs(ADMIN, new Filter(null, Category.ADVICE, Show.EVERYTHING, false, ""))).containsExactly(DEBT);
        assertThat(refs(ADMIN, new Filter(null, null, Show.EVERYTHING, false, "FOOT"))).containsExactly(FOOTBALL);
        assertThat(refs(ADMIN, show(Show.TEMPORARILY_CLOSED))).isEmpty();
        assertThat(refs(ADMIN, new Filter(null, null, Show.EVERYTHING, true, ""))).as("never checked")
                .containsExactly(FOOTBALL);
        Page second = listing.page(ADMIN, Filter.everything(), 1, 1);
        assertThat(second.rows()).extracting(Row::ref).containsExactly(FOOTBALL);
        assertThat(second.total()).isEqualTo(2);
        assertThat(second.first()).isEqualTo(1);
    }

    @Test
    void countsWhatNeedsCheckingAtEachHubTheyMaySee() {
        assertThat(listing.needsCheckingByHub(ADMIN)).isEqualTo(Map.of(JAN_CUTTING, 1));
        assertThat(listing.needsCheckingByHub(GREENS_STAFF)).isEmpty();
        assertThat(listing.needsChecking(SignpostingTestApplication.TODAY.minusMonths(6))).isFalse();
        assertThat(listing.needsChecking(SignpostingTestApplication.TODAY.minusMonths(6).minusDays(1))).isTrue();
    }

    @Test
    void aNewItemSavedAsADraftIsListedAsWaitingAndHubLeadsMayPublishIt() {
        HubService fresh = CatalogueFixtures.service("fixture-apple-club", "Apple pressing club", Category.FOOD,
                "free", List.of(FOUR_GREENS));
        editor.save(GREENS_STAFF, fresh, 0, "new in the autumn", false);
        ItemRef apple = ItemRef.of(fresh);

        Row row = listing.page(GREENS_STAFF, Filter.everything(), 0, 50).rows().get(0);
        assertThat(row.ref()).isEqualTo(apple);
        assertThat(row.live()).isFalse();
        assertThat(row.draftVersion()).isEqualTo(1);
        assertThat(refs(GREENS_STAFF, show(Show.DRAFT_WAITING))).containsExactly(apple);
        assertThat(refs(GREENS_STAFF, show(Show.ACTIVE))).containsExactly(apple, DEBT);

        List<Waiting> forLead = listing.waitingToPublish(GREENS_LEAD);
        assertThat(forLead).extracting(Waiting::name, Waiting::author, Waiting::note, Waiting::mayPublish)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Apple pressing club", "sam",
                        "new in the autumn", true));
        assertThat(listing.waitingToPublish(GREENS_STAFF)).extracting(Waiting::mayPublish).containsExactly(false);
        assertThat(listing.waitingToPublish(JAN_STAFF)).isEmpty();
    }

    @Test
    void archivedItemsAreListedOnlyWhenAskedFor() {
        int current = editor.open(ADMIN, FOOTBALL).orElseThrow().version();
        editor.archive(ADMIN, FOOTBALL, current, "the pitch is gone", true);

        assertThat(refs(ADMIN, Filter.everything())).containsExactly(DEBT);
        Row archived = listing.page(ADMIN, show(Show.ARCHIVED), 0, 50).rows().get(0);
        assertThat(archived.ref()).isEqualTo(FOOTBALL);
        assertThat(archived.archived()).isTrue();
        assertThat(archived.live()).isFalse();
        assertThat(refs(GREENS_STAFF, show(Show.ARCHIVED))).isEmpty();
    }
}
