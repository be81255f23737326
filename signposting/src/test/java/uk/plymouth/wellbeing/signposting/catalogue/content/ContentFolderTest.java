package uk.plymouth.wellbeing.signposting.catalogue.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A content folder on disk that lost {@code services/} or {@code activities/}, or holds a file nobody can read, is
 * refused with the folder or file named: read as an empty list it would archive the whole directory.
 */
class ContentFolderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @TempDir
    Path folder;

    @BeforeEach
    void copyTheFixtures() {
        ContentFolders.copy("fixtures/content", folder);
    }

    @Test
    void readsAnIntactCopy() {
        ContentSet content = new ContentReader().read(location(), TODAY);

        assertThat(content.services()).extracting(s -> s.id()).containsExactly("fixture-debt-advice");
        assertThat(content.activities()).extracting(a -> a.id()).containsExactly("fixture-walking-football");
    }

    @Test
    void refusesAMissingServicesFolder() throws IOException {
        delete(folder.resolve("services"));

        assertRefused(new ContentReader(), "services/", "is missing or has no .yaml files: nothing was changed");
    }

    @Test
    void refusesAnActivitiesFolderWithNoYamlFiles() throws IOException {
        Files.delete(folder.resolve("activities/fixture.yaml"));
        Files.writeString(folder.resolve("activities/notes.txt"), "not a content file");

        assertRefused(new ContentReader(), "activities/", "is missing or has no .yaml files: nothing was changed");
    }

    @Test
    void refusesAYamlNameItCannotReadAsAFile() throws IOException {
        // a real unreadable entry on disk, whoever runs the test (root reads a chmod 000 file, but not a folder)
        Files.createDirectories(folder.resolve("services/half-copied.yaml"));

        assertRefused(new ContentReader(), "services/half-copied.yaml", "cannot be read (permissions?)");
    }

    @Test
    void refusesAFileTheResourceSaysCannotBeRead() {
        ContentReader reader = new ContentReader(new PathMatchingResourcePatternResolver() {
            @Override
            public Resource[] getResources(String pattern) throws IOException {
                Resource[] found = super.getResources(pattern);
                return pattern.endsWith("activities/*.yaml")
                        ? Arrays.stream(found).map(ContentFolderTest::unreadable).toArray(Resource[]::new)
                        : found;
            }
        });

        assertRefused(reader, "activities/fixture.yaml", "cannot be read (permissions?): nothing was changed");
    }

    private static Resource unreadable(Resource resource) {
        try {
            return new FileSystemResource(resource.getFile()) {
                @Override
                public boolean isReadable() {
                    return false;
                }
            };
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertRefused(ContentReader reader, String file, String message) {
        assertThatThrownBy(() -> reader.read(location(), TODAY))
                .isInstanceOfSatisfying(InvalidContentException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.file()).isEqualTo(file);
                            assertThat(p.message()).contains(message);
                        }));
    }

    private String location() {
        return ContentFolders.location(folder);
    }

    private static void delete(Path directory) throws IOException {
        try (var files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
