package uk.plymouth.wellbeing.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.directory.DirectoryLoader;
import uk.plymouth.wellbeing.signposting.directory.DirectoryStatus;
import uk.plymouth.wellbeing.signposting.search.SearchRequest;
import uk.plymouth.wellbeing.signposting.search.ServiceSearch;

/**
 * Staff edit the content files on the server: good edits go live without a restart (records updated, removed ones
 * archived, put-back ones restored); a mistake is refused whole, named by file and line, and the last good
 * directory keeps serving residents.
 */
@SpringBootTest
@ActiveProfiles("test")
class ContentEditingTest {

    static final Path FOLDER = BundledContent.copyToTempFolder();

    @Autowired
    DirectoryLoader loader;

    @Autowired
    Catalogue catalogue;

    @Autowired
    ServiceSearch search;

    @DynamicPropertySource
    static void contentFolder(DynamicPropertyRegistry registry) {
        registry.add("hub.catalogue.location", () -> FOLDER.toUri().toString());
        registry.add("hub.catalogue.check-for-changes-every", () -> "1s");
    }

    @AfterAll
    static void removeFolder() throws IOException {
        FileSystemUtils.deleteRecursively(FOLDER);
    }

    @Test
    void staffEditsGoLiveAndMistakesAreRefused() throws Exception {
        Path services = FOLDER.resolve("services/four-greens.yaml");
        Path activities = FOLDER.resolve("activities/plymstock.yaml");
        String originalServices = Files.readString(services);
        String originalActivities = Files.readString(activities);
        String firstServiceName = catalogue.service("fg-debt-advice").orElseThrow().name();

        // an edit goes live by itself, without a restart
        Files.writeString(services, originalServices.replace("name: " + firstServiceName,
                "name: Money worries clinic"));
        await(() -> catalogue.service("fg-debt-advice").orElseThrow().name().equals("Money worries clinic"));
        assertThat(search.search(SearchRequest.forText("money worries clinic")).hits()).first()
                .satisfies(hit -> assertThat(hit.item().id()).isEqualTo("fg-debt-advice"));

        // a removed file's activities are archived, and come back when it returns
        int activitiesBefore = catalogue.activities().size();
        String anActivity = catalogue.activities().stream().filter(a -> a.hubId().equals("plymstock")).findFirst()
                .orElseThrow().id();
        Files.delete(activities);
        DirectoryStatus afterRemoval = loader.reload();
        assertThat(afterRemoval.latestFilesLoaded()).isTrue();
        assertThat(catalogue.activity(anActivity)).isEmpty();
        assertThat(catalogue.activities()).hasSizeLessThan(activitiesBefore);
        Files.writeString(activities, originalActivities);
        assertThat(loader.reload().activities()).isEqualTo(activitiesBefore);
        assertThat(catalogue.activity(anActivity)).isPresent();

        // a mistake is refused whole and named; residents keep the last good directory
        Files.writeString(services, originalServices.replaceFirst("start: \"(\\d\\d:\\d\\d)\"", "start: \"25:00\""));
        DirectoryStatus refused = loader.reload();
        assertThat(refused.latestFilesLoaded()).isFalse();
        assertThat(refused.isServing()).isTrue();
        assertThat(refused.problems()).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo("services/four-greens.yaml");
            assertThat(problem.line()).isPositive();
            assertThat(problem.field()).isEqualTo("sessions[1].start");
        });
        assertThat(catalogue.service("fg-debt-advice").orElseThrow().name()).isEqualTo("Money worries clinic");
        assertThat(search.search(SearchRequest.forText("food bank")).isEmpty()).isFalse();

        // and once fixed, it loads
        Files.writeString(services, originalServices);
        assertThat(loader.reload().latestFilesLoaded()).isTrue();
        assertThat(catalogue.service("fg-debt-advice").orElseThrow().name()).isEqualTo(firstServiceName);
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited 30 s for the edit to go live").isBefore(deadline);
            Thread.sleep(200);
        }
    }
}
