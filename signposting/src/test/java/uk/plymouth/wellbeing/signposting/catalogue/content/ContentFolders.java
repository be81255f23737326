package uk.plymouth.wellbeing.signposting.catalogue.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;

/** Copies of the test content folders on disk, for tests that break or write a folder. */
final class ContentFolders {

    private ContentFolders() {}

    /** A copy of the classpath folder (such as {@code fixtures/content}) in {@code target}. */
    static Path copy(String classpathFolder, Path target) {
        try {
            Path source = Path.of(Objects.requireNonNull(ContentFolders.class.getClassLoader()
                    .getResource(classpathFolder), classpathFolder).toURI());
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.toList()) {
                    Path copy = target.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(file, copy);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String location(Path folder) {
        return folder.toUri().toString();
    }
}
