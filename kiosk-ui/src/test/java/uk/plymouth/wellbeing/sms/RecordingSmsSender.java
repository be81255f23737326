package uk.plymouth.wellbeing.sms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import uk.plymouth.wellbeing.signposting.messaging.SmsSendException;
import uk.plymouth.wellbeing.signposting.messaging.SmsSender;
import uk.plymouth.wellbeing.signposting.messaging.TextMessage;

/**
 * A pretend carrier that keeps every text it took, and can be made unreliable: it refuses a share of sends with a
 * retryable error (as Twilio's 5xx or 429), and makes another share hang, then fail as a timeout does. A text counts
 * as taken the moment {@link #send} records it; {@code latencyMillis} is the time the carrier's answer then takes to
 * come back, so a worker interrupted during it loses an answer for a text that was taken: the outbox asks about such a
 * send ({@link #lookUp}, answered from what it took) before sending it again.
 *
 * <p>One shared instance ({@link #SHARED}) serves every app context in the JVM, so a test that restarts the app
 * still sees what the first run sent.
 */
final class RecordingSmsSender implements SmsSender {

    static final RecordingSmsSender SHARED = new RecordingSmsSender();

    /** A text the carrier took, with the id it answered with. */
    record Taken(String to, String body, String providerId) {}

    private final ConcurrentLinkedQueue<Taken> taken = new ConcurrentLinkedQueue<>();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger timedOut = new AtomicInteger();
    private final AtomicInteger interruptedAfterTaking = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile double failRate;
    private volatile double timeoutRate;
    private volatile long timeoutMillis;
    private volatile long latencyMillis;
    private volatile boolean down;

    /** Reliable again, and forgets everything it recorded. */
    synchronized void reset() {
        taken.clear();
        attempts.set(0);
        refused.set(0);
        timedOut.set(0);
        interruptedAfterTaking.set(0);
        failRate = 0;
        timeoutRate = 0;
        timeoutMillis = 0;
        latencyMillis = 0;
        down = false;
    }

    /** Refuses {@code failRate} of sends (retryable) and times out on {@code timeoutRate} after {@code timeoutMillis}. */
    void unreliable(double failRate, double timeoutRate, long timeoutMillis) {
        this.failRate = failRate;
        this.timeoutRate = timeoutRate;
        this.timeoutMillis = timeoutMillis;
    }

    void latency(long millis) {
        this.latencyMillis = millis;
    }

    /** Refuses every send (retryable) while down: an outage. */
    void down(boolean isDown) {
        this.down = isDown;
    }

    @Override
    public SentText send(TextMessage message) {
        attempts.incrementAndGet();
        inFlight.incrementAndGet();
        try {
            double roll = ThreadLocalRandom.current().nextDouble();
            if (down || roll < failRate) {
                refused.incrementAndGet();
                throw new SmsSendException("carrier says 503", true, "503", null);
            }
            if (roll < failRate + timeoutRate) {
                timedOut.incrementAndGet();
                pause(timeoutMillis);
                throw new SmsSendException("read timed out", true, null, null);
            }
            String id = "SMtest" + ids.incrementAndGet();
            taken.add(new Taken(message.to().e164(), message.body(), id));
            if (latencyMillis > 0 && !pause(latencyMillis)) {
                interruptedAfterTaking.incrementAndGet();
                throw new SmsSendException("interrupted while reading the answer", true, null, null);
            }
            return new SentText(id);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    @Override
    public Lookup lookUp(TextMessage message, java.time.Instant since) {
        List<String> ids = new ArrayList<>(taken.stream().filter(text -> text.to().equals(message.to().e164())
                && text.body().equals(message.body())).map(Taken::providerId).toList());
        java.util.Collections.reverse(ids);
        return Lookup.took(ids);
    }

    /** Sleeps; false if interrupted (the interrupt is kept). */
    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    List<Taken> taken() {
        return new ArrayList<>(taken);
    }

    List<Taken> takenWhere(Predicate<Taken> which) {
        return taken.stream().filter(which).toList();
    }

    List<Taken> takenTo(String e164) {
        return takenWhere(text -> text.to().equals(e164));
    }

    /** How many times the carrier took each body. */
    Map<String, Integer> timesTaken(Predicate<Taken> which) {
        Map<String, Integer> counts = new ConcurrentHashMap<>();
        taken.stream().filter(which).forEach(text -> counts.merge(text.body(), 1, Integer::sum));
        return counts;
    }

    int attempts() {
        return attempts.get();
    }

    int refused() {
        return refused.get();
    }

    int timedOut() {
        return timedOut.get();
    }

    int interruptedAfterTaking() {
        return interruptedAfterTaking.get();
    }

    int inFlight() {
        return inFlight.get();
    }
}
