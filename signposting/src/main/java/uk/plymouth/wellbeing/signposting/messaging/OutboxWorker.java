package uk.plymouth.wellbeing.signposting.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.logging.LogSafe;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.plymouth.wellbeing.signposting.messaging.OutboxStore.Claimed;

/**
 * Sends what the {@link Outbox} holds. Each round claims a batch of due texts in a short transaction (a claim token
 * and a lease on each row), then, with no transaction or lock held, hands them to the {@link SmsSender} one by one,
 * writing each outcome in a transaction of its own straight after its send:
 * <ul>
 *   <li>taken: QUEUED with the carrier's id;
 *   <li>a failure that may pass ({@link SmsSendException#retryable()}, or any other exception): PENDING again after
 *       a backoff that doubles from {@code initial-backoff} to {@code max-backoff}, with jitter, until
 *       {@code give-up-after} has passed since it was queued: then FAILED;
 *   <li>a failure that never will: FAILED at once; the carrier's 21610 (the number opted out with the carrier) also
 *       opts the number out with us;
 *   <li>the number opted out with us by the time its turn came: SUPPRESSED, except the one confirmation of a STOP.
 * </ul>
 * A worker that dies after claiming leaves its texts PENDING until their lease ends; then any worker takes them.
 * Exactly once, with one honest gap: if a worker dies (or its database write fails) after the carrier took a text
 * but before the carrier's id is written, the text goes again when its lease ends. The carrier API takes no
 * idempotency key, so nothing on our side can close that gap; it is one short write wide.
 */
@Component
class OutboxWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);
    /** One scheduled poll sends at most this many full batches, so it never hogs the shared scheduler thread long. */
    static final int MAX_BATCHES_PER_POLL = 20;
    static final String CARRIER_OPTED_OUT = "21610";

    private final OutboxStore store;
    private final SmsSender sender;
    private final OptOuts optOuts;
    private final OutboxProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    /** The app is shutting down; package-private so a test can set it without closing its context. */
    volatile boolean stopping;

    OutboxWorker(OutboxStore store, SmsSender sender, OptOuts optOuts, OutboxProperties properties,
            ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.sender = sender;
        this.optOuts = optOuts;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The app is shutting down (the context closes before the scheduler stops): the send in hand finishes and is
     * recorded, the rest of the batch goes back to the queue at once for the next instance or start, and no new batch
     * is claimed. So a shutdown never waits for a long backlog, and a kill that follows it finds no send half done.
     */
    @EventListener(ContextClosedEvent.class)
    void appStopping() {
        stopping = true;
    }

    @Scheduled(fixedDelayString = "${hub.sms.outbox.poll-interval:" + OutboxProperties.DEFAULT_POLL_INTERVAL + "}",
            initialDelayString = "${hub.sms.outbox.poll-interval:" + OutboxProperties.DEFAULT_POLL_INTERVAL + "}")
    void poll() {
        if (!properties.enabled()) {
            return;
        }
        try {
            int batches = 0;
            while (!stopping && runOnce() == properties.batchSize() && ++batches < MAX_BATCHES_PER_POLL) {
                // a full batch: there may be more due at once
            }
        } catch (DataAccessException databaseTrouble) {
            log.warn("Outbox worker could not reach the database, will try again: {}",
                    databaseTrouble.getClass().getSimpleName());
        }
    }

    /**
     * Claims one batch of due texts and sends them.
     *
     * @return how many texts it claimed (0: nothing was due)
     */
    int runOnce() {
        if (stopping) {
            return 0;
        }
        UUID token = UUID.randomUUID();
        Instant now = clock.instant();
        Instant leaseEnds = now.plus(properties.lease());
        List<Claimed> claimed = ownTransaction.execute(tx -> store.claimDue(now, properties.batchSize(), token,
                leaseEnds));
        if (claimed == null || claimed.isEmpty()) {
            return 0;
        }
        for (Claimed text : claimed) {
            if (stopping || leaseNearlyOver(leaseEnds)) {
                // shutting down, or too late to start a send that could outlive the lease: give it back now
                ownTransaction.executeWithoutResult(tx -> store.release(text.id(), token, clock.instant()));
                continue;
            }
            send(text, token);
        }
        return claimed.size();
    }

    /** Sends this one text now if it is PENDING and due (no other worker holds it); true if it was attempted. */
    boolean attempt(UUID id) {
        UUID token = UUID.randomUUID();
        Instant now = clock.instant();
        Optional<Claimed> claimed = ownTransaction.execute(
                tx -> store.claim(id, now, token, now.plus(properties.lease())));
        if (claimed == null || claimed.isEmpty()) {
            return false;
        }
        send(claimed.get(), token);
        return true;
    }

    private boolean leaseNearlyOver(Instant leaseEnds) {
        return clock.instant().isAfter(leaseEnds.minus(properties.lease().dividedBy(4)));
    }

    /** Sends a text this worker (or the {@link Outbox} for it) claimed with {@code token}, and records the outcome. */
    void send(Claimed text, UUID token) {
        Instant now = clock.instant();
        if (!now.isBefore(text.giveUpAt())) {
            finish(text, token, DeliveryState.FAILED, "gave up: not sent within " + properties.giveUpAfter(), null);
            return;
        }
        PhoneNumber to = text.to();
        String body = text.body();
        if (to == null || body == null) {
            finish(text, token, DeliveryState.FAILED, "erased before it was sent", null);
            return;
        }
        if (text.purpose() != TextPurpose.OPT_OUT_CONFIRMATION && optOuts.isOptedOut(to)) {
            finish(text, token, DeliveryState.SUPPRESSED, "opted out", null);
            return;
        }
        SmsSender.SentText sent;
        try {
            sent = sender.send(new TextMessage(to, body));
        } catch (SmsSendException refused) {
            failed(text, token, to, refused);
            return;
        } catch (RuntimeException unexpected) {
            // its message may quote the number: keep what failed, not what it said
            retryOrGiveUp(text, token, unexpected.getClass().getSimpleName());
            return;
        }
        taken(text, token, sent.providerMessageId());
    }

    private void taken(Claimed text, UUID token, String providerMessageId) {
        Boolean recorded;
        try {
            recorded = recordTaken(text, token, providerMessageId);
        } catch (DuplicateKeyException clash) {
            // the carrier gave an id another text already has: keep this one as taken all the same, so it is never
            // sent again; only its delivery reports cannot reach it
            log.error("Text {} ({}) was taken by the carrier with an id another text has; kept without it",
                    text.id(), text.purpose());
            recorded = recordTaken(text, token, null);
        }
        if (Boolean.TRUE.equals(recorded)) {
            log.debug("Text {} ({}) taken by the carrier on attempt {}", text.id(), text.purpose(), text.attempts());
        } else {
            log.warn("Text {} ({}) was sent after its claim ran out; it may have been sent twice. Raise"
                    + " hub.sms.outbox.lease above the carrier's timeout", text.id(), text.purpose());
        }
    }

    private @Nullable Boolean recordTaken(Claimed text, UUID token, @Nullable String providerMessageId) {
        return ownTransaction.execute(tx -> {
            boolean mine = store.recordTaken(text.id(), token, providerMessageId, clock.instant());
            if (mine) {
                events.publishEvent(new OutgoingTextChanged(text.id(), text.purpose(), text.callbackId(),
                        DeliveryState.QUEUED, null));
            }
            return mine;
        });
    }

    private void failed(Claimed text, UUID token, PhoneNumber to, SmsSendException refused) {
        String code = refused.errorCode();
        String error = code == null ? "SmsSendException" : "carrier error " + code;
        if (CARRIER_OPTED_OUT.equals(code)) {
            optOuts.optOut(to, "carrier " + CARRIER_OPTED_OUT);
            finish(text, token, DeliveryState.FAILED, error + " (opted out with the carrier)", code);
        } else if (refused.retryable()) {
            retryOrGiveUp(text, token, error);
        } else {
            finish(text, token, DeliveryState.FAILED, error, code);
        }
    }

    private void retryOrGiveUp(Claimed text, UUID token, String error) {
        Instant now = clock.instant();
        Instant next = now.plus(backoff(text.attempts()));
        if (next.isAfter(text.giveUpAt())) {
            finish(text, token, DeliveryState.FAILED, "gave up after " + text.attempts() + " attempts: " + error,
                    null);
            return;
        }
        ownTransaction.executeWithoutResult(tx -> store.recordRetry(text.id(), token, next, error, now));
        log.debug("Text {} ({}) attempt {} failed ({}), next try at {}", text.id(), text.purpose(), text.attempts(),
                error, next);
    }

    private void finish(Claimed text, UUID token, DeliveryState state, String error, @Nullable String code) {
        Boolean recorded = ownTransaction.execute(tx -> {
            boolean mine = store.recordFinal(text.id(), token, state, error, clock.instant());
            if (mine) {
                events.publishEvent(new OutgoingTextChanged(text.id(), text.purpose(), text.callbackId(), state, code));
            }
            return mine;
        });
        if (Boolean.TRUE.equals(recorded)) {
            log.info("Text {} ({}) {} after {} attempts: {}", text.id(), text.purpose(), state, text.attempts(),
                    LogSafe.text(error));
        }
    }

    /**
     * The wait before the next attempt after the {@code attempts}-th failed: {@code initial-backoff} doubled each
     * time, at most {@code max-backoff}, then a random half to all of that ("equal jitter"), so texts that failed
     * together do not all come back together.
     */
    Duration backoff(int attempts) {
        long initial = properties.initialBackoff().toMillis();
        long max = properties.maxBackoff().toMillis();
        int doublings = Math.max(0, Math.min(attempts - 1, 30));
        long full = initial > (max >> doublings) ? max : Math.min(max, initial << doublings);
        long half = full / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(full - half + 1));
    }
}
