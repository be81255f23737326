package uk.plymouth.wellbeing.sms.simulator;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMS simulator's settings ({@code hub.sms.simulator.*}).
 *
 * @param enabled whether staff may simulate texts at all; even when true, the simulator is only offered while texts
 *     go to the log ({@code SMS_PROVIDER=log})
 * @param appUrl where to post simulated texts: this app's address including any context path, e.g.
 *     {@code http://127.0.0.1:8080}; by default the port the app's web server started on, on the loopback address
 * @param timeout how long to wait for the webhook's answer
 */
@ConfigurationProperties("hub.sms.simulator")
public record SimulatorProperties(
        @DefaultValue("true") boolean enabled,
        @Nullable URI appUrl,
        @DefaultValue("20s") Duration timeout) {

    public SimulatorProperties {
        if (appUrl != null && appUrl.toString().isBlank()) {
            appUrl = null;
        }
        if (appUrl != null && (!appUrl.isAbsolute() || appUrl.getHost() == null)) {
            throw new IllegalArgumentException("hub.sms.simulator.app-url must be an absolute address such as"
                    + " http://127.0.0.1:8080, not '" + appUrl + "'");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("hub.sms.simulator.timeout must be positive, not " + timeout);
        }
    }

    /** Enabled, posting to the app's own port, waiting 20 seconds. */
    public static SimulatorProperties defaults() {
        return new SimulatorProperties(true, null, Duration.ofSeconds(20));
    }
}
