package uk.plymouth.wellbeing.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The bundled content copied to a temporary folder, for tests that edit the files as staff on a server would. */
public final class BundledContent {

    private BundledContent() {}

    public static Path copyToTempFolder() {
        try {
            Path folder = Files.createTempDirectory("hub-content-");
            PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
            for (String pattern : new String[] {"*.yaml", "*.txt", "services/*.yaml", "activities/*.yaml",
                "crisis/*.txt"}) {
                for (Resource resource : resolver.getResources("classpath:content/" + pattern)) {
                    String relative = pattern.contains("/") ? pattern.substring(0, pattern.indexOf('/') + 1) : "";
                    Path target = folder.resolve(relative + resource.getFilename());
                    Files.createDirectories(target.getParent());
                    try (InputStream in = resource.getInputStream()) {
                        Files.copy(in, target);
                    }
                }
            }
            return folder;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot copy the bundled content", e);
        }
    }
}
