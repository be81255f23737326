package uk.plymouth.wellbeing.signposting.directory;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the directory is kept right and live.
 *
 * @param followEvery how often each app instance looks for changes published on any instance
 * @param maxRemovedShare the share of live services and activities a load may take off the directory without an
 *     admin's confirmation (a half-copied or mistyped folder would take them all)
 * @param checkEvery how long an item may go unchecked before it is listed under "Needs checking"
 */
@ConfigurationProperties("hub.directory")
public record DirectoryProperties(
        @DefaultValue("500ms") Duration followEvery,
        @DefaultValue("0.2") double maxRemovedShare,
        @DefaultValue("P6M") Period checkEvery) {}
