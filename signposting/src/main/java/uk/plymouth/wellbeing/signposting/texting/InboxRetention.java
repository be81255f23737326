package uk.plymouth.wellbeing.signposting.texting;

import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases the sender's number, their words and our answers from texts received more than
 * {@link InboxProperties#retention()} ago (30 days by default), daily at {@code hub.sms.inbox.retention-cron}. The
 * row stays (id, channel, times, status), so a late duplicate is still recognised and counts still add up. Texts still
 * waiting to be answered are kept until they are.
 */
@Component
public class InboxRetention {

    private static final Logger log = LoggerFactory.getLogger(InboxRetention.class);

    private final InboxStore store;
    private final InboxProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;

    InboxRetention(InboxStore store, InboxProperties properties, Clock clock, PlatformTransactionManager transactions) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(cron = "${hub.sms.inbox.retention-cron:" + InboxProperties.DEFAULT_RETENTION_CRON + "}",
            zone = "Europe/London")
    @SchedulerLock(name = "inbox-retention", lockAtLeastFor = "PT1M")
    public void eraseOnSchedule() {
        int erased = eraseExpired();
        log.info("Retention: numbers and words erased from {} texts residents sent", erased);
    }

    /** Erases what is due for erasure now; how many texts that was. */
    public int eraseExpired() {
        Instant now = clock.instant();
        Integer erased = transaction.execute(tx -> store.erasePersonalData(now.minus(properties.retention()), now));
        return erased == null ? 0 : erased;
    }
}
