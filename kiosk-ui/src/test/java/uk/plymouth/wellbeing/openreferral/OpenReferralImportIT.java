package uk.plymouth.wellbeing.openreferral;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import uk.plymouth.wellbeing.HubApplication;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.catalogue.ItemKind;
import uk.plymouth.wellbeing.signposting.catalogue.ItemRef;
import uk.plymouth.wellbeing.signposting.directory.edit.DirectoryEditor;
import uk.plymouth.wellbeing.signposting.directory.imports.ImportSource;
import uk.plymouth.wellbeing.signposting.directory.imports.ImportSources;
import uk.plymouth.wellbeing.signposting.directory.imports.RunReport;
import uk.plymouth.wellbeing.signposting.directory.imports.RunStatus;
import uk.plymouth.wellbeing.signposting.directory.imports.SourceKind;
import uk.plymouth.wellbeing.signposting.directory.imports.SourceSettings;
import uk.plymouth.wellbeing.signposting.staff.StaffIdentity;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;

/**
 * One instance of this app imports another's open data API. The source is this test's app (the bundled content, its
 * web server on a random port); the importer is a second instance started here on the content fixtures, with a
 * source at its hub {@code fixture-four-greens} pointed at the first's {@code /api}. Every service and activity the
 * first publishes arrives with its name and contacts, and a second run finds nothing changed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OpenReferralImportIT {

    private static final StaffIdentity ADMIN = new StaffIdentity("ada", "Ada", StaffRole.ADMIN, Set.of());
    private static final String HUB = "fixture-four-greens";

    static ConfigurableApplicationContext importer;

    @LocalServerPort
    int port;

    @Autowired
    Catalogue source;

    @BeforeAll
    static void startTheImportingInstance() {
        importer = new SpringApplicationBuilder(HubApplication.class)
                .profiles("test")
                .initializers(context -> context.getBeanFactory().registerSingleton("leaveOutTestClasses",
                        new LeaveOutTestClasses()))
                // as arguments: they must win over the test profile's database and the bundled content
                .run("--spring.datasource.url=jdbc:h2:mem:importer-" + UUID.randomUUID()
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                                + "DB_CLOSE_DELAY=-1",
                        "--hub.catalogue.location=classpath:fixtures/content/",
                        "--hub.imports.check-every=1h",
                        "--spring.main.banner-mode=off",
                        "--server.port=0");
    }

    @AfterAll
    static void stopIt() {
        if (importer != null) {
            importer.close();
        }
    }

    @Test
    void everyPublishedServiceAndActivityArrivesWithItsNameAndContacts() {
        ImportSources sources = importer.getBean(ImportSources.class);
        ImportSource other = sources.add(ADMIN, new SourceSettings("Plymouth Wellbeing Hubs API", SourceKind.ORUK,
                "http://127.0.0.1:" + port + "/api", HUB, Duration.ofHours(24), true, true));
        List<DirectoryItem> published = new ArrayList<>(source.services());
        published.addAll(source.activities());

        RunReport report = sources.runNow(ADMIN, other.id());

        assertThat(report.problems()).isEmpty();
        assertThat(report.status()).as(report.message()).isEqualTo(RunStatus.OK);
        assertThat(report.counts().added() + report.counts().updated()).isEqualTo(published.size());
        Map<String, List<HubService>> arrived = importedByName();
        assertThat(arrived.keySet()).containsExactlyInAnyOrderElementsOf(
                published.stream().map(DirectoryItem::title).collect(Collectors.toSet()));
        for (HubService service : source.services()) {
            if (service.contact().phone() != null) {
                assertThat(arrived.get(service.name())).as(service.name())
                        .anySatisfy(imported -> {
                            assertThat(imported.contact().phone()).isEqualTo(service.contact().phone());
                            assertThat(imported.contact().email()).isEqualTo(service.contact().email());
                            assertThat(imported.contact().website()).isEqualTo(service.contact().website());
                        });
            }
        }
        assertThat(sources.runNow(ADMIN, other.id()).counts().unchanged()).as("a second run")
                .isEqualTo(published.size());
    }

    /** The newest version of every item the import gave, by name (drafts too: items the importer had matched). */
    private static Map<String, List<HubService>> importedByName() {
        DirectoryEditor editor = importer.getBean(DirectoryEditor.class);
        List<String> ids = importer.getBean(JdbcTemplate.class).queryForList("select item_id from item_source",
                String.class);
        return ids.stream().map(id -> (HubService) editor.history(ADMIN, new ItemRef(ItemKind.SERVICE, id)).get(0)
                .record()).collect(Collectors.groupingBy(HubService::name));
    }

    /** The importer is the app as deployed: none of the test classes (test configurations) on the classpath. */
    static final class LeaveOutTestClasses extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            String where = reader.getResource().getDescription();
            return where.contains("test-classes") || where.contains("-tests.jar");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof LeaveOutTestClasses;
        }

        @Override
        public int hashCode() {
            return LeaveOutTestClasses.class.hashCode();
        }
    }
}
