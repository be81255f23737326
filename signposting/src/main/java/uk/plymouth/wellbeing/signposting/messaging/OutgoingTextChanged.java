package uk.plymouth.wellbeing.signposting.messaging;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A text in the {@link Outbox} moved on: the carrier took it, reported on it, or we stopped trying. Published inside
 * the transaction that records the change; listen {@code AFTER_COMMIT}. Features that queue texts about their own
 * records (a callback's confirmation) follow their texts through this, so messaging never depends on them.
 *
 * @param errorCode the carrier's error code, if any
 */
public record OutgoingTextChanged(UUID textId, TextPurpose purpose, @Nullable UUID callbackId, DeliveryState state,
        @Nullable String errorCode) {}
