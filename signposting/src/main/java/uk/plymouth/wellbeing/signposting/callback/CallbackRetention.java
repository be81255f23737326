package uk.plymouth.wellbeing.signposting.callback;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.plymouth.wellbeing.signposting.callback.store.CallbackStore;
import uk.plymouth.wellbeing.signposting.callback.store.CallbackTextStore;

/**
 * Erases residents' details from requests closed (done or unable to contact) more than
 * {@link CallbackProperties#retention()} ago: name, number, their words (and texts), attempt notes and staff notes. What is left
 * (hub, category, channel, status, times, attempt outcomes) still counts in reports. Runs daily at
 * {@code hub.callback.retention-cron}, in batches of {@value #BATCH}, each its own transaction.
 */
@Component
class CallbackRetention {

    static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(CallbackRetention.class);

    private final CallbackStore store;
    private final CallbackTextStore texts;
    private final CallbackProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;

    CallbackRetention(CallbackStore store, CallbackTextStore texts, CallbackProperties properties, Clock clock,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.texts = texts;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(cron = "${hub.callback.retention-cron:" + CallbackProperties.DEFAULT_RETENTION_CRON + "}",
            zone = "Europe/London")
    @SchedulerLock(name = "callback-retention", lockAtLeastFor = "PT1M")
    public void eraseOnSchedule() {
        int erased = eraseExpired();
        log.info("Retention: personal data erased from {} closed callback requests", erased);
    }

    /** Erases what is due for erasure now; how many requests that was. */
    int eraseExpired() {
        Instant now = clock.instant();
        Instant closedBefore = now.minus(properties.retention());
        int erased = 0;
        while (true) {
            List<UUID> ids = store.erasable(closedBefore, BATCH);
            int batch;
            try {
                batch = eraseBatch(ids, now);
            } catch (ConcurrencyFailureException reopenedMeanwhile) {
                log.info("Retention: a request changed while being erased; the rest waits for the next run");
                return erased;
            }
            erased += batch;
            if (ids.size() < BATCH || batch == 0) {
                return erased;
            }
        }
    }

    private int eraseBatch(List<UUID> ids, Instant now) {
        Integer erased = transaction.execute(status -> {
            int count = 0;
            for (UUID id : ids) {
                var request = store.find(id).filter(r -> !r.status().isOpen()).orElse(null);
                if (request != null && request.erasePersonalData(now)) {
                    texts.eraseResidentWords(id);
                    store.audit(id, "system", AuditAction.PERSONAL_DATA_ERASED, "closed " + request.closedAt(), now);
                    count++;
                }
            }
            return count;
        });
        return erased == null ? 0 : erased;
    }
}
