package uk.plymouth.wellbeing.signposting.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
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
 *
 * <p>Each send is marked as begun ({@code send_started_at}, committed) just before the carrier is called, and the mark
 * is cleared with the outcome. A later claim that finds the mark (the worker died mid-call or before writing the
 * carrier's answer, or the call outlived its lease, or a time-out left it unknown whether the carrier took it) does
 * not send blindly: it asks the carrier ({@link SmsSender#lookUp}) whether it took that text since then, and records
 * the carrier's id if so, sends it if not, and if the carrier cannot be asked, gives up on it as FAILED with
 * {@value #UNCONFIRMED} (at most once, for staff to check). So a text goes at most once, and every text goes at least
 * once as long as the carrier answers look-ups truthfully; see {@code OutboxKilledInstancePostgresIT}.
 */
@Component
class OutboxWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);
    /** One scheduled poll sends at most this many full batches, so it never hogs the shared scheduler thread long. */
    static final int MAX_BATCHES_PER_POLL = 20;
    static final String CARRIER_OPTED_OUT = "21610";
    /** The error of a text given up on because a send was cut short and the carrier could not be asked. */
    static final String UNCONFIRMED = "send cut short, carrier cannot be asked: may have been sent, not sent again";

    private final OutboxStore store;
    private final SmsSender sender;
    private final OptOuts optOuts;
    private final OutboxProperties properties;
    private final SendOutcomes outcomes;
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
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.outcomes = new SendOutcomes(store, optOuts, properties, events, ownTransaction, clock);
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
            outcomes.finish(text, token, DeliveryState.FAILED, "gave up: not sent within "
                    + properties.giveUpAfter(), null);
            return;
        }
        PhoneNumber to = text.to();
        String body = text.body();
        if (to == null || body == null) {
            outcomes.finish(text, token, DeliveryState.FAILED, "erased before it was sent", null);
            return;
        }
        if (text.purpose() != TextPurpose.OPT_OUT_CONFIRMATION && optOuts.isOptedOut(to)) {
            outcomes.finish(text, token, DeliveryState.SUPPRESSED, "opted out", null);
            return;
        }
        TextMessage message = new TextMessage(to, body);
        Instant interrupted = text.sendStartedAt();
        if (interrupted != null && !notTakenYet(text, token, message, interrupted)) {
            return;
        }
        if (!outcomes.sendStarting(text, token)) {
            return;
        }
        SmsSender.SentText sent;
        try {
            sent = sender.send(message);
        } catch (SmsSendException refused) {
            outcomes.refused(text, token, to, refused);
            return;
        } catch (RuntimeException unexpected) {
            // its message may quote the number: keep what failed, not what it said; it may have reached the carrier
            outcomes.retryOrGiveUp(text, token, unexpected.getClass().getSimpleName(), false);
            return;
        }
        outcomes.taken(text, token, sent.providerMessageId());
    }

    /**
     * An earlier send of this text began at {@code startedAt} and its outcome was never recorded (its instance died,
     * or it outlived its lease): the carrier may have taken it. Asks the carrier; true if it did not, so it is sent
     * now. If it did, records that; if the carrier cannot be asked, gives up on the text rather than risk sending it
     * twice, marked {@value #UNCONFIRMED} for staff.
     */
    private boolean notTakenYet(Claimed text, UUID token, TextMessage message, Instant startedAt) {
        SmsSender.Lookup lookup;
        try {
            lookup = sender.lookUp(message, startedAt);
        } catch (RuntimeException unreachable) {
            outcomes.retryOrGiveUp(text, token, "could not ask the carrier: " + unreachable.getClass().getSimpleName(),
                    false);
            return false;
        }
        if (!lookup.known()) {
            log.warn("Text {} ({}): a send was cut short and the carrier cannot be asked whether it took it; not sent"
                    + " again. Check with the carrier", text.id(), text.purpose());
            outcomes.finish(text, token, DeliveryState.FAILED, UNCONFIRMED, null);
            return false;
        }
        List<String> heldByOthers = ownTransaction.execute(tx -> store.knownProviderIds(lookup.providerMessageIds()));
        Optional<String> ours = lookup.providerMessageIds().stream()
                .filter(id -> heldByOthers == null || !heldByOthers.contains(id)).findFirst();
        if (ours.isPresent()) {
            log.info("Text {} ({}): a send cut short had reached the carrier; recorded, not sent again", text.id(),
                    text.purpose());
            outcomes.taken(text, token, ours.get());
            return false;
        }
        log.info("Text {} ({}): a send cut short had not reached the carrier; sending it now", text.id(),
                text.purpose());
        return true;
    }

    Duration backoff(int attempts) {
        return outcomes.backoff(attempts);
    }
}
