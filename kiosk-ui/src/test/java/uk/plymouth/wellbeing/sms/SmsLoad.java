package uk.plymouth.wellbeing.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.plymouth.wellbeing.signposting.callback.BestTime;
import uk.plymouth.wellbeing.signposting.callback.CallbackQueue;
import uk.plymouth.wellbeing.signposting.callback.Channel;
import uk.plymouth.wellbeing.signposting.callback.NewCallback;

/**
 * Residents texting the running app all at once, each number by one thread, one session after another: a search then
 * a number then MORE, HELP, or a whole CALL dialogue; now and then Twilio delivers a webhook again with the same
 * MessageSid, and now and then someone at a kiosk asks for a callback with a text, so the outbox has texts to send
 * through the unreliable carrier. Afterwards it checks that nothing was lost or done twice, and returns the figures.
 */
final class SmsLoad {

    private static final Pattern REFERENCE = Pattern.compile("Your reference is (PLY-[A-Z0-9]+)\\.");
    private static final List<String> SEARCHES = List.of("food bank near PL5", "help with debt",
            "walking football tuesday", "coffee morning", "housing advice PL1", "mental health support");

    private final TwilioWebhooks twilio;
    private final JdbcTemplate jdbc;
    private final CallbackQueue callbacks;
    private final RecordingSmsSender carrier;

    private final AtomicInteger posts = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicInteger retriesDiffering = new AtomicInteger();
    private final AtomicInteger unanswered = new AtomicInteger();
    private final AtomicInteger dialogues = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> sids = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> smsReferences = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> kioskReferences = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    private final long[] latencyMillis;

    SmsLoad(TwilioWebhooks twilio, JdbcTemplate jdbc, CallbackQueue callbacks, RecordingSmsSender carrier,
            int webhooks) {
        this.twilio = twilio;
        this.jdbc = jdbc;
        this.callbacks = callbacks;
        this.carrier = carrier;
        this.latencyMillis = new long[webhooks + 1000];
    }

    /** What a run measured. */
    record Figures(int webhooks, int retries, int distinctTexts, int dialogues, int kioskTexts, Duration took,
            Duration drained, long p50Millis, long p99Millis, int carrierAttempts, int carrierRefused,
            int carrierTimeouts) {

        double webhooksPerSecond() {
            return webhooks * 1000.0 / Math.max(1, took.toMillis());
        }

        @Override
        public String toString() {
            return String.format("%,d webhooks (%,d distinct texts, %,d Twilio-style retries) in %.1f s: %.0f"
                    + " webhooks/s, p50 %d ms, p99 %d ms; %,d CALL dialogues; %,d kiosk texts through the outbox"
                    + " (drained %.1f s after the last webhook); carrier: %,d attempts, %,d refused, %,d timed out;"
                    + " lost 0, duplicated 0", webhooks, distinctTexts, retries, took.toMillis() / 1000.0,
                    webhooksPerSecond(), p50Millis, p99Millis, dialogues, kioskTexts, drained.toMillis() / 1000.0,
                    carrierAttempts, carrierRefused, carrierTimeouts);
        }
    }

    /**
     * Posts about {@code webhooks} webhooks from {@code threads} threads, then checks everything and returns the
     * figures.
     *
     * @param numbers for thread i, the number its next session texts from; no two threads may share a number
     */
    Figures run(int webhooks, int threadCount, IntFunction<String> numbers, Duration drainLimit) throws Exception {
        Set<String> outboxBefore = new HashSet<>(jdbc.queryForList("select cast(id as varchar) from sms_outbox",
                String.class));
        int smsRequestsBefore = smsRequests();
        long start = System.nanoTime();
        ExecutorService threads = Executors.newFixedThreadPool(threadCount);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threadCount; t++) {
                int thread = t;
                done.add(threads.submit(() -> {
                    while (posts.get() < webhooks) {
                        session(numbers.apply(thread));
                    }
                    return null;
                }));
            }
            for (Future<?> thread : done) {
                thread.get();
            }
        } finally {
            threads.shutdownNow();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        long drainStart = System.nanoTime();
        Eventually.within(drainLimit, () -> pending() + " texts still pending", () -> pending() == 0);
        Duration drained = Duration.ofNanos(System.nanoTime() - drainStart);

        assertThat(problems).as("webhooks that failed or answered wrongly").isEmpty();
        assertThat(unanswered.get()).as("texts with no answer").isZero();
        assertThat(retriesDiffering.get()).as("retries answered differently").isZero();
        checkNothingLost();
        checkCallbacksOnce(smsRequestsBefore);
        int kioskTexts = checkOutboxSentOnce(outboxBefore);

        int count = posts.get();
        long[] sorted = Arrays.copyOf(latencyMillis, Math.min(count, latencyMillis.length));
        Arrays.sort(sorted);
        return new Figures(count, retries.get(), sids.size(), dialogues.get(), kioskTexts, took, drained,
                sorted[sorted.length / 2], sorted[(int) Math.min(sorted.length - 1, sorted.length * 0.99)],
                carrier.attempts(), carrier.refused(), carrier.timedOut());
    }

    private int pending() {
        return jdbc.queryForObject("select count(*) from sms_outbox where state = 'PENDING'", Integer.class);
    }

    private void session(String number) {
        int kind = ThreadLocalRandom.current().nextInt(100);
        if (kind < 55) {
            expect(number, SEARCHES.get(ThreadLocalRandom.current().nextInt(SEARCHES.size())), null);
            expect(number, "1", null);
            expect(number, "MORE", null);
        } else if (kind < 70) {
            expect(number, "HELP", "CALL");
        } else if (kind < 92) {
            expect(number, "can someone ring me", "first name");
            expect(number, "Sam", "Thanks, Sam");
            expect(number, "my debts and bills", "When is best to ring?");
            expect(number, "2", "Privacy:");
            String booked = expect(number, "YES", "Your reference is PLY-");
            Matcher reference = REFERENCE.matcher(booked);
            if (reference.find()) {
                smsReferences.add(reference.group(1));
                dialogues.incrementAndGet();
            }
        } else {
            // at a kiosk: a callback with its reference by text, through the outbox
            kioskReferences.add(callbacks.request(NewCallback.at("central-library", "0" + number.substring(3),
                    Channel.KIOSK).withFirstName("Alex").withBestTime(BestTime.MORNING).withConsent(true)
                    .withConfirmation(true)).reference());
        }
    }

    /** Posts one text (and perhaps its retry) and returns the first message of its answer. */
    private String expect(String number, String body, String expected) {
        String sid = TwilioWebhooks.newSid();
        sids.add(sid);
        List<String> answer = post(sid, number, body);
        if (ThreadLocalRandom.current().nextInt(100) < 5) {
            retries.incrementAndGet();
            List<String> again = post(sid, number, body);
            if (!again.equals(answer)) {
                retriesDiffering.incrementAndGet();
                problems.add("retry of '" + body + "' answered " + again + " after " + answer);
            }
        }
        if (answer.isEmpty()) {
            unanswered.incrementAndGet();
            return "";
        }
        if (expected != null && !answer.get(0).contains(expected)) {
            problems.add("'" + body + "' answered " + answer + ", expected " + expected);
        }
        return answer.get(0);
    }

    private List<String> post(String sid, String number, String body) {
        long sent = System.nanoTime();
        HttpResponse<String> response = twilio.text(sid, number, body);
        int n = posts.getAndIncrement();
        if (n < latencyMillis.length) {
            latencyMillis[n] = (System.nanoTime() - sent) / 1_000_000;
        }
        if (response.statusCode() != 200) {
            problems.add("HTTP " + response.statusCode() + " for '" + body + "'");
            return List.of();
        }
        return TwilioWebhooks.messages(response.body());
    }

    /** Every text stored once and answered in the webhook. */
    private void checkNothingLost() {
        Map<String, String> statuses = new HashMap<>();
        jdbc.query("select message_id, status from sms_inbox", row -> {
            statuses.put(row.getString(1), row.getString(2));
        });
        List<String> missing = sids.stream().filter(sid -> !statuses.containsKey(sid)).toList();
        List<String> notAnswered = sids.stream().filter(sid -> statuses.containsKey(sid)
                && !statuses.get(sid).equals("ANSWERED")).map(statuses::get).toList();
        assertThat(missing).as("texts not stored").isEmpty();
        assertThat(notAnswered).as("texts stored but not answered in the webhook").isEmpty();
    }

    private int smsRequests() {
        return jdbc.queryForObject("select count(*) from callback_request where channel = 'SMS'", Integer.class);
    }

    /** Each CALL dialogue made one request, whatever was retried, and each is in the queue under its reference. */
    private void checkCallbacksOnce(int smsRequestsBefore) {
        Set<String> booked = new HashSet<>(smsReferences);
        assertThat(booked).as("references given by text").hasSize(smsReferences.size());
        assertThat(smsRequests() - smsRequestsBefore).as("requests made by text during the run")
                .isEqualTo(booked.size());
        List<String> requested = jdbc.queryForList("select reference from callback_request where channel = 'SMS'",
                String.class).stream().filter(booked::contains).toList();
        assertThat(requested).as("requests from the dialogues").hasSize(booked.size());
    }

    /** Every kiosk text taken by the carrier exactly once. */
    private int checkOutboxSentOnce(Set<String> before) {
        List<Map<String, Object>> rows = jdbc.queryForList("select cast(id as varchar) as id, state,"
                + " provider_message_id from sms_outbox").stream()
                .filter(row -> !before.contains((String) row.get("id"))).toList();
        assertThat(rows).hasSize(kioskReferences.size())
                .allSatisfy(row -> assertThat(row.get("state")).isEqualTo("QUEUED"));
        List<RecordingSmsSender.Taken> taken = carrier.taken();
        assertThat(taken).as("texts the carrier took").hasSize(rows.size());
        assertThat(taken.stream().map(RecordingSmsSender.Taken::providerId).collect(Collectors.toSet()))
                .isEqualTo(rows.stream().map(row -> (String) row.get("provider_message_id"))
                        .collect(Collectors.toSet()));
        Map<String, Integer> perReference = new HashMap<>();
        for (RecordingSmsSender.Taken text : taken) {
            Matcher reference = Pattern.compile("PLY-[A-Z0-9]+").matcher(text.body());
            perReference.merge(reference.find() ? reference.group() : "?", 1, Integer::sum);
        }
        assertThat(perReference).as("times each reference was texted")
                .isEqualTo(kioskReferences.stream().collect(Collectors.toMap(r -> r, r -> 1)));
        return rows.size();
    }
}
