package uk.plymouth.wellbeing.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.plymouth.wellbeing.HubApplication;
import uk.plymouth.wellbeing.signposting.callback.BestTime;
import uk.plymouth.wellbeing.signposting.callback.CallbackQueue;
import uk.plymouth.wellbeing.signposting.callback.Channel;
import uk.plymouth.wellbeing.signposting.callback.NewCallback;

/**
 * The app stopped while its outbox is sending, and started again on the same database (an H2 file in a temporary
 * folder): 300 kiosk callback confirmations queued during a carrier outage, the carrier back (refusing 10%, timing
 * out on 2%, 20 ms to answer), the app closed once a part has gone, a second app on the same file finishes the rest.
 * Every text is taken by the carrier exactly once. The recording carrier is shared by both runs.
 */
class SmsOutboxRestartTest {

    private static final int TEXTS = 300;

    @TempDir
    Path dir;

    final RecordingSmsSender carrier = RecordingSmsSender.SHARED;
    final List<ConfigurableApplicationContext> apps = new ArrayList<>();

    @AfterEach
    void stopAll() {
        apps.forEach(ConfigurableApplicationContext::close);
        carrier.reset();
    }

    ConfigurableApplicationContext start() {
        String url = "jdbc:h2:file:" + dir.resolve("hubs").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        ConfigurableApplicationContext app = new SpringApplicationBuilder(HubApplication.class,
                RunningSmsApp.RecordingCarrier.class)
                .profiles("test")
                .initializers(context -> context.getBeanFactory().registerSingleton("leaveOutTestClasses",
                        new LeaveOutTestClasses()))
                // as arguments: they must win over the test profile's in-memory database
                .run("--spring.datasource.url=" + url,
                        "--spring.main.banner-mode=off",
                        "--server.port=0",
                        "--hub.sms.outbox.poll-interval=50ms",
                        "--hub.sms.outbox.batch-size=10",
                        "--hub.sms.outbox.initial-backoff=100ms",
                        "--hub.sms.outbox.max-backoff=300ms",
                        "--hub.sms.outbox.lease=3s");
        apps.add(app);
        return app;
    }

    static int pending(ConfigurableApplicationContext app) {
        return app.getBean(JdbcTemplate.class).queryForObject(
                "select count(*) from sms_outbox where state = 'PENDING'", Integer.class);
    }

    @Test
    void stoppedMidQueueAndStartedAgainEveryTextIsSentExactlyOnce() throws Exception {
        carrier.reset();
        carrier.down(true);
        ConfigurableApplicationContext first = start();
        CallbackQueue callbacks = first.getBean(CallbackQueue.class);
        List<String> references = new ArrayList<>();
        ExecutorService kiosks = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> requests = new ArrayList<>();
            for (int i = 0; i < TEXTS; i++) {
                String phone = String.format("07700 900%03d", i % 100);
                requests.add(kiosks.submit(() -> callbacks.request(NewCallback.at("central-library", phone,
                        Channel.KIOSK).withBestTime(BestTime.ANY).withConsent(true).withConfirmation(true))
                        .reference()));
            }
            for (Future<String> request : requests) {
                references.add(request.get());
            }
        } finally {
            kiosks.shutdownNow();
        }
        assertThat(carrier.taken()).isEmpty();
        assertThat(pending(first)).isEqualTo(TEXTS);

        carrier.unreliable(0.10, 0.02, 100);
        carrier.latency(20);
        carrier.down(false);
        Eventually.within(Duration.ofSeconds(30), "a part is sent", () -> carrier.taken().size() >= TEXTS / 5);
        int inFlightAtClose = carrier.inFlight();
        int takenAtClose = carrier.taken().size();
        first.close();
        int takenByFirst = carrier.taken().size();
        int interruptedByClose = carrier.interruptedAfterTaking();
        assertThat(takenByFirst).as("the first run stopped mid-queue").isLessThan(TEXTS);

        ConfigurableApplicationContext second = start();
        Eventually.within(Duration.ofSeconds(60), () -> pending(second) + " texts still pending",
                () -> pending(second) == 0);

        // close() lets a poll already running finish its batches before the database goes (so those are not lost
        // answers), hence the texts taken while it closed
        System.out.printf("Restart mid-queue: %d of %d taken when close() was called (%d sends in flight), %d by the"
                + " time it returned (%d answers lost to the stop), %d taken in all; %d attempts, %d refused, %d timed"
                + " out%n", takenAtClose, TEXTS, inFlightAtClose, takenByFirst, interruptedByClose, carrier.taken().size(), carrier.attempts(), carrier.refused(),
                carrier.timedOut());
        JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForList("select state from sms_outbox", String.class)).hasSize(TEXTS)
                .allMatch("QUEUED"::equals);
        Map<String, Integer> times = carrier.timesTaken(text -> true);
        for (String reference : references) {
            assertThat(times.entrySet().stream().filter(entry -> entry.getKey().contains(reference))
                    .mapToInt(Map.Entry::getValue).sum()).as("times %s was texted", reference).isEqualTo(1);
        }
        assertThat(carrier.taken()).hasSize(TEXTS);
    }

    /** Leaves out every class compiled from test sources (other tests' configurations) when the app scans. */
    static final class LeaveOutTestClasses extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            String where = reader.getResource().getDescription();
            return where.contains("test-classes") || where.contains("-tests.jar");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof LeaveOutTestClasses;
        }

        @Override
        public int hashCode() {
            return LeaveOutTestClasses.class.hashCode();
        }
    }
}
