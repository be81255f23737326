package uk.plymouth.wellbeing.signposting.directory.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.plymouth.wellbeing.signposting.catalogue.AccessMode;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.catalogue.ItemKind;
import uk.plymouth.wellbeing.signposting.catalogue.ItemRef;
import uk.plymouth.wellbeing.signposting.catalogue.Session;
import uk.plymouth.wellbeing.signposting.catalogue.TimeRange;
import uk.plymouth.wellbeing.signposting.directory.DirectoryLoader;
import uk.plymouth.wellbeing.signposting.directory.edit.DirectoryEditor;
import uk.plymouth.wellbeing.signposting.directory.edit.ItemVersion;
import uk.plymouth.wellbeing.signposting.staff.StaffIdentity;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;
import uk.plymouth.wellbeing.signposting.testsupport.SignpostingTestApplication;
import uk.plymouth.wellbeing.signposting.testsupport.DirectoryTables;

/**
 * The directory of the content fixtures, a fake directory server on this machine with five Open Referral services
 * ready to serve, and helpers, for the import cases that run on H2 ({@code ...Test}) and PostgreSQL
 * ({@code ...PostgresIT}).
 */
@SpringBootTest(classes = SignpostingTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "spring.jpa.hibernate.ddl-auto=validate",
            "spring.jpa.open-in-view=false",
            "hub.catalogue.location=classpath:fixtures/content/",
            "hub.catalogue.check-for-changes-every=0s",
            "hub.imports.per-page=2",
            "hub.imports.request-timeout=2s",
            "hub.imports.shortest-every=1m"
        })
abstract class ImportFixture {

    static final String FOUR_GREENS = "fixture-four-greens";
    static final String JAN_CUTTING = "fixture-jan-cutting";
    static final StaffIdentity ADMIN = new StaffIdentity("ada", "Ada", StaffRole.ADMIN, Set.of());
    static final StaffIdentity LEAD = new StaffIdentity("lee", "Lee", StaffRole.HUB_LEAD, Set.of(FOUR_GREENS));

    static FakeDirectoryServer server;

    @Autowired
    ImportSources sources;

    @Autowired
    ImportScheduler scheduler;

    @Autowired
    DirectoryEditor editor;

    @Autowired
    DirectoryLoader loader;

    @Autowired
    Catalogue catalogue;

    @Autowired
    JdbcTemplate jdbc;

    OrukFeed feed;

    @BeforeAll
    static void startServer() throws IOException {
        server = FakeDirectoryServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void startFromTheFiles() {
        server.forgetAnswers();
        DirectoryTables.empty(jdbc);
        loader.reload();
        feed = new OrukFeed();
        for (int n = 1; n <= 5; n++) {
            feed.add(OrukFeed.service("s" + n, "Service number " + n, "PL9 9ZZ"));
        }
    }

    @AfterEach
    void putTheFilesBack() {
        startFromTheFiles();
    }

    ImportSource oruk(String name, String hubId, boolean publish) {
        return sources.add(ADMIN, new SourceSettings(name, SourceKind.ORUK, server.url("/oruk"), hubId,
                Duration.ofHours(6), publish, true));
    }

    RunReport run(ImportSource source) {
        return sources.runNow(ADMIN, source.id());
    }

    List<HubService> importedServices() {
        return catalogue.services().stream().filter(s -> s.name().startsWith("Service number")).toList();
    }

    ItemVersion newest(String id) {
        return editor.history(ADMIN, new ItemRef(ItemKind.SERVICE, id)).get(0);
    }

    int versions() {
        Integer count = jdbc.queryForObject("select count(*) from directory_version", Integer.class);
        return count == null ? 0 : count;
    }
}
