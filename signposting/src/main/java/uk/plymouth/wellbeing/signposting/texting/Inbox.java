package uk.plymouth.wellbeing.signposting.texting;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.plymouth.wellbeing.signposting.conversation.Conversation;
import uk.plymouth.wellbeing.signposting.conversation.ConversationReply;
import uk.plymouth.wellbeing.signposting.conversation.IncomingText;
import uk.plymouth.wellbeing.signposting.messaging.InvalidPhoneNumberException;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;
import uk.plymouth.wellbeing.signposting.texting.InboundAnswer.Outcome;

/**
 * Where every channel hands in the texts residents send. Each text is stored in its own transaction <b>before</b> it
 * is answered, so none is lost; the same message id again is answered as the first time and processed no more; a
 * number that texts too often is answered once politely and then not at all until its window passes; numbers outside
 * the UK get one polite message; and a text the conversation fails to answer gets a holding message now and its
 * answer later, through the outbox, from {@link InboxRetrier}.
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
    private final TransactionTemplate newTransaction;

    Inbox(InboxStore store, Conversation conversation, InboxProperties properties, Clock clock,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.conversation = conversation;
        this.properties = properties;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Stores the text and answers it. Never throws for anything the sender wrote or whoever they are; throws only when
     * the database fails, before the text could be stored (the channel should then ask to be sent it again).
     */
    public InboundAnswer receive(InboundText text, RateLimit limit) {
        Optional<StoredText> seen = store.find(text.messageId());
        if (seen.isPresent()) {
            return duplicate(seen.get());
        }
        Instant now = clock.instant();
        StoredText stored;
        try {
            stored = newTransaction.execute(tx -> admit(text, limit, now));
        } catch (DuplicateKeyException sameMoment) {
            return duplicate(store.find(text.messageId()).orElseThrow(() -> sameMoment));
        }
        if (stored == null || stored.status() != InboxStatus.RECEIVED || stored.phone() == null) {
            return notProcessed(stored);
        }
        return answer(stored, text.body(), now);
    }

    private StoredText admit(InboundText text, RateLimit limit, Instant now) {
        PhoneNumber phone = phoneOf(text.from());
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
            log.warn("Answering text {} failed ({}); it will be answered later by text", stored.messageId(),
                    failure.getClass().getSimpleName(), failure);
            List<String> holding = List.of(HOLDING);
            newTransaction.executeWithoutResult(
                    tx -> store.deferred(stored.messageId(), holding, now.plus(properties.retryAfter())));
            return new InboundAnswer(holding, Outcome.DEFERRED);
        }
        // in a transaction, so it reuses the connection an open EntityManager may hold rather than take a second one
        newTransaction.executeWithoutResult(
                tx -> store.answered(stored.messageId(), reply.messages(), reply.crisis(), clock.instant()));
        return new InboundAnswer(reply.messages(), Outcome.ANSWERED);
    }

    /** The first answer again; nothing while the first delivery is still being answered. */
    private static InboundAnswer duplicate(StoredText seen) {
        List<String> answer = seen.answer();
        return new InboundAnswer(answer == null ? List.of() : answer, Outcome.DUPLICATE);
    }

    private static InboundAnswer notProcessed(@Nullable StoredText stored) {
        if (stored == null) {
            return new InboundAnswer(List.of(), Outcome.UNREADABLE_SENDER);
        }
        List<String> answer = stored.answer() == null ? List.of() : stored.answer();
        switch (stored.status()) {
            case RATE_LIMITED:
                return new InboundAnswer(answer, Outcome.RATE_LIMITED);
            case NOT_UK:
                return new InboundAnswer(answer, Outcome.NOT_UK);
            default:
                return new InboundAnswer(answer, Outcome.UNREADABLE_SENDER);
        }
    }

    /**
     * The sender as a phone number: E.164 as carriers send it ("+48601234567"), or a UK number as a person would type
     * it (the simulator); null for a short code, a sender name or anything else we cannot text back.
     */
    static @Nullable PhoneNumber phoneOf(String from) {
        String trimmed = from.strip();
        try {
            return new PhoneNumber(trimmed);
        } catch (IllegalArgumentException notE164) {
            try {
                return PhoneNumber.parseUk(trimmed);
            } catch (InvalidPhoneNumberException notUk) {
                return null;
            }
        }
    }
}
