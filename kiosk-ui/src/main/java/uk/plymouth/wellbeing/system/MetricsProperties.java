package uk.plymouth.wellbeing.system;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may read the metrics at {@code /actuator/prometheus}, and how fresh the figures counted in the database are.
 *
 * @param allowedAddresses callers (addresses or CIDR ranges) that may read metrics without the token, when they
 *     connect to the app directly: a request that came through a reverse proxy (it carries {@code X-Forwarded-For},
 *     {@code Forwarded} or {@code X-Real-IP}) never counts as one of them, since on one server every proxied request
 *     comes from the loopback address
 * @param token when set, a caller sending {@code Authorization: Bearer <token>} may read metrics from anywhere
 *     (Prometheus on another machine); empty: only {@code allowedAddresses}
 * @param refreshEvery how long a figure counted in the database (outbox backlog, overdue callbacks) is reused before
 *     it is counted again, however often Prometheus scrapes
 */
@ConfigurationProperties("hub.metrics")
public record MetricsProperties(
        @DefaultValue({"127.0.0.0/8", "::1/128"}) List<String> allowedAddresses,
        @Nullable String token,
        @DefaultValue("30s") Duration refreshEvery) {

    public MetricsProperties {
        allowedAddresses = allowedAddresses.stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
        token = token == null || token.isBlank() ? null : token.strip();
        if (token != null && token.length() < 24) {
            throw new IllegalArgumentException("hub.metrics.token (HUB_METRICS_TOKEN) must be at least 24 characters,"
                    + " e.g. the output of: openssl rand -hex 24");
        }
        if (refreshEvery.isNegative()) {
            throw new IllegalArgumentException("hub.metrics.refresh-every must not be negative, not " + refreshEvery);
        }
    }
}
