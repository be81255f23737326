package uk.plymouth.wellbeing.signposting.callback;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.plymouth.wellbeing.signposting.messaging.SmsSendException;
import uk.plymouth.wellbeing.signposting.messaging.SmsSender;
import uk.plymouth.wellbeing.signposting.messaging.TextMessage;
import uk.plymouth.wellbeing.signposting.testsupport.MutableClock;
import uk.plymouth.wellbeing.signposting.testsupport.SignpostingTestApplication;

/**
 * What {@link CallbackQueueCases} adds to the signposting test application: a clock the tests move, a carrier that
 * records texts (or fails on demand) and a listener that collects callback events, both as published and as
 * delivered after commit. Beans, not components, so no other test context picks them up.
 */
@TestConfiguration(proxyBeanMethods = false)
class CallbackTestConfiguration {

    @Bean
    @Primary
    MutableClock movingClock() {
        return new MutableClock(SignpostingTestApplication.NOW, SignpostingTestApplication.PLYMOUTH);
    }

    @Bean
    @Primary
    RecordingTexts recordingTexts() {
        return new RecordingTexts();
    }

    @Bean
    CollectedEvents collectedEvents() {
        return new CollectedEvents();
    }

    /**
     * Sends nothing: keeps every text, or throws as a carrier that is down would ({@code failing}: something
     * unexpected, which the outbox retries) or as one that refuses the number for good ({@code refusing}: Twilio's
     * 21211, invalid number).
     */
    static final class RecordingTexts implements SmsSender {

        final List<TextMessage> sent = new CopyOnWriteArrayList<>();
        final AtomicBoolean failing = new AtomicBoolean();
        final AtomicBoolean refusing = new AtomicBoolean();

        @Override
        public SentText send(TextMessage message) {
            if (failing.get()) {
                throw new IllegalStateException("Carrier refused the text to " + message.to().e164());
            }
            if (refusing.get()) {
                throw new SmsSendException("Invalid number", false, "21211", null);
            }
            sent.add(message);
            return new SentText("recorded-" + sent.size());
        }

        /** What it kept to this number with these words, newest first (a send cut short is asked about). */
        @Override
        public Lookup lookUp(TextMessage message, java.time.Instant since) {
            List<String> ids = new java.util.ArrayList<>();
            for (int i = sent.size() - 1; i >= 0; i--) {
                if (sent.get(i).equals(message)) {
                    ids.add("recorded-" + (i + 1));
                }
            }
            return Lookup.took(ids);
        }

        void reset() {
            sent.clear();
            failing.set(false);
            refusing.set(false);
        }
    }

    /** Callback events as published (inside the transaction) and as delivered (after commit). */
    static final class CollectedEvents {

        final List<CallbackEvent> published = new CopyOnWriteArrayList<>();
        final List<CallbackEvent> afterCommit = new CopyOnWriteArrayList<>();

        @EventListener
        void published(CallbackEvent event) {
            published.add(event);
        }

        @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
        void committed(CallbackEvent event) {
            afterCommit.add(event);
        }

        void clear() {
            published.clear();
            afterCommit.clear();
        }
    }
}
