package uk.plymouth.wellbeing.signposting.catalogue.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.plymouth.wellbeing.signposting.catalogue.Contact;
import uk.plymouth.wellbeing.signposting.catalogue.Cost;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.catalogue.ItemStatus;

/** Written content reads back to the same records, in files laid out as the bundled ones are. */
class ContentWriterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private final ContentWriter writer = new ContentWriter();

    @TempDir
    Path folder;

    @Test
    void theBundledContentReadsBackTheSame() throws IOException {
        ContentSet bundled = new ContentReader().read("classpath:content/", TODAY);

        writer.writeFolder(bundled, folder);

        assertThat(read(folder)).isEqualTo(bundled);
        assertThat(names(folder.resolve("services"))).containsExactly("central-library.yaml", "central-park.yaml",
                "city-wide.yaml", "four-greens.yaml", "jan-cutting.yaml", "mannamead.yaml", "nomony.yaml",
                "plymstock.yaml", "rees-centre.yaml", "southway.yaml");
        assertThat(names(folder.resolve("activities"))).contains("central-library.yaml", "southway.yaml")
                .allMatch(name -> bundled.hubs().stream().anyMatch(hub -> name.equals(hub.id() + ".yaml")));
    }

    @Test
    void theTestFixturesReadBackTheSame() {
        ContentSet fixtures = new ContentReader().read("classpath:fixtures/content/", TODAY);

        writer.writeFolder(fixtures, folder);

        assertThat(read(folder)).isEqualTo(fixtures);
        assertThat(folder.resolve("services/fixture-four-greens.yaml")).exists();
        assertThat(folder.resolve("activities/fixture-jan-cutting.yaml")).exists();
    }

    @Test
    void writesInTheStyleOfTheBundledFiles() {
        ContentSet fixtures = new ContentReader().read("classpath:fixtures/content/", TODAY);

        assertThat(writer.services(fixtures.services())).isEqualTo("""
                services:
                  - id: fixture-debt-advice
                    hubs: [fixture-four-greens, fixture-jan-cutting]
                    category: advice
                    name: Debt and money advice
                    summary: Talk through debts and bills in private with a money adviser.
                    description: >
                      Come in and a trained money adviser will see you in a private room.
                    who_for: Anyone aged 18 or over.
                    cost: free
                    access: [drop-in, appointment]
                    sessions:
                      - {day: tuesday, start: "09:30", end: "12:30"}
                    tags: [debt, bills]
                    last_verified: 2026-11-03
                """);
    }

    @Test
    void trickyTextReadsBackUnchanged() {
        ContentSet fixtures = new ContentReader().read("classpath:fixtures/content/", TODAY);
        HubService template = fixtures.services().get(0);
        List<HubService> services = new ArrayList<>();
        for (int i = 0; i < TrickyText.ALL.size(); i++) {
            String text = TrickyText.ALL.get(i);
            String shorter = TrickyText.cut(text, 50);
            services.add(new HubService("tricky-" + i, template.hubIds(), template.category(), shorter, shorter, text,
                    text, Cost.parse(shorter), template.access(), text, template.sessions(), Contact.none(), shorter,
                    List.of(shorter.toLowerCase(Locale.UK)), ItemStatus.TEMPORARILY_CLOSED, text,
                    template.lastVerified()));
        }
        ContentSet tricky = new ContentSet(fixtures.hubs(), services, fixtures.activities(), fixtures.districts(),
                fixtures.synonyms());

        writer.writeFolder(tricky, folder);

        assertThat(read(folder).services()).isEqualTo(services);
    }

    @Test
    void putsAServiceAtThreeHubsOrMoreInCityWide() {
        HubService service = new ContentReader().read("classpath:fixtures/content/", TODAY).services().get(0);
        HubService atThree = new HubService(service.id(), List.of("b", "a", "c"), service.category(), service.name(),
                service.summary(), service.description(), service.whoFor(), service.cost(), service.access(),
                service.when(), service.sessions(), service.contact(), service.provider(), service.tags(),
                service.status(), service.statusNote(), service.lastVerified());

        assertThat(ContentWriter.serviceFile(service)).isEqualTo("fixture-four-greens");
        assertThat(ContentWriter.serviceFile(atThree)).isEqualTo("city-wide");
    }

    @Test
    void refusesAFolderHoldingOtherServiceFiles() throws IOException {
        ContentSet fixtures = new ContentReader().read("classpath:fixtures/content/", TODAY);
        Files.createDirectories(folder.resolve("services"));
        Files.writeString(folder.resolve("services/old.yaml"), "services: []\n");

        assertThatThrownBy(() -> writer.writeFolder(fixtures, folder))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("services/old.yaml");
        assertThat(folder.resolve("hubs.yaml")).doesNotExist();
    }

    static ContentSet read(Path folder) {
        return new ContentReader().read(ContentFolders.location(folder), TODAY);
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
