package uk.plymouth.wellbeing.signposting.problems;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many reports are kept before a prank could flood a hub's staff. A report over a limit is thanked as any other,
 * not stored, and counted (staff see how many).
 *
 * @param perReporter reports one kiosk (by network address) or one phone number may make in a window; counted in
 *     this app's memory only, so it starts again when the app restarts and each instance counts its own
 * @param perItem reports kept about one item in a window, from everyone: more say nothing new
 * @param window how long the limits count over (default {@code 1h})
 */
@ConfigurationProperties("hub.problems")
public record ProblemProperties(
        @DefaultValue("10") int perReporter,
        @DefaultValue("5") int perItem,
        @DefaultValue("1h") Duration window) {

    public ProblemProperties {
        if (perReporter < 1) {
            throw new IllegalArgumentException("hub.problems.per-reporter must be at least 1, not " + perReporter);
        }
        if (perItem < 1) {
            throw new IllegalArgumentException("hub.problems.per-item must be at least 1, not " + perItem);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("hub.problems.window must be more than zero, not " + window);
        }
    }
}
