package uk.plymouth.wellbeing.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.plymouth.wellbeing.signposting.callback.BestTime;
import uk.plymouth.wellbeing.signposting.callback.CallbackQueue;
import uk.plymouth.wellbeing.signposting.callback.CallbackReceipt;
import uk.plymouth.wellbeing.signposting.callback.Channel;
import uk.plymouth.wellbeing.signposting.callback.NewCallback;
import uk.plymouth.wellbeing.signposting.messaging.TextDetailsToPhone;

/**
 * The whole app's outbox with a carrier that refuses 10% of sends and hangs, then times out, on 3%: 300 texts queued
 * the ways the kiosk queues them (callback requests that ask for a text, and "text me the details"), first attempt
 * straight away, retries by the worker. Every one is taken by the carrier exactly once.
 */
@RunningSmsApp
class SmsOutboxFaultTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CallbackQueue callbacks;

    @Autowired
    TextDetailsToPhone textDetails;

    final RecordingSmsSender carrier = RecordingSmsSender.SHARED;

    @BeforeEach
    void quietOutbox() {
        Eventually.within(Duration.ofSeconds(30), "texts of earlier tests are sent", () -> pending() == 0);
        carrier.reset();
    }

    @AfterEach
    void reliableAgain() {
        carrier.reset();
    }

    int pending() {
        return jdbc.queryForObject("select count(*) from sms_outbox where state = 'PENDING'", Integer.class);
    }

    /** Send-only numbers, +447700900000 to 099: these residents never text us. */
    static String sendOnlyNumber(int i) {
        return String.format("07700 900%03d", i % 100);
    }

    @Test
    void withTenPercentRefusedAndSomeTimeoutsEveryTextIsSentExactlyOnce() throws Exception {
        Set<String> before = new HashSet<>(jdbc.queryForList("select cast(id as varchar) from sms_outbox",
                String.class));
        carrier.unreliable(0.10, 0.03, 150);

        ExecutorService kiosks = Executors.newFixedThreadPool(4);
        List<Callable<String>> work = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int n = i;
            work.add(() -> {
                if (n % 3 == 2) {
                    textDetails.send("fg-debt-advice", "four-greens", sendOnlyNumber(n));
                    return null;
                }
                CallbackReceipt receipt = callbacks.request(NewCallback.at("central-library", sendOnlyNumber(n),
                        Channel.KIOSK).withFirstName("Jo").withBestTime(BestTime.ANY).withConsent(true)
                        .withConfirmation(true));
                return receipt.reference();
            });
        }
        List<String> references = new ArrayList<>();
        try {
            for (Future<String> done : kiosks.invokeAll(work)) {
                if (done.get() != null) {
                    references.add(done.get());
                }
            }
        } finally {
            kiosks.shutdownNow();
        }

        Eventually.within(Duration.ofSeconds(60), () -> pending() + " texts still pending", () -> pending() == 0);

        List<Map<String, Object>> rows = jdbc.queryForList("select cast(id as varchar) as id, purpose, state,"
                + " provider_message_id, attempts from sms_outbox").stream()
                .filter(row -> !before.contains((String) row.get("id"))).toList();
        assertThat(rows).hasSize(300).allSatisfy(row -> assertThat(row.get("state")).isEqualTo("QUEUED"));
        assertThat(rows).filteredOn(row -> row.get("purpose").equals("CALLBACK_CONFIRMATION")).hasSize(200);
        assertThat(rows).anySatisfy(row -> assertThat((Integer) row.get("attempts")).isGreaterThan(1));

        // exactly once: one carrier id per text, and the carrier took nothing else
        List<RecordingSmsSender.Taken> taken = carrier.taken();
        assertThat(taken).hasSize(300);
        assertThat(taken.stream().map(RecordingSmsSender.Taken::providerId).collect(Collectors.toSet()))
                .isEqualTo(rows.stream().map(row -> (String) row.get("provider_message_id"))
                        .collect(Collectors.toSet()));
        assertThat(references).hasSize(200).doesNotHaveDuplicates().allSatisfy(reference ->
                assertThat(taken).filteredOn(text -> text.body().contains(reference)).hasSize(1));
        assertThat(carrier.refused()).isPositive();
        assertThat(carrier.timedOut()).isPositive();
        assertThat(carrier.attempts()).isEqualTo(300 + carrier.refused() + carrier.timedOut());

        // and each request says so to staff
        Set<String> wanted = new HashSet<>(references);
        Eventually.within(Duration.ofSeconds(10), "every request shows its confirmation sent", () -> jdbc
                .queryForList("select reference from callback_request where confirmation_status = 'SENT'",
                        String.class).containsAll(wanted));
        System.out.printf("Outbox with faults: 300 texts, %d attempts, %d refused, %d timed out%n",
                carrier.attempts(), carrier.refused(), carrier.timedOut());
    }
}
