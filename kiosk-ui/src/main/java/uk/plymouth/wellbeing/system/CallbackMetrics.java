package uk.plymouth.wellbeing.system;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.callback.CallbackBookkeeping;
import uk.plymouth.wellbeing.signposting.callback.OverdueCallbacks;

/**
 * Callback requests, for Prometheus: {@code hub_callbacks_overdue{urgent}}, open requests past their due time across
 * every hub (one database, so every instance shows the same figure), counted at most once per
 * {@code hub.metrics.refresh-every}.
 */
@Component
class CallbackMetrics {

    CallbackMetrics(MeterRegistry registry, CallbackBookkeeping callbacks, MetricsProperties properties) {
        CachedReading<OverdueCallbacks> overdue = new CachedReading<>("overdue callbacks", callbacks::overdue,
                properties.refreshEvery());
        Gauge.builder("hub.callbacks.overdue", overdue, reading -> {
            OverdueCallbacks counted = reading.get();
            return counted == null ? Double.NaN : counted.all() - counted.urgent();
        }).description("Open callback requests past their due time, all hubs").tag("urgent", "false")
                .strongReference(true).register(registry);
        Gauge.builder("hub.callbacks.overdue", overdue, reading -> {
            OverdueCallbacks counted = reading.get();
            return counted == null ? Double.NaN : counted.urgent();
        }).description("Open callback requests past their due time, all hubs").tag("urgent", "true")
                .strongReference(true).register(registry);
    }
}
