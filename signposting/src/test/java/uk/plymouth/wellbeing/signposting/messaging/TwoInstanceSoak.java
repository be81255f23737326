package uk.plymouth.wellbeing.signposting.messaging;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.plymouth.wellbeing.signposting.callback.CallbackQueue;
import uk.plymouth.wellbeing.signposting.callback.QueueEntry;
import uk.plymouth.wellbeing.signposting.callback.QueueFilter;
import uk.plymouth.wellbeing.signposting.callback.StaffMember;
import uk.plymouth.wellbeing.signposting.directory.DirectoryLoader;
import uk.plymouth.wellbeing.signposting.testsupport.DirectoryTables;
import uk.plymouth.wellbeing.signposting.texting.InboundAnswer;
import uk.plymouth.wellbeing.signposting.texting.InboundText;
import uk.plymouth.wellbeing.signposting.texting.Inbox;
import uk.plymouth.wellbeing.signposting.texting.RateLimit;

/**
 * The two-instance soak (docs/benchmarks/soak.md): not a test, run by hand with {@code scripts/soak}. Two instances
 * (A and B, in this JVM) on a throw-away PostgreSQL, texts arriving at a steady rate spread over both with a share of
 * them repeated by the carrier (the same message id again), residents booking callbacks by text, staff on B working
 * the queue and sending texts through the outbox, and A closed and started again once mid-run. At the end it checks:
 * every text answered exactly once (a repeat never answered afresh), every callback booked is in the database and was
 * worked, every queued outgoing text taken by the carrier exactly once; and it prints latencies and heap use.
 *
 * <p>Settings (system properties): {@code soak.duration} (ISO-8601, default PT20M), {@code soak.rate} (texts a
 * second, default 20), {@code soak.repeat-share} (default 0.05), {@code soak.restart-at} (share of the run, default
 * 0.5; 0 for none), {@code soak.bookings-every} (seconds between callback bookings, default 5), {@code soak.outgoing}
 * (staff texts queued in the outbox a second, default 4).
 */
public final class TwoInstanceSoak {

    private static final List<String> QUESTIONS = List.of("food bank", "help with debt", "warm space", "housing",
            "feeling low", "hi", "benefits advice", "bus pass");
    private static final List<String> BOOKING = List.of("CALL", "Sam", "money worries", "2", "YES");

    private final Path carrierFile;
    private final AtomicReference<ConfigurableApplicationContext> a = new AtomicReference<>();
    private ConfigurableApplicationContext b;
    private final Map<String, AtomicInteger> answeredById = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> sentById = new ConcurrentHashMap<>();
    private final List<InboundText> recent = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger repeats = new AtomicInteger();
    private final AtomicInteger outgoing = new AtomicInteger();
    private final AtomicInteger retried = new AtomicInteger();
    private final AtomicInteger deferred = new AtomicInteger();
    private final AtomicInteger bookings = new AtomicInteger();
    private final AtomicInteger worked = new AtomicInteger();
    private final Random random = new Random(16);

    private TwoInstanceSoak(Path carrierFile) {
        this.carrierFile = carrierFile;
    }

    public static void main(String[] args) throws Exception {
        Duration duration = Duration.parse(System.getProperty("soak.duration", "PT20M"));
        double rate = Double.parseDouble(System.getProperty("soak.rate", "20"));
        double repeatShare = Double.parseDouble(System.getProperty("soak.repeat-share", "0.05"));
        double restartAt = Double.parseDouble(System.getProperty("soak.restart-at", "0.5"));
        int bookingsEvery = Integer.parseInt(System.getProperty("soak.bookings-every", "5"));
        int outgoingPerSecond = Integer.parseInt(System.getProperty("soak.outgoing", "4"));
        TwoInstanceSoak soak = new TwoInstanceSoak(Files.createTempFile("soak-carrier-", ".tsv"));
        int exit = soak.run(duration, rate, repeatShare, restartAt, bookingsEvery, outgoingPerSecond);
        System.exit(exit);
    }

    private int run(Duration duration, double rate, double repeatShare, double restartAt, int bookingsEvery,
            int outgoingPerSecond) throws Exception {
        a.set(OutboxInstanceMain.start(carrierFile));
        JdbcTemplate jdbc = a.get().getBean(JdbcTemplate.class);
        DirectoryTables.empty(jdbc);
        a.get().getBean(DirectoryLoader.class).reload();
        b = OutboxInstanceMain.start(carrierFile);
        log("Started A and B; soak of %s at %.1f texts/s, %.0f%% repeats, restart of A at %.0f%%", duration, rate,
                repeatShare * 100, restartAt * 100);
        ExecutorService senders = Executors.newFixedThreadPool(8);
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(3);
        long started = System.nanoTime();
        long periodMicros = (long) (1_000_000 / rate);
        clock.scheduleAtFixedRate(() -> senders.submit(() -> oneText(repeatShare)), 0, periodMicros,
                TimeUnit.MICROSECONDS);
        clock.scheduleWithFixedDelay(() -> senders.submit(this::bookACall), 1, bookingsEvery, TimeUnit.SECONDS);
        clock.scheduleWithFixedDelay(this::workTheQueue, 2, 2, TimeUnit.SECONDS);
        clock.scheduleAtFixedRate(() -> senders.submit(this::queueOutgoing), 0, 1000 / outgoingPerSecond,
                TimeUnit.MILLISECONDS);
        clock.scheduleAtFixedRate(() -> heap(started), 0, 30, TimeUnit.SECONDS);
        if (restartAt > 0) {
            Thread.sleep((long) (duration.toMillis() * restartAt));
            restartA();
            Thread.sleep(duration.toMillis() - (long) (duration.toMillis() * restartAt));
        } else {
            Thread.sleep(duration.toMillis());
        }
        clock.shutdownNow();
        senders.shutdown();
        senders.awaitTermination(2, TimeUnit.MINUTES);
        workTheQueue();
        // A's first data source closed with it: ask through B
        return check(b.getBean(JdbcTemplate.class), started);
    }

    private ConfigurableApplicationContext any() {
        ConfigurableApplicationContext first = a.get();
        return first != null && random.nextBoolean() ? first : b;
    }

    private void oneText(double repeatShare) {
        InboundText text;
        if (random.nextDouble() < repeatShare && !recent.isEmpty()) {
            text = recent.get(random.nextInt(recent.size()));
            repeats.incrementAndGet();
        } else {
            text = new InboundText("SM" + UUID.randomUUID().toString().replace("-", ""), "soak",
                    String.format("+447700900%03d", random.nextInt(500)), QUESTIONS.get(random.nextInt(QUESTIONS
                            .size())));
            if (recent.size() > 500) {
                recent.remove(0);
            }
            recent.add(text);
        }
        send(any(), text);
    }

    /** A text from staff, queued in the outbox of A or B; the workers on both send what is queued. */
    private void queueOutgoing() {
        int n = outgoing.incrementAndGet();
        OutgoingText text = new OutgoingText(new PhoneNumber(String.format("+447700900%03d", n % 1000)),
                "Soak staff reply " + n, TextPurpose.STAFF_REPLY, null);
        try {
            any().getBean(Outbox.class).enqueue(text);
        } catch (RuntimeException failed) {
            // A closing: staff would press Send again, on B
            b.getBean(Outbox.class).enqueue(text);
        }
    }

    private void bookACall() {
        String from = String.format("+447700900%03d", 500 + bookings.get() % 500);
        for (String body : BOOKING) {
            send(b, new InboundText("SM" + UUID.randomUUID().toString().replace("-", ""), "soak", from, body));
        }
        bookings.incrementAndGet();
    }

    private void send(ConfigurableApplicationContext instance, InboundText text) {
        sentById.computeIfAbsent(text.messageId(), id -> new AtomicInteger()).incrementAndGet();
        long began = System.nanoTime();
        try {
            InboundAnswer answer = instance.getBean(Inbox.class).receive(text, new RateLimit(1000, Duration
                    .ofMinutes(1)));
            latencies.add(System.nanoTime() - began);
            if (answer.outcome() == InboundAnswer.Outcome.DEFERRED) {
                deferred.incrementAndGet();
            }
            if (answer.outcome() == InboundAnswer.Outcome.ANSWERED
                    || answer.outcome() == InboundAnswer.Outcome.DEFERRED) {
                answeredById.computeIfAbsent(text.messageId(), id -> new AtomicInteger()).incrementAndGet();
            }
        } catch (RuntimeException failed) {
            if (instance != b) {
                // A was closing: the carrier would get no answer and send the webhook again, to B
                retried.incrementAndGet();
                send(b, text);
                return;
            }
            failures.incrementAndGet();
            log("A text failed on B: %s", failed);
        }
    }

    private void workTheQueue() {
        try {
            CallbackQueue queue = b.getBean(CallbackQueue.class);
            StaffMember staff = StaffMember.admin("soak-staff");
            for (QueueEntry entry : queue.queue(QueueFilter.open(), staff)) {
                queue.claim(entry.id(), staff);
                queue.complete(entry.id(), staff, "Rang back");
                worked.incrementAndGet();
            }
        } catch (RuntimeException failed) {
            log("Working the queue failed: %s", failed);
        }
    }

    private void restartA() {
        ConfigurableApplicationContext old = a.getAndSet(null);
        long closing = System.nanoTime();
        old.close();
        a.set(OutboxInstanceMain.start(carrierFile));
        log("A closed and started again in %d ms (texts went to B meanwhile)", (System.nanoTime() - closing)
                / 1_000_000);
    }

    private static void heap(long started) {
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        log("%4d s: heap used %d MB of %d MB", (System.nanoTime() - started) / 1_000_000_000,
                heap.getUsed() >> 20, heap.getCommitted() >> 20);
    }

    private int check(JdbcTemplate jdbc, long started) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (pending(jdbc) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        System.gc();
        heap(started);
        Set<String> answeredTwice = answeredById.entrySet().stream().filter(e -> e.getValue().get() > 1)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        long unanswered = sentById.keySet().stream().filter(id -> !answeredById.containsKey(id)).count();
        Integer stored = jdbc.queryForObject("select count(*) from sms_inbox", Integer.class);
        Integer requests = jdbc.queryForObject("select count(*) from callback_request", Integer.class);
        Integer open = jdbc.queryForObject("select count(*) from callback_request where status in ('NEW', 'CLAIMED')",
                Integer.class);
        List<FileCarrier.Taken> taken = FileCarrier.taken(carrierFile);
        Set<String> recordedIds = Set.copyOf(jdbc.queryForList("select provider_message_id from sms_outbox where"
                + " provider_message_id is not null", String.class));
        long takenNotRecorded = taken.stream().filter(t -> !recordedIds.contains(t.id())).count();
        int pending = pending(jdbc);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        log("Texts: %d distinct sent (+%d carrier repeats), %d stored, %d answered (%d of them later, through the"
                + " outbox), %d answered twice, %d unanswered, %d failed on B, %d sent again to B after failing on A"
                + " while it closed", sentById.size(), repeats.get(), stored, answeredById.size(), deferred.get(),
                answeredTwice.size(), unanswered, failures.get(), retried.get());
        log("Answer time: p50 %d ms, p95 %d ms, p99 %d ms, max %d ms", percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), percentile(sorted, 100));
        log("Callbacks: %d booking conversations, %d requests stored, %d worked by staff, %d still open", bookings
                .get(), requests, worked.get(), open);
        Integer queued = jdbc.queryForObject("select count(*) from sms_outbox", Integer.class);
        long distinctTaken = taken.stream().map(FileCarrier.Taken::body).distinct().count();
        log("Outbox: %d texts queued by staff (%d rows), %d taken by the carrier (%d distinct), %d recorded, %d taken"
                + " but not recorded (sent twice or lost), %d still pending", outgoing.get(), queued, taken.size(),
                distinctTaken, recordedIds.size(), takenNotRecorded, pending);
        boolean ok = answeredTwice.isEmpty() && unanswered == 0 && failures.get() == 0
                && requests != null && requests == bookings.get() && takenNotRecorded == 0 && pending == 0
                && queued != null && taken.size() == queued && distinctTaken == queued;
        log(ok ? "SOAK PASSED" : "SOAK FAILED");
        a.get().close();
        b.close();
        return ok ? 0 : 1;
    }

    private static int pending(JdbcTemplate jdbc) {
        Integer pending = jdbc.queryForObject("select count(*) from sms_outbox where state = 'PENDING'",
                Integer.class);
        return pending == null ? 0 : pending;
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1_000_000;
    }

    private static void log(String format, Object... values) {
        System.out.printf("[soak] " + format + "%n", values);
    }
}
