package uk.plymouth.wellbeing.signposting.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/** Text files in the content folder ({@code hub.catalogue.location}) other than the directory's own. */
@Component
public class ContentFiles {

    private final String base;
    private final ResourceLoader resources;

    ContentFiles(CatalogueProperties catalogue, ResourceLoader resources) {
        this.base = catalogue.location().endsWith("/") ? catalogue.location() : catalogue.location() + "/";
        this.resources = resources;
    }

    /** Where the files are, for messages. */
    public String location() {
        return base;
    }

    /** A file's text, or empty when the content has no such file. */
    public Optional<String> optional(String name) {
        Resource file = resources.getResource(base + name);
        if (!file.exists()) {
            return Optional.empty();
        }
        try (InputStream in = file.getInputStream()) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(name + ": cannot be read from " + base, e);
        }
    }

    /**
     * A file's text.
     *
     * @param why what cannot work without it, for the message when it is missing
     * @throws IllegalStateException naming the file and the folder when it is missing
     */
    public String required(String name, String why) {
        return optional(name).orElseThrow(() -> new IllegalStateException(name + ": file not found in " + base
                + " (hub.catalogue.location); " + why));
    }
}
