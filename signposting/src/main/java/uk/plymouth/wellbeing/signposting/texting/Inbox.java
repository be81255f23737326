package uk.plymouth.wellbeing.signposting.texting;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.plymouth.wellbeing.signposting.conversation.Conversation;
import uk.plymouth.wellbeing.signposting.conversation.ConversationReply;
import uk.plymouth.wellbeing.signposting.conversation.IncomingText;
import uk.plymouth.wellbeing.signposting.logging.LogSafe;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;
import uk.plymouth.wellbeing.signposting.messaging.SenderNumber;
import uk.plymouth.wellbeing.signposting.texting.InboundAnswer.Outcome;

/**
 * Where every channel hands in the texts residents send. Each text is stored in its own transaction <b>before</b> it
 * is answered, so none is lost; the same message id again is answered as the first time and processed no more; a
 * number that texts too often is answered once politely and then not at all until its window passes; numbers outside
 * the UK get one polite message; and a text the conversation fails to answer gets a holding message now and its
 * answer later, through the outbox, from {@link InboxRetrier}.
 *
 * <p>The inbox needs only JDBC, so its transactions are plain JDBC ones on the app's {@link DataSource}, not the app's
 * JPA transaction manager's (which opens and flushes an {@code EntityManager} each time: about 5% of a webhook's own
 * CPU in the benchmark, docs/benchmarks/sms-webhook.md). The one exception: when a request holds an
 * {@code EntityManager} open (open-in-view, off in the app), the JPA transaction manager is used, so the inbox shares
 * that EntityManager's connection instead of taking a second one from the pool.
 */
@Service
public class Inbox {

    static final String HOLDING = "Sorry, we will reply shortly.";
    static final String SLOW_DOWN = "You have sent us a lot of texts in a short time. We will answer again in a few"
            + " minutes. In danger? Call 999.";
    static final String UK_ONLY = "Sorry, Plymouth Wellbeing Hubs can only answer texts from UK mobile numbers.";

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    private final InboxStore store;
    private final Conversation conversation;
    private final InboxProperties properties;
    private final Clock clock;
    private final TransactionTemplate newJdbcTransaction;
    private final TransactionTemplate newAppTransaction;
    private final @Nullable EntityManagerFactory entityManagers;
    private final Map<Outcome, LongAdder> received = new EnumMap<>(Outcome.class);

    Inbox(InboxStore store, Conversation conversation, InboxProperties properties, Clock clock,
            PlatformTransactionManager transactions, DataSource dataSource,
            ObjectProvider<EntityManagerFactory> entityManagers) {
        this.store = store;
        this.conversation = conversation;
        this.properties = properties;
        this.clock = clock;
        this.newJdbcTransaction = requiresNew(new JdbcTransactionManager(dataSource));
        this.newAppTransaction = requiresNew(transactions);
        this.entityManagers = entityManagers.getIfUnique();
        for (Outcome outcome : Outcome.values()) {
            received.put(outcome, new LongAdder());
        }
    }

    private static TransactionTemplate requiresNew(PlatformTransactionManager transactions) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return template;
    }

    /**
     * Stores the text and answers it. Never throws for anything the sender wrote or whoever they are; throws only when
     * the database fails, before the text could be stored (the channel should then ask to be sent it again).
     */
    public InboundAnswer receive(InboundText text, RateLimit limit) {
        InboundAnswer answer = take(text, limit);
        received.get(answer.outcome()).increment();
        return answer;
    }

    /**
     * How many texts this instance has taken since it started that came to {@code outcome} (a text that failed to be
     * stored is not counted). For monitoring: a counter per instance that only grows.
     */
    public long received(Outcome outcome) {
        return received.get(outcome).sum();
    }

    private InboundAnswer take(InboundText text, RateLimit limit) {
        Instant now = clock.instant();
        Admission admission;
        try {
            // the duplicate check and the admission on one connection, in the text's own transaction
            admission = newTransaction().execute(tx -> store.find(text.messageId()).map(Admission::seen)
                    .orElseGet(() -> Admission.stored(admit(text, limit, now))));
        } catch (DuplicateKeyException sameMoment) {
            return store.find(text.messageId()).orElseThrow(() -> sameMoment).answeredAgain();
        }
        if (admission == null) {
            return new InboundAnswer(List.of(), Outcome.UNREADABLE_SENDER);
        }
        StoredText stored = admission.text();
        if (admission.seenBefore()) {
            return stored.answeredAgain();
        }
        if (stored.status() != InboxStatus.RECEIVED || stored.phone() == null) {
            return stored.notProcessed();
        }
        return answer(stored, text.body(), now);
    }

    /** A text stored now, or the row of one stored before under the same message id. */
    private record Admission(StoredText text, boolean seenBefore) {

        static Admission seen(StoredText text) {
            return new Admission(text, true);
        }

        static Admission stored(StoredText text) {
            return new Admission(text, false);
        }
    }

    private StoredText admit(InboundText text, RateLimit limit, Instant now) {
        // one number however it is written; null for a short code, a name or a number not in use
        PhoneNumber phone = SenderNumber.read(text.from()).orElse(null);
        InboxStatus status;
        List<String> answer = null;
        Instant since = now.minus(limit.per());
        if (phone == null) {
            status = InboxStatus.UNREADABLE_SENDER;
            answer = List.of();
        } else if (store.processedSince(phone, since) >= limit.messages()) {
            status = InboxStatus.RATE_LIMITED;
            answer = store.politeMessageSince(phone, status, since) ? List.of() : List.of(SLOW_DOWN);
        } else if (!phone.e164().startsWith("+44")) {
            status = InboxStatus.NOT_UK;
            answer = store.politeMessageSince(phone, status, since) ? List.of() : List.of(UK_ONLY);
        } else {
            status = InboxStatus.RECEIVED;
        }
        Instant staleAt = status == InboxStatus.RECEIVED ? now.plus(properties.staleAfter()) : null;
        store.add(text.messageId(), text.channel(), phone, text.body(), now, status, answer, staleAt);
        return new StoredText(text.messageId(), phone, text.body(), now, status, answer, 0, staleAt);
    }

    private InboundAnswer answer(StoredText stored, String body, Instant now) {
        ConversationReply reply;
        try {
            reply = conversation.reply(new IncomingText(stored.phone(), body, now));
        } catch (RuntimeException failure) {
            log.warn("Answering text {} failed ({}); it will be answered later by text",
                    LogSafe.text(stored.messageId()), failure.getClass().getSimpleName(), failure);
            List<String> holding = List.of(HOLDING);
            write(() -> store.deferred(stored.messageId(), holding, now.plus(properties.retryAfter())));
            return new InboundAnswer(holding, Outcome.DEFERRED);
        }
        write(() -> store.answered(stored.messageId(), reply.messages(), reply.crisis(), clock.instant()));
        return new InboundAnswer(reply.messages(), Outcome.ANSWERED);
    }

    /**
     * A new transaction on the inbox's own JDBC transaction manager; on the app's one while the request holds an
     * {@code EntityManager} open, so as to share its connection rather than take a second from the pool.
     */
    private TransactionTemplate newTransaction() {
        return entityManagerHeldOpen() ? newAppTransaction : newJdbcTransaction;
    }

    /**
     * One statement that updates one row, atomic on its own: run as such (one round trip fewer than in a transaction),
     * unless an open {@code EntityManager} holds a connection this should share, or a caller's transaction is active
     * (the answer must not wait for, or roll back with, the caller's work).
     */
    private void write(Runnable statement) {
        if (entityManagerHeldOpen()) {
            newAppTransaction.executeWithoutResult(tx -> statement.run());
        } else if (TransactionSynchronizationManager.isActualTransactionActive()) {
            newJdbcTransaction.executeWithoutResult(tx -> statement.run());
        } else {
            statement.run();
        }
    }

    private boolean entityManagerHeldOpen() {
        return entityManagers != null && TransactionSynchronizationManager.hasResource(entityManagers);
    }
}
