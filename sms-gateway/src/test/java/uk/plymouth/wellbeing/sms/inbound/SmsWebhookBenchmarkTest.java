package uk.plymouth.wellbeing.sms.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import uk.plymouth.wellbeing.sms.SmsTestApplication;

/**
 * Signed inbound webhooks on loopback, from a Java load generator (the JDK's HttpClient, {@value #CONCURRENCY}
 * requests in flight), against the whole path: signature check, the inbox's own transaction, the conversation (the
 * real bean, whatever it is at the time), the answer's transaction, TwiML. Every text has its own MessageSid and comes
 * from one of {@value #NUMBERS} numbers (the rate limit is lifted). Prints its figures and writes them to
 * {@code target/benchmarks/sms-webhook.md}; asserts only that every request was answered 200.
 *
 * <p>{@code ./mvnw -B -ntp -o -pl sms-gateway -am verify -Pbenchmark}
 */
@Tag("benchmark")
@SpringBootTest(classes = SmsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "hub.sms.auth-token=" + SmsWebhookBenchmarkTest.TOKEN,
            "hub.sms.public-base-url=https://hubs.example.org",
            "hub.sms.rate-limit.messages=1000000",
            "server.tomcat.threads.max=50",
            // the real directory (content module), not the small test fixture: search costs what it will in use
            "hub.catalogue.location=file:../content/"
        })
@ActiveProfiles("sms-test")
class SmsWebhookBenchmarkTest {

    static final String TOKEN = "benchmarkbenchmarkbenchmark12345";
    static final int CONCURRENCY = 16;
    static final Duration WARM_UP = Duration.ofSeconds(10);
    static final Duration MEASURE = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    /** How many numbers text at once; each goes through {@link #SCRIPT} in turn. */
    static final int NUMBERS = 50;
    /**
     * What each number texts, one after another, each number starting at another point of it (so that every kind of
     * text comes within the first {@value #NUMBERS} requests, a number out of range or a MORE before any search
     * included); a number's next text comes {@value #NUMBERS} requests later, never while its last is still being
     * answered: searches with and without a place, a result's details, MORE, HELP, a number out of range. Every
     * {@value #RETRY_EVERY}th request is a retry by Twilio of one sent {@code 2 * CONCURRENCY} requests before (same
     * MessageSid, same fields), answered from the inbox.
     */
    static final List<String> SCRIPT = List.of("food bank near PL5", "2", "MORE", "help with debt", "1", "HELP",
            "walking football tuesday", "4", "mental health support plympton", "3");
    static final int RETRY_EVERY = 50;

    private final AtomicInteger sequence = new AtomicInteger();
    private final Map<Kind, AtomicLong> kinds = new ConcurrentHashMap<>();
    private final Map<Kind, AtomicLong> kindsMeasured = new ConcurrentHashMap<>();

    /** What an answer was, told from its words, so the figures show the real conversation answered. */
    enum Kind {
        RESULTS, DETAILS, HELP, OTHER_REPLY, EMPTY
    }

    @Test
    void signedInboundWebhooks() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4)).build();
        run(http, WARM_UP);
        kinds.forEach((kind, count) -> kindsMeasured.put(kind, new AtomicLong(-count.get())));
        Result result = run(http, MEASURE);
        kinds.forEach((kind, count) -> kindsMeasured.computeIfAbsent(kind, k -> new AtomicLong())
                .addAndGet(count.get()));

        String report = report(result) + "\nAnswers in the measured period: " + new TreeMap<>(kindsMeasured) + "\n";
        System.out.println(report);
        Path file = Path.of("target", "benchmarks", "sms-webhook.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report, StandardCharsets.UTF_8);

        assertThat(result.failures).isZero();
        // the mix reached the real conversation: lists of results, details and help all came back (warm-up included)
        assertThat(kinds.keySet()).contains(Kind.RESULTS, Kind.DETAILS, Kind.HELP);
        assertThat(jdbc.queryForObject("select count(*) from sms_inbox", Integer.class))
                .isGreaterThanOrEqualTo(result.latenciesNanos.length);
    }

    private Result run(HttpClient http, Duration length) throws Exception {
        long end = System.nanoTime() + length.toNanos();
        AtomicLong failures = new AtomicLong();
        ExecutorService users = Executors.newFixedThreadPool(CONCURRENCY);
        List<Future<long[]>> results = new ArrayList<>();
        long started = System.nanoTime();
        long cpuBefore = processCpuNanos();
        Map<Long, Long> requestCpuBefore = requestThreadCpuNanos();
        for (int u = 0; u < CONCURRENCY; u++) {
            results.add(users.submit(() -> {
                long[] latencies = new long[4096];
                int count = 0;
                while (System.nanoTime() < end) {
                    HttpRequest request = signedText();
                    long sent = System.nanoTime();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    long took = System.nanoTime() - sent;
                    if (response.statusCode() != 200 || !response.body().startsWith("<?xml")) {
                        failures.incrementAndGet();
                    } else {
                        kinds.computeIfAbsent(kind(response.body()), k -> new AtomicLong()).incrementAndGet();
                    }
                    if (count == latencies.length) {
                        latencies = Arrays.copyOf(latencies, count * 2);
                    }
                    latencies[count++] = took;
                }
                return Arrays.copyOf(latencies, count);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> result : results) {
            all.add(result.get());
        }
        long elapsed = System.nanoTime() - started;
        long cpu = processCpuNanos() - cpuBefore;
        long requestCpu = 0;
        for (Map.Entry<Long, Long> thread : requestThreadCpuNanos().entrySet()) {
            requestCpu += thread.getValue() - requestCpuBefore.getOrDefault(thread.getKey(), 0L);
        }
        users.shutdown();
        long[] latencies = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(latencies, elapsed, failures.get(), cpu, requestCpu);
    }

    private HttpRequest signedText() {
        int next = sequence.incrementAndGet();
        int n = next % RETRY_EVERY == 0 && next > 2 * CONCURRENCY ? next - 2 * CONCURRENCY : next;
        String sid = String.format(Locale.ROOT, "SMbench%026d", n);
        String from = String.format(Locale.ROOT, "+447700900%03d", n % NUMBERS);
        String body = SCRIPT.get((n / NUMBERS + n % NUMBERS) % SCRIPT.size());
        Map<String, String> fields = WebhookClient.inbound(sid, from, body);
        String path = "/sms/inbound";
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("X-Twilio-Signature", WebhookClient.sign(TOKEN, "https://hubs.example.org" + path, fields))
                .POST(HttpRequest.BodyPublishers.ofString(WebhookClient.form(fields), StandardCharsets.UTF_8))
                .build();
    }

    private static Kind kind(String twiml) {
        List<String> messages = WebhookClient.messages(twiml);
        if (messages.isEmpty()) {
            return Kind.EMPTY;
        }
        String first = messages.get(0);
        if (first.contains("From Plymouth Wellbeing Hubs")) {
            return Kind.DETAILS;
        }
        if (first.startsWith("Plymouth Wellbeing Hubs.")) {
            return Kind.HELP;
        }
        return first.contains(" for details, ") && first.endsWith("CALL for a callback.") ? Kind.RESULTS
                : Kind.OTHER_REPLY;
    }

    private static String report(Result result) throws IOException {
        double seconds = result.elapsedNanos / 1e9;
        double throughput = result.latenciesNanos.length / seconds;
        String load = Files.exists(Path.of("/proc/loadavg")) ? Files.readString(Path.of("/proc/loadavg")).strip()
                : "n/a";
        return String.format(Locale.ROOT, """
                ## Signed inbound SMS webhook on loopback (SmsWebhookBenchmarkTest)

                | measure | figure |
                |---|---|
                | requests measured | %d in %.1f s (after %d s warm-up), %d failed |
                | concurrency | %d requests in flight (JDK HttpClient, HTTP/1.1, keep-alive) |
                | sustained throughput | **%.0f texts/s** |
                | latency p50 / p90 / p99 / max | %.2f / %.2f / **%.2f** / %.2f ms |
                | CPU per text, app and load generator together | %.2f ms (%.0f%% of %d cores busy in this JVM) |
                | CPU per text on the app's request threads alone | %.2f ms |
                | machine | %d cores, Java %s, load average at the end: %s |
                """, result.latenciesNanos.length, seconds, WARM_UP.toSeconds(), result.failures, CONCURRENCY,
                throughput, ms(result, 0.50), ms(result, 0.90), ms(result, 0.99),
                result.latenciesNanos[result.latenciesNanos.length - 1] / 1e6,
                result.cpuNanos / 1e6 / result.latenciesNanos.length,
                100.0 * result.cpuNanos / result.elapsedNanos / Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().availableProcessors(), result.requestCpuNanos / 1e6 / result.latenciesNanos.length,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), load)
                + "\nJVM: " + ManagementFactory.getRuntimeMXBean().getVmName() + "\n";
    }

    private static double ms(Result result, double quantile) {
        long[] sorted = result.latenciesNanos;
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    /** CPU time this JVM (the app and the load generator) has used, or 0 when the JVM cannot say. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    /**
     * CPU time each of the app's request threads (Tomcat's {@code -exec-} threads) has used, by thread id: the webhook's
     * own cost, without the load generator, the JIT compiler or the garbage collector.
     */
    private static Map<Long, Long> requestThreadCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> cpu = new HashMap<>();
        if (!threads.isThreadCpuTimeSupported() || !threads.isThreadCpuTimeEnabled()) {
            return cpu;
        }
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().contains("-exec-")) {
                long nanos = threads.getThreadCpuTime(thread.getId());
                if (nanos >= 0) {
                    cpu.put(thread.getId(), nanos);
                }
            }
        }
        return cpu;
    }

    private record Result(long[] latenciesNanos, long elapsedNanos, long failures, long cpuNanos,
            long requestCpuNanos) {}
}
