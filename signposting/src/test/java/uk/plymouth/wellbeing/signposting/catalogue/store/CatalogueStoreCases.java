package uk.plymouth.wellbeing.signposting.catalogue.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.plymouth.wellbeing.signposting.testsupport.CatalogueFixtures.CENTRAL_LIBRARY;
import static uk.plymouth.wellbeing.signposting.testsupport.CatalogueFixtures.FOUR_GREENS;
import static uk.plymouth.wellbeing.signposting.testsupport.CatalogueFixtures.JAN_CUTTING;
import static uk.plymouth.wellbeing.signposting.testsupport.CatalogueFixtures.movedTo;
import static uk.plymouth.wellbeing.signposting.testsupport.CatalogueFixtures.renamed;
import static uk.plymouth.wellbeing.signposting.testsupport.CatalogueFixtures.withService;
import static uk.plymouth.wellbeing.signposting.testsupport.CatalogueFixtures.withSupportingText;
import static uk.plymouth.wellbeing.signposting.testsupport.CatalogueFixtures.withoutActivity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.plymouth.wellbeing.signposting.catalogue.Activity;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.catalogue.content.ContentReader;
import uk.plymouth.wellbeing.signposting.catalogue.content.ContentSet;
import uk.plymouth.wellbeing.signposting.directory.DirectoryLoader;
import uk.plymouth.wellbeing.signposting.directory.DirectoryStatus;
import uk.plymouth.wellbeing.signposting.location.GeoPoint;
import uk.plymouth.wellbeing.signposting.location.PostcodeDistrict;
import uk.plymouth.wellbeing.signposting.testsupport.CatalogueFixtures;
import uk.plymouth.wellbeing.signposting.testsupport.SignpostingTestApplication;
import uk.plymouth.wellbeing.signposting.testsupport.DirectoryTables;

/**
 * What {@link CatalogueStore} promises, written once and run on every database we support: H2 in PostgreSQL mode
 * ({@code CatalogueStoreTest}) and a real PostgreSQL server ({@code CatalogueStorePostgresIT}).
 *
 * <p>The whole signposting context starts with Flyway's real migrations and {@code ddl-auto=validate}; its
 * {@code DirectoryLoader} loads the small folder under {@code fixtures/content/} at start-up. Every test then
 * starts from empty tables, and each {@code save} commits on its own (no test transaction), as in production.
 */
@SpringBootTest(classes = SignpostingTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "spring.jpa.hibernate.ddl-auto=validate",
            "spring.jpa.open-in-view=false",
            "spring.flyway.locations=classpath:db/migration",
            "hub.catalogue.location=classpath:fixtures/content/",
            "hub.catalogue.check-for-changes-every=0s"
        })
abstract class CatalogueStoreCases {

    static final Instant T1 = SignpostingTestApplication.NOW;
    static final Instant T2 = T1.plus(Duration.ofHours(1));
    static final Instant T3 = T1.plus(Duration.ofHours(2));
    static final String SOURCE = "classpath:fixtures/content/";

    @Autowired
    CatalogueStore store;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Environment environment;

    @Autowired
    DirectoryLoader loader;

    @Autowired
    LiveRecords liveRecords;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    final ContentSet v1 = CatalogueFixtures.directory();

    @BeforeEach
    void emptyTables() {
        DirectoryTables.empty(jdbc);
    }

    @Test
    void migrationsRanAndTheEntitiesMatchTheSchema() {
        // the context started with ddl-auto=validate: every entity matched the tables Flyway made
        assertThat(environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
        assertThat(jdbc.queryForList("select version from flyway_schema_history where success order by installed_rank",
                String.class)).contains("1");
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where not success", Integer.class))
                .isZero();
        // and the start-up load of the fixture folder went through this database
        DirectoryStatus status = loader.status();
        assertThat(status.problems()).isEmpty();
        assertThat(status.isServing()).isTrue();
        assertThat(List.of(status.hubs(), status.services(), status.activities())).containsExactly(2, 1, 1);
    }

    @Test
    void nothingLoadedYetLoadsNothing() {
        assertThat(store.load()).isEmpty();
        assertThat(store.archivedIds()).isEmpty();
    }

    @Test
    void theFirstSaveAddsEverything() {
        SyncReport report = store.save(v1, SOURCE, T1, T1.plusMillis(250));

        assertThat(report).usingRecursiveComparison().ignoringFields("revision")
                .isEqualTo(new SyncReport(3, 4, 3, 10, 0, 0, 0, 0, 0L));
        assertThat(count("hub")).isEqualTo(3);
        assertThat(count("directory_service")).isEqualTo(4);
        assertThat(count("activity")).isEqualTo(3);
        assertThat(serviceHubs()).isEqualTo(Map.of(
                "city-money-line", Set.of(FOUR_GREENS, JAN_CUTTING),
                "fg-debt-advice", Set.of(FOUR_GREENS),
                "fg-stop-smoking", Set.of(FOUR_GREENS),
                "jc-talking-cafe", Set.of(JAN_CUTTING)));
        assertThat(jdbc.queryForList("select id from hub where archived_at is not null", String.class)).isEmpty();
        assertThat(instant("select min(created_at) from directory_service")).isEqualTo(T1.plusMillis(250));
        // the columns kept beside the JSON, for reports and joins
        assertThat(jdbc.queryForMap("select name, category, status, last_verified from directory_service where id = ?",
                "jc-talking-cafe")).containsEntry("name", "Talking café – someone to talk to")
                .containsEntry("category", "mental-health").containsEntry("status", "active");
        assertThat(jdbc.queryForObject("select hub_id from activity where id = ?", String.class, "jc-walking-football"))
                .isEqualTo(JAN_CUTTING);
        assertThat(jdbc.queryForObject("select postcode from hub where id = ?", String.class, FOUR_GREENS))
                .isEqualTo("PL5 4XX");

        assertSameDirectory(store.load().orElseThrow(), v1);
        Map<String, Object> load = onlyLoad();
        assertThat(load).containsEntry("outcome", "LOADED").containsEntry("source", SOURCE);
        assertThat(numbers(load, "hubs", "services", "activities", "added", "updated", "archived", "restored",
                "duration_ms")).containsExactly(3L, 4L, 3L, 10L, 0L, 0L, 0L, 250L);
        assertThat(load.get("problems")).isNull();
    }

    @Test
    void savingTheSameContentAgainChangesNothing() {
        store.save(v1, SOURCE, T1, T1);
        String detailsBefore = allDetails();

        SyncReport again = store.save(CatalogueFixtures.directory(), SOURCE, T2, T2);

        assertThat(again.added()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.archived()).isZero();
        assertThat(again.restored()).isZero();
        assertThat(again.unchanged()).isEqualTo(10);
        assertThat(allDetails()).isEqualTo(detailsBefore);
        for (String table : List.of("hub", "directory_service", "activity", "content_text")) {
            assertThat(instant("select max(updated_at) from " + table)).as(table + ".updated_at").isEqualTo(T1);
        }
        assertThat(count("service_hub")).isEqualTo(5);
        assertThat(count("content_load")).isEqualTo(2);
        assertSameDirectory(store.load().orElseThrow(), v1);
    }

    @Test
    void editingOneServicesNameUpdatesExactlyThatService() {
        store.save(v1, SOURCE, T1, T1);
        ContentSet v2 = withService(v1, "fg-debt-advice", s -> renamed(s, "Money and debt advice"));

        SyncReport report = store.save(v2, SOURCE, T2, T2);

        assertThat(report).usingRecursiveComparison().ignoringFields("revision")
                .isEqualTo(new SyncReport(3, 4, 3, 0, 1, 9, 0, 0, 0L));
        assertThat(jdbc.queryForList("select id from directory_service where updated_at > created_at", String.class))
                .containsExactly("fg-debt-advice");
        assertThat(instant("select max(updated_at) from hub")).isEqualTo(T1);
        assertThat(instant("select max(updated_at) from activity")).isEqualTo(T1);
        assertThat(jdbc.queryForObject("select name from directory_service where id = ?", String.class,
                "fg-debt-advice")).isEqualTo("Money and debt advice");
        assertThat(store.load().orElseThrow().services())
                .filteredOn(s -> s.id().equals("fg-debt-advice")).extracting(HubService::name)
                .containsExactly("Money and debt advice");
        assertSameDirectory(store.load().orElseThrow(), v2);
    }

    @Test
    void removingAnActivityArchivesItAndKeepsTheRow() {
        store.save(v1, SOURCE, T1, T1);
        ContentSet v2 = withoutActivity(v1, "fg-knit-and-natter");

        SyncReport report = store.save(v2, SOURCE, T2, T2);

        assertThat(report).usingRecursiveComparison().ignoringFields("revision")
                .isEqualTo(new SyncReport(3, 4, 2, 0, 0, 9, 1, 0, 0L));
        ContentSet live = store.load().orElseThrow();
        assertThat(live.activities()).extracting(Activity::id)
                .containsExactly("cl-digital-drop-in", "jc-walking-football");
        assertSameDirectory(live, v2);
        assertThat(count("activity")).isEqualTo(3);
        assertThat(instant("select archived_at from activity where id = 'fg-knit-and-natter'")).isEqualTo(T2);
        assertThat(store.archivedIds()).containsExactly("fg-knit-and-natter");

        SyncReport stillGone = store.save(v2, SOURCE, T3, T3);
        assertThat(stillGone.archived()).as("an archived row is archived once").isZero();
        assertThat(instant("select archived_at from activity where id = 'fg-knit-and-natter'")).isEqualTo(T2);
    }

    @Test
    void puttingARemovedActivityBackRestoresIt() {
        store.save(v1, SOURCE, T1, T1);
        store.save(withoutActivity(v1, "fg-knit-and-natter"), SOURCE, T2, T2);

        SyncReport report = store.save(v1, SOURCE, T3, T3);

        assertThat(report).usingRecursiveComparison().ignoringFields("revision")
                .isEqualTo(new SyncReport(3, 4, 3, 0, 0, 9, 0, 1, 0L));
        assertThat(jdbc.queryForObject("select count(*) from activity where archived_at is not null", Integer.class))
                .isZero();
        assertThat(store.archivedIds()).isEmpty();
        assertSameDirectory(store.load().orElseThrow(), v1);
        Map<String, Object> last = jdbc.queryForMap("select * from content_load order by id desc limit 1");
        assertThat(numbers(last, "added", "updated", "archived", "restored")).containsExactly(0L, 0L, 0L, 1L);
    }

    @Test
    void anEditMadeInTheAppSurvivesReloadingUnchangedFilesButNotAChangeToThatItemInTheFiles() {
        store.save(v1, SOURCE, T1, T1);
        HubService edited = renamed(v1.services().stream().filter(s -> s.id().equals("fg-debt-advice")).findFirst()
                .orElseThrow(), "Debt advice (edited in the app)");
        transactions.executeWithoutResult(status -> liveRecords.publish(edited, false, T2));

        SyncReport again = store.save(v1, SOURCE, T3, T3);

        assertThat(again.updated()).isZero();
        assertThat(jdbc.queryForObject("select name from directory_service where id = 'fg-debt-advice'", String.class))
                .isEqualTo("Debt advice (edited in the app)");
        ContentSet filesChanged = withService(v1, "fg-debt-advice", s -> renamed(s, "Money advice (files)"));
        assertThat(store.save(filesChanged, SOURCE, T3, T3).updated()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select name from directory_service where id = 'fg-debt-advice'", String.class))
                .isEqualTo("Money advice (files)");
        assertThat(jdbc.queryForObject("select count(*) from directory_version where item_id = 'fg-debt-advice'",
                Integer.class)).as("a version for the first load and one for the files' change").isEqualTo(2);
    }

    @Test
    void aLoadThatWouldRemoveMoreThanTheShareIsRefusedUntilAnAdminConfirms() {
        store.save(v1, SOURCE, T1, T1);
        ContentSet emptied = new ContentSet(v1.hubs(), List.of(), List.of(), v1.districts(), v1.synonyms());

        assertThatThrownBy(() -> store.save(emptied, SOURCE, T2, T2))
                .isInstanceOf(LargeRemovalException.class)
                .hasMessageContaining("would take 7 of the 7 live services and activities")
                .hasMessageContaining("an admin must confirm");
        assertThat(jdbc.queryForObject("select count(*) from directory_service where archived_at is null",
                Integer.class)).as("nothing changed").isEqualTo(4);

        SyncReport confirmed = store.save(emptied, SOURCE, T2, T2, 0.2, true);
        assertThat(confirmed.archived()).isEqualTo(7);
    }

    @Test
    void anItemMadeInTheAppIsNotArchivedBecauseTheFilesDoNotHaveIt() {
        store.save(v1, SOURCE, T1, T1);
        HubService appMade = CatalogueFixtures.service("fg-new-in-app", "Made in the app",
                uk.plymouth.wellbeing.signposting.catalogue.Category.SOCIAL_ACTIVITIES, "free", List.of(FOUR_GREENS));
        transactions.executeWithoutResult(status -> liveRecords.publish(appMade, false, T2));

        SyncReport report = store.save(v1, SOURCE, T3, T3);

        assertThat(report.archived()).isZero();
        assertThat(store.load().orElseThrow().services()).extracting(HubService::id).contains("fg-new-in-app");
    }

    @Test
    void aServiceMovedToOtherHubsGetsNewServiceHubRows() {
        store.save(v1, SOURCE, T1, T1);
        ContentSet v2 = withService(v1, "city-money-line", s -> movedTo(s, List.of(JAN_CUTTING, CENTRAL_LIBRARY)));

        SyncReport report = store.save(v2, SOURCE, T2, T2);

        assertThat(report.updated()).isEqualTo(1);
        assertThat(serviceHubs()).isEqualTo(Map.of(
                "city-money-line", Set.of(JAN_CUTTING, CENTRAL_LIBRARY),
                "fg-debt-advice", Set.of(FOUR_GREENS),
                "fg-stop-smoking", Set.of(FOUR_GREENS),
                "jc-talking-cafe", Set.of(JAN_CUTTING)));
        assertThat(store.load().orElseThrow().services()).filteredOn(s -> s.id().equals("city-money-line"))
                .extracting(HubService::hubIds).containsExactly(List.of(JAN_CUTTING, CENTRAL_LIBRARY));

        store.save(withService(v1, "city-money-line", s -> movedTo(s, List.of(CENTRAL_LIBRARY))), SOURCE, T3, T3);
        assertThat(serviceHubs()).containsEntry("city-money-line", Set.of(CENTRAL_LIBRARY));
        assertThat(count("service_hub")).isEqualTo(4);
    }

    @Test
    void postcodesAndSynonymsComeBackFromLoad() {
        store.save(v1, SOURCE, T1, T1);

        ContentSet loaded = store.load().orElseThrow();
        assertThat(loaded.districts()).isEqualTo(CatalogueFixtures.districts());
        assertThat(loaded.synonyms()).isEqualTo(CatalogueFixtures.synonyms());

        List<PostcodeDistrict> fewer = List.of(
                new PostcodeDistrict("PL6", new GeoPoint(50.4173, -4.1120), true, List.of("Estover", "Derriford")));
        String otherWords = "lonely, isolated => lonely, isolated, befriending\n";
        store.save(withSupportingText(v1, fewer, otherWords), SOURCE, T2, T2);

        ContentSet reloaded = store.load().orElseThrow();
        assertThat(reloaded.districts()).isEqualTo(fewer);
        assertThat(reloaded.synonyms()).isEqualTo(otherWords);
        assertThat(instant("select updated_at from content_text where name = 'synonyms'")).isEqualTo(T2);
    }

    @Test
    void recordRefusalWritesAContentLoadRowAndLeavesTheDirectoryAlone() {
        store.save(v1, SOURCE, T1, T1);
        String problems = "services/four-greens.yaml line 12, field 'cost': \"two quid\" is not a price\n"
                + "hubs.yaml line 3, field 'postcode': \"PL99 9ZZ\" is not in a Plymouth postcode district";

        store.recordRefusal(SOURCE, problems, T2, T2.plusMillis(40));

        Map<String, Object> refusal = jdbc.queryForMap("select * from content_load where outcome = 'REFUSED'");
        assertThat(refusal).containsEntry("source", SOURCE).containsEntry("problems", problems);
        assertThat(refusal.get("started_at")).isNotNull();
        assertThat(instant("select started_at from content_load where outcome = 'REFUSED'")).isEqualTo(T2);
        assertThat(numbers(refusal, "hubs", "services", "activities", "added", "updated", "archived", "restored",
                "duration_ms")).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L, 40L);
        assertThat(count("content_load")).isEqualTo(2);
        assertSameDirectory(store.load().orElseThrow(), v1);
    }

    @Test
    void aVeryLongRefusalIsClippedToFitItsColumn() {
        String problems = "x".repeat(10_000);

        store.recordRefusal("file:/srv/hubs/" + "deep/".repeat(100), problems, T1, T1);

        Map<String, Object> refusal = jdbc.queryForMap("select * from content_load");
        assertThat((String) refusal.get("problems")).hasSize(4000).endsWith("...");
        assertThat((String) refusal.get("source")).hasSize(300).endsWith("...");
    }

    @Test
    void theRealSampleContentSurvivesTheRoundTrip() {
        // the content's own check: no "last verified" date after today (the real one; dates only move forward)
        ContentSet real = new ContentReader().read("classpath:content/", LocalDate.now(ZoneId.of("Europe/London")));

        SyncReport first = store.save(real, "classpath:content/", T1, T1);
        SyncReport second = store.save(real, "classpath:content/", T2, T2);

        assertThat(first.added()).isEqualTo(real.hubs().size() + real.services().size() + real.activities().size());
        assertThat(second.unchanged()).isEqualTo(first.added());
        assertThat(second.updated() + second.added() + second.archived()).isZero();
        ContentSet loaded = store.load().orElseThrow();
        assertSameDirectory(loaded, real);
        assertThat(loaded.districts()).isEqualTo(real.districts());
        assertThat(loaded.synonyms()).isEqualTo(real.synonyms());
    }

    // ---- helpers ----

    /** The same records, whatever their order (load() sorts by id). */
    static void assertSameDirectory(ContentSet actual, ContentSet expected) {
        assertThat(actual.hubs()).containsExactlyInAnyOrderElementsOf(expected.hubs());
        assertThat(actual.services()).containsExactlyInAnyOrderElementsOf(expected.services());
        assertThat(actual.activities()).containsExactlyInAnyOrderElementsOf(expected.activities());
        assertThat(actual.districts()).isEqualTo(expected.districts());
        assertThat(actual.synonyms()).isEqualTo(expected.synonyms());
    }

    int count(String table) {
        Integer count = jdbc.queryForObject("select count(*) from " + table, Integer.class);
        return count == null ? 0 : count;
    }

    Map<String, Set<String>> serviceHubs() {
        return jdbc.queryForList("select service_id, hub_id from service_hub").stream()
                .collect(Collectors.groupingBy(row -> (String) row.get("service_id"),
                        Collectors.mapping(row -> (String) row.get("hub_id"), Collectors.toSet())));
    }

    Instant instant(String sql) {
        OffsetDateTime time = jdbc.queryForObject(sql, OffsetDateTime.class);
        assertThat(time).as(sql).isNotNull();
        return time.toInstant();
    }

    String allDetails() {
        return String.join("\n", jdbc.queryForList(
                "select id || ':' || content_hash || ':' || details from hub union all "
                        + "select id || ':' || content_hash || ':' || details from directory_service union all "
                        + "select id || ':' || content_hash || ':' || details from activity order by 1",
                String.class));
    }

    Map<String, Object> onlyLoad() {
        List<Map<String, Object>> loads = jdbc.queryForList("select * from content_load");
        assertThat(loads).hasSize(1);
        return loads.get(0);
    }

    static List<Long> numbers(Map<String, Object> row, String... columns) {
        return java.util.Arrays.stream(columns).map(c -> ((Number) row.get(c)).longValue()).toList();
    }
}
