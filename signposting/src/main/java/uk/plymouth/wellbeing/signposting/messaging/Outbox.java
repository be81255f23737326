package uk.plymouth.wellbeing.signposting.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import uk.plymouth.wellbeing.signposting.logging.LogSafe;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Every text we send goes through here. {@link #enqueue(OutgoingText)} joins the caller's transaction, so a text is
 * queued if and only if what it talks about was saved; the {@link OutboxWorker} sends it afterwards, retrying what
 * may pass later, checking opt-outs at the moment of sending, and never sending one text twice, even with two app
 * instances on one PostgreSQL (one gap, described on the worker). Carriers' delivery reports update each text's state,
 * never backwards. Each change is published as an {@link OutgoingTextChanged}.
 */
@Service
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    /** How far a delivery report may move a text, by what it says: from which states. */
    private static final Map<DeliveryState, List<DeliveryState>> REPORTED_FROM = Map.of(
            DeliveryState.QUEUED, List.of(),
            DeliveryState.SENT, List.of(DeliveryState.QUEUED),
            DeliveryState.DELIVERED, List.of(DeliveryState.QUEUED, DeliveryState.SENT),
            DeliveryState.UNDELIVERED, List.of(DeliveryState.QUEUED, DeliveryState.SENT),
            DeliveryState.FAILED, List.of(DeliveryState.QUEUED, DeliveryState.SENT));

    private final OutboxStore store;
    private final OutboxWorker worker;
    private final OptOuts optOuts;
    private final OutboxProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Outbox(OutboxStore store, OutboxWorker worker, OptOuts optOuts, OutboxProperties properties,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.worker = worker;
        this.optOuts = optOuts;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Queues a text, in the caller's transaction if there is one (else in one of its own); the worker sends it once
     * that commits.
     *
     * @return its id in the outbox
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public UUID enqueue(OutgoingText text) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        store.add(id, text, now, now.plus(properties.giveUpAfter()));
        log.debug("Text {} ({}) queued", id, text.purpose());
        return id;
    }

    /**
     * Makes the first attempt at a queued text on this thread as soon as the current transaction commits (at once
     * when there is none), for a resident waiting for it; the worker makes any later attempt. Inside a transaction the
     * text is claimed in that transaction, so no worker can take it between the commit and the attempt; a thread that
     * dies before its attempt leaves the text to the worker when the claim's lease ends. Problems are logged, never
     * thrown: the text stays queued.
     */
    public void sendAsSoonAsCommitted(UUID id) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            attempt(() -> worker.attempt(id), id);
            return;
        }
        UUID token = UUID.randomUUID();
        Instant now = clock.instant();
        store.claim(id, now, token, now.plus(properties.lease())).ifPresent(claimed ->
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        attempt(() -> worker.send(claimed, token), id);
                    }
                }));
    }

    private void attempt(Runnable attempt, UUID id) {
        try {
            attempt.run();
        } catch (RuntimeException trouble) {
            log.warn("First attempt at text {} failed before reaching the carrier ({}); the worker will retry", id,
                    trouble.getClass().getSimpleName());
        }
    }

    /**
     * A carrier's delivery report for a text it took. A text never moves backwards (a late SENT after DELIVERED
     * changes nothing); a report for a text we do not know is logged and ignored.
     *
     * @param errorCode the carrier's error code, if any (Twilio's 21610 means the number opted out with the carrier,
     *     and opts it out with us too)
     */
    @Transactional
    public void deliveryReport(String providerMessageId, DeliveryState state, @Nullable String errorCode) {
        Optional<OutboxStore.Reported> text = store.byProviderId(providerMessageId);
        if (text.isEmpty()) {
            log.info("Delivery report ({}) for a text we do not know; ignored", state);
            log.debug("Unknown provider message id {}", LogSafe.text(providerMessageId));
            return;
        }
        OutboxStore.Reported reported = text.get();
        if (OutboxWorker.CARRIER_OPTED_OUT.equals(errorCode)) {
            store.phoneOf(reported.id()).ifPresent(phone -> optOuts.optOut(phone, "carrier " + errorCode));
        }
        List<DeliveryState> from = REPORTED_FROM.getOrDefault(state, List.of());
        String error = errorCode == null ? null : "carrier error " + errorCode;
        if (store.advance(providerMessageId, state, from, error, clock.instant())) {
            events.publishEvent(new OutgoingTextChanged(reported.id(), reported.purpose(), reported.callbackId(),
                    state, errorCode));
            log.debug("Text {} now {}", reported.id(), state);
        } else {
            log.debug("Text {} stays {}: a report of {} would not move it forward", reported.id(), reported.state(),
                    state);
        }
    }

    /** The texts queued about one callback request, oldest first, for staff: how each went, never the number. */
    @Transactional(readOnly = true)
    public List<OutboxEntry> forCallback(UUID callbackId) {
        return store.forCallback(callbackId);
    }

    /**
     * Erases the number and body of every text finished more than {@code hub.sms.outbox.keep-for} ago (what happened
     * to it stays, for staff and for counts). Runs nightly.
     *
     * @return how many texts it erased
     */
    @Transactional
    public int erasePersonalData() {
        int erased = store.erasePersonalData(clock.instant().minus(properties.keepFor()));
        if (erased > 0) {
            log.info("Erased the number and text of {} finished texts older than {}", erased, properties.keepFor());
        }
        return erased;
    }

    /** The texts still waiting to be taken by the carrier, for monitoring (cache it: it counts rows). */
    @Transactional(readOnly = true)
    public OutboxBacklog backlog() {
        return store.backlog();
    }

    /** One text, by its id in the outbox. */
    @Transactional(readOnly = true)
    public Optional<OutboxEntry> find(UUID id) {
        return store.find(id);
    }

    /** {@link #erasePersonalData()} on its schedule, on one instance only (the others skip that run). */
    @Scheduled(cron = "${hub.sms.outbox.erase-cron:" + OutboxProperties.DEFAULT_ERASE_CRON + "}",
            zone = "Europe/London")
    @SchedulerLock(name = "outbox-retention", lockAtLeastFor = "PT1M")
    @Transactional
    public void erasePersonalDataOnSchedule() {
        erasePersonalData();
    }
}
