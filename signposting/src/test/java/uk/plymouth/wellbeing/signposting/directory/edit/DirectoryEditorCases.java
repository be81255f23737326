package uk.plymouth.wellbeing.signposting.directory.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.catalogue.ItemKind;
import uk.plymouth.wellbeing.signposting.catalogue.ItemRef;
import uk.plymouth.wellbeing.signposting.catalogue.store.StoredVersion.VersionState;
import uk.plymouth.wellbeing.signposting.directory.DirectoryLoader;
import uk.plymouth.wellbeing.signposting.search.SearchRequest;
import uk.plymouth.wellbeing.signposting.search.ServiceSearch;
import uk.plymouth.wellbeing.signposting.staff.StaffIdentity;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;
import uk.plymouth.wellbeing.signposting.testsupport.CatalogueFixtures;
import uk.plymouth.wellbeing.signposting.testsupport.SignpostingTestApplication;
import uk.plymouth.wellbeing.signposting.testsupport.DirectoryTables;

/**
 * What {@link DirectoryEditor} promises, on every database we support (H2 in {@code DirectoryEditorTest}, a real
 * PostgreSQL server in {@code DirectoryEditorPostgresIT}): versions, drafts and publishing by role, conflicts,
 * restore and archive, "still right", the audit, and published changes live in the catalogue and search at once.
 */
@SpringBootTest(classes = SignpostingTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "spring.jpa.hibernate.ddl-auto=validate",
            "spring.jpa.open-in-view=false",
            "hub.catalogue.location=classpath:fixtures/content/",
            "hub.catalogue.check-for-changes-every=0s"
        })
abstract class DirectoryEditorCases {

    static final String FOUR_GREENS = "fixture-four-greens";
    static final String JAN_CUTTING = "fixture-jan-cutting";
    static final ItemRef DEBT = new ItemRef(ItemKind.SERVICE, "fixture-debt-advice");
    static final StaffIdentity STAFF = new StaffIdentity("sam", "Sam", StaffRole.STAFF, Set.of(FOUR_GREENS));
    static final StaffIdentity OTHER_STAFF = new StaffIdentity("kim", "Kim", StaffRole.STAFF, Set.of(FOUR_GREENS));
    static final StaffIdentity LEAD = new StaffIdentity("lee", "Lee", StaffRole.HUB_LEAD, Set.of(FOUR_GREENS));
    static final StaffIdentity ADMIN = new StaffIdentity("ada", "Ada", StaffRole.ADMIN, Set.of());
    static final StaffIdentity ELSEWHERE = new StaffIdentity("eve", "Eve", StaffRole.HUB_LEAD,
            Set.of("some-other-hub"));

    @Autowired
    DirectoryEditor editor;

    @Autowired
    DirectoryLoader loader;

    @Autowired
    ResidentWordsEditor residentWords;

    @Autowired
    PlacesEditor places;

    @Autowired
    Catalogue catalogue;

    @Autowired
    ServiceSearch search;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void startFromTheFiles() {
        DirectoryTables.empty(jdbc);
        loader.reload();
    }

    @AfterEach
    void putTheFilesBack() {
        startFromTheFiles();
    }

    /** The database may be shared with other test classes: leave no edited directory behind. */
    @org.junit.jupiter.api.AfterAll
    static void leaveNothingEdited(@Autowired JdbcTemplate jdbc) {
        DirectoryTables.empty(jdbc);
    }

    @Test
    void staffSaveADraftThatResidentsDoNotSeeUntilAHubLeadPublishesIt() {
        ItemVersion opened = editor.open(STAFF, DEBT).orElseThrow();
        HubService renamed = CatalogueFixtures.renamed((HubService) opened.record(), "Zumbalicious money clinic");

        ItemVersion draft = editor.save(STAFF, renamed, opened.version(), "New name from the poster", false);

        assertThat(draft.state()).isEqualTo(VersionState.DRAFT);
        assertThat(draft.changes()).extracting(FieldChange::field).containsExactly("name");
        assertThat(draft.changes().get(0).inWords()).isEqualTo("Name: Debt and money advice → Zumbalicious money "
                + "clinic");
        assertThat(catalogue.service(DEBT.id()).orElseThrow().name()).isEqualTo("Debt and money advice");
        assertThat(found("zumbalicious")).isEmpty();
        assertThatThrownBy(() -> editor.publish(STAFF, DEBT, draft.version()))
                .isInstanceOf(EditNotAllowedException.class).hasMessageContaining("hub lead");

        ItemVersion published = editor.publish(LEAD, DEBT, draft.version());

        assertThat(published.state()).isEqualTo(VersionState.PUBLISHED);
        assertThat(published.publishedBy()).isEqualTo("lee");
        assertThat(catalogue.service(DEBT.id()).orElseThrow().name()).isEqualTo("Zumbalicious money clinic");
        assertThat(found("zumbalicious")).containsExactly(DEBT.id());
        assertThat(catalogue.snapshot().changedAt(DEBT.id())).contains(SignpostingTestApplication.NOW);
    }

    @Test
    void staffCannotTouchAnotherHubsItemsNorMoveAnItemToAHubTheyDoNotWorkFor() {
        ItemVersion opened = editor.open(LEAD, DEBT).orElseThrow();
        HubService service = (HubService) opened.record();

        assertThatThrownBy(() -> editor.open(ELSEWHERE, DEBT)).isInstanceOf(EditNotAllowedException.class);
        assertThatThrownBy(() -> editor.save(ELSEWHERE, CatalogueFixtures.renamed(service, "Mine now"),
                opened.version(), null, true)).isInstanceOf(EditNotAllowedException.class);
        assertThatThrownBy(() -> editor.save(STAFF, CatalogueFixtures.movedTo(service, List.of(FOUR_GREENS)),
                opened.version(), null, false))
                .as("taking it away from Jan Cutting, whose staff Sam is not").isInstanceOf(EditNotAllowedException.class);
        assertThat(editor.history(LEAD, DEBT)).hasSize(1);
    }

    @Test
    void theSecondOfTwoPeopleEditingIsToldWhatChangedAndNothingIsOverwritten() {
        ItemVersion mine = editor.open(STAFF, DEBT).orElseThrow();
        ItemVersion theirs = editor.open(OTHER_STAFF, DEBT).orElseThrow();
        editor.save(OTHER_STAFF, CatalogueFixtures.renamed((HubService) theirs.record(), "Their name"),
                theirs.version(), null, false);

        assertThatThrownBy(() -> editor.save(STAFF, CatalogueFixtures.renamed((HubService) mine.record(), "My name"),
                mine.version(), null, false))
                .isInstanceOfSatisfying(EditConflictException.class, conflict -> {
                    assertThat(conflict.changedBy()).isEqualTo("kim");
                    assertThat(conflict.latestVersion()).isEqualTo(mine.version() + 1);
                    assertThat(conflict.theirChanges()).extracting(FieldChange::after).containsExactly("Their name");
                });
        assertThat(editor.history(STAFF, DEBT)).extracting(v -> ((HubService) v.record()).name())
                .containsExactly("Their name", "Debt and money advice");
        assertThat(audit(DirectoryAudit.Action.CONFLICT)).isEqualTo(1);
    }

    @Test
    void twoSavesAtTheSameMomentOnTheSameVersionKeepExactlyOne() throws Exception {
        ItemVersion opened = editor.open(LEAD, DEBT).orElseThrow();
        HubService service = (HubService) opened.record();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<String>> saves = List.of(1, 2, 3, 4).stream().<Callable<String>>map(n -> () -> {
                try {
                    editor.save(LEAD, CatalogueFixtures.renamed(service, "Name " + n), opened.version(), null, true);
                    return "saved";
                } catch (EditConflictException conflict) {
                    return "conflict";
                }
            }).toList();
            List<String> outcomes = pool.invokeAll(saves).stream().map(DirectoryEditorCases::outcome).toList();
            assertThat(outcomes).containsOnly("saved", "conflict").filteredOn("saved"::equals).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(editor.history(LEAD, DEBT)).hasSize(2);
    }

    @Test
    void anyEarlierVersionCanBeRestoredAndAnArchivedItemComesBack() {
        ItemVersion v1 = editor.open(LEAD, DEBT).orElseThrow();
        ItemVersion v2 = editor.save(LEAD, CatalogueFixtures.renamed((HubService) v1.record(), "Renamed"),
                v1.version(), null, true);
        ItemVersion v3 = editor.archive(LEAD, DEBT, v2.version(), "Closed for good", true);

        assertThat(catalogue.service(DEBT.id())).isEmpty();
        assertThat(found("debt")).doesNotContain(DEBT.id());

        ItemVersion v4 = editor.restore(LEAD, DEBT, v1.version(), v3.version(), true);

        assertThat(v4.archived()).isFalse();
        assertThat(v4.note()).isEqualTo("Restored version " + v1.version());
        assertThat(catalogue.service(DEBT.id()).orElseThrow().name()).isEqualTo("Debt and money advice");
        assertThat(found("debt")).contains(DEBT.id());
        assertThat(editor.history(LEAD, DEBT)).extracting(ItemVersion::version).containsExactly(4, 3, 2, 1);
        assertThat(editor.history(LEAD, DEBT).get(1).changes()).extracting(FieldChange::field)
                .containsExactly("archived");
    }

    @Test
    void stillRightRecordsWhoCheckedAndMovesTheCheckedDateToToday() {
        ItemVersion opened = editor.open(STAFF, DEBT).orElseThrow();

        ItemVersion checked = editor.confirmStillRight(STAFF, DEBT, opened.version());

        assertThat(checked.state()).isEqualTo(VersionState.PUBLISHED);
        assertThat(checked.author()).isEqualTo("sam");
        assertThat(checked.changes()).extracting(FieldChange::field).containsExactly("lastVerified");
        assertThat(catalogue.service(DEBT.id()).orElseThrow().lastVerified()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(audit(DirectoryAudit.Action.CHECKED_STILL_RIGHT)).isEqualTo(1);
        assertThat(audit(DirectoryAudit.Action.VIEWED)).isEqualTo(1);
    }

    @Test
    void stillRightCannotSlipADraftPastTheHubLead() {
        ItemVersion opened = editor.open(STAFF, DEBT).orElseThrow();
        ItemVersion draft = editor.save(STAFF, CatalogueFixtures.renamed((HubService) opened.record(), "Sneaky"),
                opened.version(), null, false);

        assertThatThrownBy(() -> editor.confirmStillRight(STAFF, DEBT, draft.version()))
                .isInstanceOf(EditNotAllowedException.class).hasMessageContaining("hub lead");
        assertThat(catalogue.service(DEBT.id()).orElseThrow().name()).isEqualTo("Debt and money advice");
    }

    @Test
    void anAdminTeachesSearchANewResidentsWordCheckedLineByLine() {
        assertThat(found("quokkas")).isEmpty();
        String before = residentWords.current();

        assertThatThrownBy(() -> residentWords.save(LEAD, before + "\nquokkas => debt\n"))
                .isInstanceOf(EditNotAllowedException.class);
        assertThatThrownBy(() -> residentWords.save(ADMIN, "quokkas => debt\nbroken line\n"))
                .isInstanceOfSatisfying(InvalidItemException.class, invalid -> assertThat(invalid.problems())
                        .singleElement().satisfies(problem -> assertThat(problem.line()).isEqualTo(2)));
        assertThat(found("quokkas")).isEmpty();

        residentWords.save(ADMIN, before + "\nquokkas => debt\n");

        assertThat(found("quokkas")).contains(DEBT.id());
        assertThat(jdbc.queryForObject("select count(*) from directory_audit where item_kind = 'words'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void anAdminChangesPostcodePlacesButCannotDropAHubsDistrict() {
        String before = places.current();
        assertThat(before).contains("district:");

        assertThatThrownBy(() -> places.save(LEAD, before)).isInstanceOf(EditNotAllowedException.class);
        assertThatThrownBy(() -> places.save(ADMIN, "districts:\n  - district: PL99\n    lat: 50.4\n    lon: -4.1\n"
                + "    in_plymouth: true\n    areas: [Nowhere]\n"))
                .isInstanceOfSatisfying(InvalidItemException.class, invalid -> assertThat(invalid.getMessage())
                        .contains("keep it in the list"));
        assertThatThrownBy(() -> places.save(ADMIN, "districts: [oops"))
                .isInstanceOf(InvalidItemException.class);

        String added = "districts:\n  - district: PL99\n    lat: 50.4\n    lon: -4.1\n    in_plymouth: true\n"
                + "    areas: [Quokkaville]\n" + before.substring(before.indexOf("districts:") + "districts:\n".length());
        places.save(ADMIN, added);

        assertThat(catalogue.places().areaNames()).contains("quokkaville");
        assertThat(catalogue.places().areaNames()).as("the others kept").contains("whitleigh");
        assertThat(jdbc.queryForObject("select count(*) from directory_audit where item_kind = 'places'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void reloadingUnchangedFilesKeepsWhatStaffPublished() {
        ItemVersion opened = editor.open(LEAD, DEBT).orElseThrow();
        editor.save(LEAD, CatalogueFixtures.renamed((HubService) opened.record(), "Edited in the app"),
                opened.version(), null, true);

        loader.reload();

        assertThat(catalogue.service(DEBT.id()).orElseThrow().name()).isEqualTo("Edited in the app");
    }

    @Test
    void aRecordThatBreaksTheFilesRulesIsRefusedWithItsFieldNamedAndNothingSaved() {
        ItemVersion opened = editor.open(LEAD, DEBT).orElseThrow();
        HubService service = (HubService) opened.record();
        HubService tooLong = new HubService(service.id(), service.hubIds(), service.category(), service.name(),
                service.summary(), "x".repeat(10_000), service.whoFor(), service.cost(), service.access(),
                service.when(), service.sessions(), service.contact(), service.provider(), service.tags(),
                service.status(), service.statusNote(), service.lastVerified());
        HubService unknownHub = CatalogueFixtures.movedTo(service, List.of(FOUR_GREENS, "nowhere-hub"));

        assertThatThrownBy(() -> editor.save(LEAD, tooLong, opened.version(), null, true))
                .isInstanceOfSatisfying(InvalidItemException.class, invalid -> assertThat(invalid.problems())
                        .extracting(p -> p.field()).containsExactly("description"));
        assertThatThrownBy(() -> editor.save(ADMIN, unknownHub, opened.version(), null, true))
                .isInstanceOfSatisfying(InvalidItemException.class, invalid -> assertThat(invalid.problems())
                        .extracting(p -> p.field()).containsExactly("hubs"));
        HubService copy = CatalogueFixtures.renamed(service, "A copy");
        assertThatThrownBy(() -> editor.save(LEAD, copy, 0, null, false))
                .as("a new item may not take an id in use").isInstanceOfSatisfying(InvalidItemException.class,
                        invalid -> assertThat(invalid.getMessage()).contains("is already used"));
        assertThat(editor.history(LEAD, DEBT)).hasSize(1);
    }

    @Test
    void markupEmojiAndRightToLeftTextAreKeptExactlyAsTyped() {
        ItemVersion opened = editor.open(LEAD, DEBT).orElseThrow();
        String name = "<script>alert(1)</script> Café 😊 مرحبا";

        editor.save(LEAD, CatalogueFixtures.renamed((HubService) opened.record(), name), opened.version(), null, true);

        assertThat(catalogue.service(DEBT.id()).orElseThrow().name()).isEqualTo(name);
    }

    private List<String> found(String words) {
        return search.search(SearchRequest.forText(words)).hits().stream().map(h -> h.item().id()).toList();
    }

    private int audit(DirectoryAudit.Action action) {
        Integer count = jdbc.queryForObject("select count(*) from directory_audit where action = ?", Integer.class,
                action.name());
        return count == null ? 0 : count;
    }

    private static String outcome(Future<String> future) {
        try {
            return future.get();
        } catch (Exception failed) {
            return "failed: " + failed;
        }
    }
}
