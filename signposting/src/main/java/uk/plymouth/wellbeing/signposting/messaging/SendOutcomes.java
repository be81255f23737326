package uk.plymouth.wellbeing.signposting.messaging;

import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;
import uk.plymouth.wellbeing.signposting.logging.LogSafe;
import uk.plymouth.wellbeing.signposting.messaging.OutboxStore.Claimed;

/**
 * Writes what became of one attempt at a claimed text, each in a transaction of its own, only while the attempt's
 * claim token is still on the row, and publishes each final change as an {@link OutgoingTextChanged}. The
 * {@link OutboxWorker}'s other half: it decides, this records.
 */
final class SendOutcomes {

    private static final Logger log = LoggerFactory.getLogger(SendOutcomes.class);

    private final OutboxStore store;
    private final OptOuts optOuts;
    private final OutboxProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    SendOutcomes(OutboxStore store, OptOuts optOuts, OutboxProperties properties, ApplicationEventPublisher events,
            TransactionTemplate ownTransaction, Clock clock) {
        this.store = store;
        this.optOuts = optOuts;
        this.properties = properties;
        this.events = events;
        this.ownTransaction = ownTransaction;
        this.clock = clock;
    }

    /** A send is about to begin: committed first, so a send cut short is known for one; false if no longer ours. */
    boolean sendStarting(Claimed text, UUID token) {
        return Boolean.TRUE.equals(ownTransaction.execute(
                tx -> store.recordSendStarted(text.id(), token, clock.instant())));
    }

    void taken(Claimed text, UUID token, String providerMessageId) {
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
            log.warn("Text {} ({}) was taken by the carrier after its claim ran out; the next claim asks the carrier"
                    + " before sending it again. Raise hub.sms.outbox.lease above the carrier's timeout", text.id(),
                    text.purpose());
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

    void refused(Claimed text, UUID token, PhoneNumber to, SmsSendException refused) {
        String code = refused.errorCode();
        String error = code == null ? "SmsSendException" : "carrier error " + code;
        if (OutboxWorker.CARRIER_OPTED_OUT.equals(code)) {
            optOuts.optOut(to, "carrier " + OutboxWorker.CARRIER_OPTED_OUT);
            finish(text, token, DeliveryState.FAILED, error + " (opted out with the carrier)", code);
        } else if (refused.retryable()) {
            retryOrGiveUp(text, token, error, !timedOut(refused));
        } else {
            finish(text, token, DeliveryState.FAILED, error, code);
        }
    }

    /**
     * A time-out or an interrupted read ({@link InterruptedIOException}, {@code SocketTimeoutException} among them):
     * the request may have reached the carrier, which may have taken the text.
     */
    private static boolean timedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedIOException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tries again after a backoff, or gives up once that would pass {@code give-up-after}.
     *
     * @param sendSettled the failure says the carrier did not take it; false keeps an interrupted send marked, so
     *     the next attempt asks the carrier first
     */
    void retryOrGiveUp(Claimed text, UUID token, String error, boolean sendSettled) {
        Instant now = clock.instant();
        Instant next = now.plus(backoff(text.attempts()));
        if (next.isAfter(text.giveUpAt())) {
            finish(text, token, DeliveryState.FAILED, "gave up after " + text.attempts() + " attempts: " + error,
                    null);
            return;
        }
        ownTransaction.executeWithoutResult(tx -> store.recordRetry(text.id(), token, next, error, sendSettled, now));
        log.debug("Text {} ({}) attempt {} failed ({}), next try at {}", text.id(), text.purpose(), text.attempts(),
                error, next);
    }

    void finish(Claimed text, UUID token, DeliveryState state, String error, @Nullable String code) {
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
