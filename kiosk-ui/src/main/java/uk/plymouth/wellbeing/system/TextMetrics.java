package uk.plymouth.wellbeing.system;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.plymouth.wellbeing.signposting.messaging.DeliveryState;
import uk.plymouth.wellbeing.signposting.messaging.Outbox;
import uk.plymouth.wellbeing.signposting.messaging.OutboxBacklog;
import uk.plymouth.wellbeing.signposting.messaging.OutgoingTextChanged;
import uk.plymouth.wellbeing.signposting.texting.InboundAnswer.Outcome;
import uk.plymouth.wellbeing.signposting.texting.Inbox;

/**
 * Texting, for Prometheus (docs/deploy/monitoring.md):
 * <ul>
 *   <li>{@code hub_texts_in_total{outcome}}: texts residents sent that this instance took, by what became of them;
 *   <li>{@code hub_texts_out_total{state}}: outbox texts that moved on through this instance, by the state they
 *       reached ({@code queued}: the carrier took it; {@code delivered}, {@code undelivered}, {@code failed},
 *       {@code suppressed} ...); answers given straight in the webhook's response are counted as texts in
 *       ({@code outcome="answered"});
 *   <li>{@code hub_outbox_pending} and {@code hub_outbox_oldest_pending_age_seconds}: the texts still waiting in the
 *       outbox across every instance (one database), counted at most once per {@code hub.metrics.refresh-every}.
 * </ul>
 */
@Component
class TextMetrics {

    private final Map<DeliveryState, Counter> out = new EnumMap<>(DeliveryState.class);

    TextMetrics(MeterRegistry registry, Inbox inbox, Outbox outbox, MetricsProperties properties, Clock clock) {
        for (Outcome outcome : Outcome.values()) {
            FunctionCounter.builder("hub.texts.in", inbox, counted -> counted.received(outcome))
                    .description("Texts from residents taken by this instance, by what became of them")
                    .tag("outcome", name(outcome)).register(registry);
        }
        for (DeliveryState state : DeliveryState.values()) {
            out.put(state, Counter.builder("hub.texts.out")
                    .description("Outbox texts that reached a state through this instance")
                    .tag("state", name(state)).register(registry));
        }
        CachedReading<OutboxBacklog> backlog = new CachedReading<>("the outbox backlog", outbox::backlog,
                properties.refreshEvery());
        Gauge.builder("hub.outbox.pending", backlog, reading -> value(reading.get(), b -> b.pending()))
                .description("Texts waiting in the outbox to be taken by the carrier (all instances)")
                .strongReference(true).register(registry);
        Gauge.builder("hub.outbox.oldest.pending.age", backlog,
                        reading -> value(reading.get(), b -> b.oldestAge(clock.instant()).toMillis() / 1000.0))
                .description("How long the oldest text waiting in the outbox has waited (0 when none waits)")
                .baseUnit("seconds").strongReference(true).register(registry);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(OutgoingTextChanged changed) {
        out.get(changed.state()).increment();
    }

    private static double value(@Nullable OutboxBacklog backlog, ToDoubleFunction<OutboxBacklog> part) {
        return backlog == null ? Double.NaN : part.applyAsDouble(backlog);
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
