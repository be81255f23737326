package uk.plymouth.wellbeing.signposting.texting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import uk.plymouth.wellbeing.signposting.conversation.Conversation;
import uk.plymouth.wellbeing.signposting.conversation.ConversationReply;
import uk.plymouth.wellbeing.signposting.conversation.IncomingText;
import uk.plymouth.wellbeing.signposting.messaging.OutgoingText;
import uk.plymouth.wellbeing.signposting.messaging.Outbox;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;
import uk.plymouth.wellbeing.signposting.messaging.TextPurpose;

/**
 * Answers the texts the webhook could not: those whose answer failed, and those left half-done when the app stopped.
 * The answer goes through the {@link Outbox} (purpose {@link TextPurpose#REPLY}) in the same transaction that marks the
 * text answered, so it is queued exactly once. Each failure waits twice as long as the one before (at most an hour);
 * after {@link InboxProperties#maxAttempts()} the resident gets a fallback text, and an ERROR is logged. Several app
 * instances may run it: each text is claimed first.
 */
@Component
public class InboxRetrier {

    static final int BATCH = 50;
    static final String FALLBACK = "Sorry, we could not answer your text. Please try again later, or call in at any"
            + " Wellbeing Hub. In danger? Call 999.";
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);
    /** How long a claimed text is left alone before it counts as abandoned (the app stopped mid-way). */
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(InboxRetrier.class);

    private final InboxStore store;
    private final Conversation conversation;
    private final Outbox outbox;
    private final InboxProperties properties;
    private final Clock clock;
    private final TransactionTemplate newTransaction;

    InboxRetrier(InboxStore store, Conversation conversation, Outbox outbox, InboxProperties properties, Clock clock,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.conversation = conversation;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Scheduled(fixedDelayString = "${hub.sms.inbox.retry-every:30s}", initialDelayString = "${hub.sms.inbox.retry-every:30s}")
    void retryOnSchedule() {
        retryDue();
    }

    /** Answers what is due now; how many texts were answered (or given up on). */
    public int retryDue() {
        int done = 0;
        List<StoredText> due = store.due(clock.instant(), BATCH);
        for (StoredText text : due) {
            if (text.phone() == null || text.body() == null) {
                continue;
            }
            Instant now = clock.instant();
            if (!store.claim(text, now.plus(LEASE))) {
                continue;
            }
            if (retry(text, text.phone(), text.body(), text.attempts() + 1)) {
                done++;
            }
        }
        return done;
    }

    private boolean retry(StoredText text, PhoneNumber phone, String body, int attempt) {
        try {
            ConversationReply reply = conversation.reply(new IncomingText(phone, body, text.receivedAt()));
            boolean answered = Boolean.TRUE.equals(newTransaction.execute(tx -> {
                for (String message : reply.messages()) {
                    outbox.enqueue(new OutgoingText(phone, message, TextPurpose.REPLY, null));
                }
                return stillOurs(tx, store.answeredLater(text.messageId(), attempt, reply.messages(), reply.crisis(),
                        clock.instant()));
            }));
            if (answered) {
                log.info("Text {} answered through the outbox at attempt {} ({} messages)", text.messageId(),
                        attempt, reply.messages().size());
            }
            return answered;
        } catch (RuntimeException failure) {
            return failed(text, phone, attempt, failure);
        }
    }

    private boolean failed(StoredText text, PhoneNumber phone, int attempt, RuntimeException failure) {
        Instant now = clock.instant();
        if (attempt < properties.maxAttempts()) {
            Duration wait = waitAfter(properties.retryAfter(), attempt);
            log.warn("Answering text {} failed again at attempt {} ({}); next try in {}", text.messageId(), attempt,
                    failure.getClass().getSimpleName(), wait, failure);
            newTransaction.executeWithoutResult(tx -> store.retryAt(text.messageId(), attempt, now.plus(wait)));
            return false;
        }
        log.error("Gave up answering text {} after {} attempts ({}); sending the fallback text", text.messageId(),
                attempt, failure.getClass().getSimpleName(), failure);
        return Boolean.TRUE.equals(newTransaction.execute(tx -> {
            outbox.enqueue(new OutgoingText(phone, FALLBACK, TextPurpose.REPLY, null));
            return stillOurs(tx, store.gaveUp(text.messageId(), attempt, List.of(FALLBACK), now));
        }));
    }

    /**
     * Whether this retrier's claim still held when it wrote; if not (it outlived its lease and another instance took
     * the text), what it queued is rolled back, so the resident is never texted twice.
     */
    private boolean stillOurs(TransactionStatus tx, boolean held) {
        if (!held) {
            tx.setRollbackOnly();
            log.info("A text's retry outlived its claim; another attempt has it, so nothing was queued");
        }
        return held;
    }

    /** After the first failure {@code first}, then twice that, four times..., at most an hour. */
    static Duration waitAfter(Duration first, int attempt) {
        Duration wait = first;
        for (int i = 1; i < attempt && wait.compareTo(LONGEST_WAIT) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
