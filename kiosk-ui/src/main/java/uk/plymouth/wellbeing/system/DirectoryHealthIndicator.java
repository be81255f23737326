package uk.plymouth.wellbeing.system;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.directory.DirectoryLoader;
import uk.plymouth.wellbeing.signposting.directory.DirectoryStatus;

/**
 * Reports on the directory at {@code /actuator/health}: DOWN when there is nothing to show residents; UP with the
 * problems listed when the latest edit of the content files was refused but the last good version is live.
 */
@Component("directory")
class DirectoryHealthIndicator implements HealthIndicator {

    private final DirectoryLoader loader;

    DirectoryHealthIndicator(DirectoryLoader loader) {
        this.loader = loader;
    }

    @Override
    public Health health() {
        DirectoryStatus status = loader.status();
        Health.Builder health = status.isServing() ? Health.up() : Health.down();
        health.withDetail("source", status.source())
                .withDetail("hubs", status.hubs())
                .withDetail("services", status.services())
                .withDetail("activities", status.activities())
                .withDetail("latestFilesLoaded", status.latestFilesLoaded());
        if (status.servingSince() != null) {
            health.withDetail("servingSince", status.servingSince().toString());
        }
        if (!status.problems().isEmpty()) {
            health.withDetail("problems", status.problems().stream().limit(20).map(Object::toString).toList());
        }
        return health.build();
    }
}
