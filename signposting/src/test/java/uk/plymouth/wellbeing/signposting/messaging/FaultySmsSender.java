package uk.plymouth.wellbeing.signposting.messaging;

import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * A carrier in memory for outbox tests, with faults on demand. It records every text it <em>takes</em> (by body,
 * which tests make unique, and by the id it hands back), and can:
 * <ul>
 *   <li>refuse a share of sends with a retryable server error or 429 ({@link #failRetryably(double)});
 *   <li>time out on a share of sends, after sleeping a while, as an HTTP client would ({@link #timeOut(double,
 *       Duration)}); the text is not taken;
 *   <li>throw something unexpected on a share of sends ({@link #throwUnexpectedly(double)});
 *   <li>refuse some numbers for good ({@link #refuseForGood(PhoneNumber, String)}, e.g. 21211 invalid number or
 *       21610 opted out);
 *   <li>die, as a worker's JVM would, just before or just after taking the n-th text ({@link #crashOn(int,
 *       boolean)}): it throws {@link SimulatedCrash}, an {@link Error} the worker does not catch.
 * </ul>
 * It answers look-ups ({@link SmsSender#lookUp}) from what it took, by body, unless told it cannot be asked
 * ({@link #cannotBeAsked()}). Random faults come from one seeded generator, so a run can be repeated.
 */
final class FaultySmsSender implements SmsSender {

    /** The worker's JVM died here. */
    static final class SimulatedCrash extends Error {
        SimulatedCrash() {
            super("simulated crash of the worker");
        }
    }

    private static final AtomicInteger INSTANCES = new AtomicInteger();

    /** Ids never repeat across instances, as a real carrier's do not. */
    private final String idPrefix = "SM" + INSTANCES.incrementAndGet() + "x";
    private final Random random;
    private volatile double retryableShare;
    private volatile double timeoutShare;
    private volatile Duration timeoutSleep = Duration.ZERO;
    private volatile double unexpectedShare;
    private final Map<String, String> refused = new ConcurrentHashMap<>();
    private volatile int crashOn = -1;
    private volatile boolean crashAfterTaking;
    private volatile Runnable afterTaking = () -> { };

    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicLong ids = new AtomicLong();
    private final Map<String, AtomicInteger> takenByBody = new ConcurrentHashMap<>();
    private final Set<String> providerIds = new CopyOnWriteArraySet<>();
    private final Map<String, List<String>> idsByBody = new ConcurrentHashMap<>();
    private volatile boolean answersLookUps = true;
    private final AtomicInteger lookUps = new AtomicInteger();

    FaultySmsSender(long seed) {
        this.random = new Random(seed);
    }

    FaultySmsSender() {
        this(42);
    }

    FaultySmsSender failRetryably(double share) {
        this.retryableShare = share;
        return this;
    }

    FaultySmsSender timeOut(double share, Duration sleep) {
        this.timeoutShare = share;
        this.timeoutSleep = sleep;
        return this;
    }

    FaultySmsSender throwUnexpectedly(double share) {
        this.unexpectedShare = share;
        return this;
    }

    FaultySmsSender refuseForGood(PhoneNumber number, String errorCode) {
        refused.put(number.e164(), errorCode);
        return this;
    }

    /** Dies on the n-th call (1-based) from now on counting all calls so far, before or after taking the text. */
    FaultySmsSender crashOn(int call, boolean afterTaking) {
        this.crashOn = call;
        this.crashAfterTaking = afterTaking;
        return this;
    }

    /** Runs this each time the carrier has taken a text, before it answers. */
    FaultySmsSender afterTaking(Runnable then) {
        this.afterTaking = then;
        return this;
    }

    /** A carrier that cannot say what it took (look-ups answer "cannot tell"). */
    FaultySmsSender cannotBeAsked() {
        this.answersLookUps = false;
        return this;
    }

    /** A sender healthy from now on (what it took so far stays recorded). */
    void heal() {
        retryableShare = 0;
        timeoutShare = 0;
        unexpectedShare = 0;
        refused.clear();
        crashOn = -1;
        afterTaking = () -> { };
    }

    void reset() {
        heal();
        calls.set(0);
        failures.set(0);
        takenByBody.clear();
        providerIds.clear();
        idsByBody.clear();
        answersLookUps = true;
        lookUps.set(0);
    }

    @Override
    public SentText send(TextMessage message) {
        int call = calls.incrementAndGet();
        if (call == crashOn && !crashAfterTaking) {
            throw new SimulatedCrash();
        }
        String code = refused.get(message.to().e164());
        if (code != null) {
            failures.incrementAndGet();
            throw new SmsSendException("Carrier refused the text", false, code, null);
        }
        double roll;
        synchronized (random) {
            roll = random.nextDouble();
        }
        if (roll < retryableShare) {
            failures.incrementAndGet();
            throw new SmsSendException("Carrier answered " + (roll < retryableShare / 2 ? "503" : "429"), true,
                    roll < retryableShare / 2 ? "503" : "429", null);
        }
        roll -= retryableShare;
        if (roll >= 0 && roll < timeoutShare) {
            failures.incrementAndGet();
            sleep(timeoutSleep);
            throw new SmsSendException("Carrier timed out", true, null, new SocketTimeoutException("read timed out"));
        }
        roll -= timeoutShare;
        if (roll >= 0 && roll < unexpectedShare) {
            failures.incrementAndGet();
            throw new IllegalStateException("Connection reset while texting " + message.to().e164());
        }
        String id = idPrefix + ids.incrementAndGet();
        takenByBody.computeIfAbsent(message.body(), body -> new AtomicInteger()).incrementAndGet();
        providerIds.add(id);
        idsByBody.computeIfAbsent(message.body(), body -> new CopyOnWriteArrayList<>()).add(0, id);
        if (call == crashOn) {
            throw new SimulatedCrash();
        }
        afterTaking.run();
        return new SentText(id);
    }

    @Override
    public Lookup lookUp(TextMessage message, Instant since) {
        lookUps.incrementAndGet();
        return answersLookUps ? Lookup.took(idsByBody.getOrDefault(message.body(), List.of())) : Lookup.cannotTell();
    }

    int lookUps() {
        return lookUps.get();
    }

    /** How many times the carrier took each text, by body. */
    Map<String, Integer> taken() {
        return takenByBody.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get()));
    }

    int timesTaken(String body) {
        AtomicInteger times = takenByBody.get(body);
        return times == null ? 0 : times.get();
    }

    /** Bodies the carrier took more than once. */
    List<String> duplicates() {
        return takenByBody.entrySet().stream().filter(e -> e.getValue().get() > 1).map(Map.Entry::getKey).toList();
    }

    int totalTaken() {
        return takenByBody.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    int calls() {
        return calls.get();
    }

    int failures() {
        return failures.get();
    }

    Set<String> providerIds() {
        return Set.copyOf(providerIds);
    }

    private static void sleep(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
