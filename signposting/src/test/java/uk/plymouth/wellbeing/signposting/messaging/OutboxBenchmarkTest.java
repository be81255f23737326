package uk.plymouth.wellbeing.signposting.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.plymouth.wellbeing.signposting.testsupport.LocalPostgres;
import uk.plymouth.wellbeing.signposting.testsupport.MutableClock;
import uk.plymouth.wellbeing.signposting.testsupport.SignpostingTestApplication;

/**
 * Outbox figures for docs/benchmarks/sms-outbox.md: {@value #TEXTS} texts queued, then sent by {@value #WORKERS}
 * workers at once (as {@value #WORKERS} app instances would) against one real PostgreSQL ({@link LocalPostgres}),
 * through an instant in-memory carrier that refuses one send in ten with a retryable error. Waiting for backoffs is
 * skipped by moving the clock to the next text due. Prints queueing and sending rates; asserts only that no text was
 * lost or sent twice, never a timing.
 *
 * <p>Run with {@code ./mvnw -B -ntp -o -pl signposting test -Pbenchmark -Dtest=OutboxBenchmarkTest}.
 */
@Tag("benchmark")
@SpringBootTest(classes = {SignpostingTestApplication.class, OutboxTestConfiguration.class},
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "spring.jpa.hibernate.ddl-auto=validate",
            "spring.flyway.locations=classpath:db/migration",
            "hub.catalogue.location=classpath:fixtures/content/",
            "hub.catalogue.check-for-changes-every=0s",
            "hub.sms.outbox.enabled=false",
            "spring.datasource.hikari.maximum-pool-size=12",
            "logging.level.uk.plymouth.wellbeing.signposting.messaging=WARN"
        })
class OutboxBenchmarkTest {

    static final int TEXTS = 50_000;
    static final int WORKERS = 4;
    static final int BATCH = 100;
    static final double FAILING_SHARE = 0.10;
    private static final Logger log = LoggerFactory.getLogger(OutboxBenchmarkTest.class);

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        LocalPostgres.registerDataSource(registry);
    }

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxStore store;

    @Autowired
    OptOuts optOuts;

    @Autowired
    OutboxProperties properties;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void fiftyThousandTextsThroughACarrierThatFailsOneInTen() throws Exception {
        jdbc.update("delete from sms_outbox");
        jdbc.update("delete from sms_opt_out");
        clock.set(SignpostingTestApplication.NOW);

        long queueStart = System.nanoTime();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        for (int from = 0; from < TEXTS; from += 1000) {
            int start = from;
            transaction.executeWithoutResult(tx -> {
                for (int i = start; i < start + 1000; i++) {
                    outbox.enqueue(new OutgoingText(OutboxCases.number(i), "Text " + i, TextPurpose.REPLY, null));
                }
            });
        }
        double queueSeconds = (System.nanoTime() - queueStart) / 1e9;

        FaultySmsSender carrier = new FaultySmsSender(2026).failRetryably(FAILING_SHARE);
        OutboxProperties settings = new OutboxProperties(false, properties.pollInterval(), BATCH,
                properties.initialBackoff(), properties.maxBackoff(), properties.giveUpAfter(), properties.lease(), properties.keepFor());
        List<OutboxWorker> workers = new ArrayList<>();
        for (int i = 0; i < WORKERS; i++) {
            workers.add(new OutboxWorker(store, carrier, optOuts, settings, events, transactions, clock));
        }
        ExecutorService threads = Executors.newFixedThreadPool(WORKERS);
        long sendStart = System.nanoTime();
        double firstPassSeconds = 0;
        int rounds = 0;
        try {
            while (true) {
                rounds++;
                List<Callable<Integer>> jobs = new ArrayList<>();
                for (OutboxWorker worker : workers) {
                    jobs.add(() -> {
                        int claimed = 0;
                        int batch;
                        while ((batch = worker.runOnce()) > 0) {
                            claimed += batch;
                        }
                        return claimed;
                    });
                }
                for (Future<Integer> job : threads.invokeAll(jobs)) {
                    job.get();
                }
                if (rounds == 1) {
                    firstPassSeconds = (System.nanoTime() - sendStart) / 1e9;
                }
                OffsetDateTime next = jdbc.queryForObject(
                        "select min(next_attempt_at) from sms_outbox where state = 'PENDING'", OffsetDateTime.class);
                if (next == null) {
                    break;
                }
                Instant due = next.toInstant();
                clock.set(due.isAfter(clock.instant()) ? due : clock.instant());
            }
        } finally {
            threads.shutdownNow();
        }
        double sendSeconds = (System.nanoTime() - sendStart) / 1e9;

        int queued = jdbc.queryForObject("select count(*) from sms_outbox where state = 'QUEUED'", Integer.class);
        int distinctIds = jdbc.queryForObject("select count(distinct provider_message_id) from sms_outbox",
                Integer.class);
        int maxAttempts = jdbc.queryForObject("select max(attempts) from sms_outbox", Integer.class);
        String figures = String.format(Locale.ROOT, "%n[outbox benchmark] %,d texts, %d workers, batches of %d, carrier"
                + " failing %.0f%% of sends (retryable), PostgreSQL %s, %d cores, load average %.1f%n"
                + "  queued in %.1f s (%,.0f texts/s, transactions of 1,000)%n"
                + "  sent in %.1f s wall time (%,.0f texts/s); first pass %.1f s; %d rounds of retries%n"
                + "  carrier calls %,d, failed %,d, taken %,d; most attempts for one text %d%n"
                + "  lost %d, sent twice %d, QUEUED rows %,d, distinct carrier ids %,d%n",
                TEXTS, WORKERS, BATCH, FAILING_SHARE * 100, jdbc.queryForObject("show server_version", String.class),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), queueSeconds,
                TEXTS / queueSeconds, sendSeconds, TEXTS / sendSeconds, firstPassSeconds, rounds - 1, carrier.calls(),
                carrier.failures(), carrier.totalTaken(), maxAttempts, TEXTS - carrier.taken().size(),
                carrier.duplicates().size(), queued, distinctIds);
        log.warn(figures);
        System.out.println(figures);

        assertThat(carrier.duplicates()).isEmpty();
        assertThat(carrier.taken()).hasSize(TEXTS);
        assertThat(queued).isEqualTo(TEXTS);
        assertThat(distinctIds).isEqualTo(TEXTS);
    }
}
