package uk.plymouth.wellbeing.signposting.catalogue;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the content files are and how often to look for edits.
 *
 * @param location a folder as a Spring resource location: {@code classpath:content/} (the bundled sample) or
 *     {@code file:/srv/hubs/content/} (files staff edit on the server)
 * @param checkForChangesEvery how often to look for edited files when the location is a folder on disk; edited
 *     files are loaded without a restart ({@code 0s} turns this off)
 */
@ConfigurationProperties("hub.catalogue")
public record CatalogueProperties(
        @DefaultValue("classpath:content/") String location,
        @DefaultValue("60s") Duration checkForChangesEvery) {}
