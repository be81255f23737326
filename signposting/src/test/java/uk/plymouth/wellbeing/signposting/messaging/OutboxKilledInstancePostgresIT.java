package uk.plymouth.wellbeing.signposting.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import uk.plymouth.wellbeing.signposting.messaging.FileCarrier.Taken;
import uk.plymouth.wellbeing.signposting.testsupport.DirectoryTables;
import uk.plymouth.wellbeing.signposting.testsupport.LocalPostgres;

/**
 * Killing an app instance mid-way through 1,000 queued texts loses none and sends none twice.
 *
 * <p>1,000 texts are queued on the shared PostgreSQL. Instance A, a JVM of its own ({@link OutboxInstanceMain}),
 * sends them through a carrier whose record is a file ({@link FileCarrier}: 3 ms out, the text taken and forced to
 * disk, 12 ms back). When the carrier has taken 150 of ours, the test waits for the next text it takes and kills A
 * with SIGKILL ({@link Process#destroyForcibly()}) at once: A is then inside its send, after the carrier took the text
 * and before A could write the carrier's id, the window where a blind resend would send a text twice. A second A is
 * started and killed the same way at 450, a third at 750; then instance B (in this JVM) finishes the queue. Every one
 * of the 1,000 texts was taken by the carrier exactly once, and every row holds the id the carrier gave it.
 *
 * <p><b>What is guaranteed</b> (see {@link OutboxWorker}): a send is marked as begun, committed, before the carrier
 * is called. A claim that later finds that mark (its instance died, or the send outlived its lease, or it timed out)
 * asks the carrier whether it took that text since then: if so its id is recorded and it is not sent again; if not it
 * is sent. So each text goes at most once and, while the carrier answers look-ups, at least once. With a carrier that
 * cannot be asked, such a text is given up (FAILED, for staff to check) rather than risk a second copy: at most once.
 *
 * <p><b>"An outbox send can outlive its lease"</b>: it can (Twilio's client may wait 10 s to connect and 30 s to
 * read; only a quarter of the lease need be left when a send starts), and it no longer matters for duplicates: the
 * claim that takes the row after the lease sees the mark and asks the carrier instead of sending; a late answer to
 * the first send finds its claim gone and only logs. What is left: a send still in flight at the carrier at the very
 * moment of the look-up, after its whole lease (2 minutes by default, far above Twilio's time-outs), could be missed by
 * the look-up and sent again. That needs a carrier call to take longer than the lease; this test does not cover it.
 * Nor does it cover a carrier whose look-up misses a text it took (Twilio's list is read newest first, 50 deep).
 */
class OutboxKilledInstancePostgresIT {

    private static final int TEXTS = 1000;
    private static final int[] KILL_AFTER = {150, 450, 750};
    private static final String MARK = "Killed-instance test, text ";
    private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration FINISH_TIMEOUT = Duration.ofSeconds(180);

    private final JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(LocalPostgres.jdbcUrl(),
            LocalPostgres.username(), LocalPostgres.password()));
    private final List<Process> started = new ArrayList<>();
    private Path carrierFile;

    @AfterEach
    void cleanUp() throws IOException {
        started.forEach(Process::destroyForcibly);
        jdbc.update("delete from sms_outbox where body like ?", MARK + "%");
        DirectoryTables.empty(jdbc);
        if (carrierFile != null) {
            Files.deleteIfExists(carrierFile);
        }
    }

    @Test
    void killingAnInstanceMidwayThroughAThousandQueuedTextsLosesAndDuplicatesNone() throws Exception {
        carrierFile = Files.createTempFile("carrier-", ".tsv");
        Path logs = Files.createDirectories(Path.of("target", "killed-instance"));
        long began = System.nanoTime();
        Set<String> cutAfterTaking = new HashSet<>();
        for (int round = 0; round < KILL_AFTER.length; round++) {
            Process a = startInstanceA(logs.resolve("instance-a" + (round + 1) + ".log"));
            if (round == 0) {
                queue();
            }
            long kill = killJustAfterTheCarrierTakesOneMore(a, KILL_AFTER[round]);
            CutShort cut = cutShort();
            int before = cutAfterTaking.size();
            cutAfterTaking.addAll(cut.afterTaking());
            System.out.printf("Round %d: A killed with %d of ours taken, %.1f s in; this kill cut short %d send(s)"
                    + " after the carrier took the text; waiting to be asked about: %d taken, %d not taken%n",
                    round + 1, ours().size(), seconds(began, kill), cutAfterTaking.size() - before,
                    cut.afterTaking().size(), cut.beforeTaking());
        }

        long bStarts = System.nanoTime();
        try (ConfigurableApplicationContext b = OutboxInstanceMain.start(carrierFile)) {
            waitUntil(() -> pendingOfOurs() == 0, FINISH_TIMEOUT, "B to finish the queue");
        }
        System.out.printf("B started and finished the queue in %.1f s; %.1f s in all%n", seconds(bStarts,
                System.nanoTime()), seconds(began, System.nanoTime()));

        List<Taken> taken = ours();
        Map<String, Long> timesTaken = taken.stream().collect(Collectors.groupingBy(Taken::body,
                Collectors.counting()));
        assertThat(timesTaken).as("texts the carrier took").hasSize(TEXTS);
        assertThat(timesTaken.values()).as("none taken twice").containsOnly(1L);
        Map<String, String> carrierIds = taken.stream().collect(Collectors.toMap(Taken::body, Taken::id));
        Map<String, String> recorded = new HashMap<>();
        jdbc.query("select body, state, provider_message_id from sms_outbox where body like ?", rs -> {
            assertThat(rs.getString("state")).isEqualTo("QUEUED");
            recorded.put(rs.getString("body"), rs.getString("provider_message_id"));
        }, MARK + "%");
        assertThat(recorded).as("each row holds the id the carrier gave it").isEqualTo(carrierIds);
        // each kill aims at that window (12 ms wide); on a loaded machine one may land just outside it
        assertThat(cutAfterTaking).as("sends cut short after the carrier took the text, before A recorded it")
                .isNotEmpty();
    }

    private Process startInstanceA(Path log) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), OutboxInstanceMain.class.getName(),
                carrierFile.toString());
        builder.environment().put(LocalPostgres.URL_VARIABLE, LocalPostgres.jdbcUrl());
        builder.environment().put(LocalPostgres.USER_VARIABLE, LocalPostgres.username());
        builder.environment().put(LocalPostgres.PASSWORD_VARIABLE, LocalPostgres.password());
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        Process a = builder.start();
        started.add(a);
        waitUntil(() -> {
            assertThat(a.isAlive()).as("instance A is running (see %s)", log).isTrue();
            return Files.readString(log).contains(OutboxInstanceMain.READY);
        }, BOOT_TIMEOUT, "instance A to start");
        return a;
    }

    /** Kills A the moment the carrier's record grows after {@code count} of ours; when, as System.nanoTime(). */
    private long killJustAfterTheCarrierTakesOneMore(Process a, int count) throws Exception {
        waitUntil(() -> ours().size() >= count, FINISH_TIMEOUT, count + " texts taken");
        long size = Files.size(carrierFile);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (Files.size(carrierFile) == size && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(a.isAlive()).as("A still sending when killed").isTrue();
        a.destroyForcibly();
        long killed = System.nanoTime();
        assertThat(a.waitFor(10, TimeUnit.SECONDS)).isTrue();
        return killed;
    }

    private record CutShort(Set<String> afterTaking, int beforeTaking) {}

    /** Our texts whose send began and was never recorded, by whether the carrier had taken them. */
    private CutShort cutShort() {
        Set<String> takenBodies = ours().stream().map(Taken::body).collect(Collectors.toCollection(HashSet::new));
        List<String> marked = jdbc.queryForList("select body from sms_outbox where body like ? and state = 'PENDING'"
                + " and send_started_at is not null", String.class, MARK + "%");
        Set<String> after = marked.stream().filter(takenBodies::contains).collect(Collectors.toSet());
        return new CutShort(after, marked.size() - after.size());
    }

    private void queue() {
        Timestamp now = new Timestamp(System.currentTimeMillis());
        Timestamp giveUp = new Timestamp(now.getTime() + Duration.ofHours(1).toMillis());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < TEXTS; i++) {
            String phone = String.format("+447700900%03d", i);
            rows.add(new Object[] {UUID.randomUUID(), phone, String.format("%s%04d of %d", MARK, i + 1, TEXTS),
                    now, giveUp, now, now});
        }
        jdbc.update("delete from sms_opt_out where phone like '+447700900%'");
        jdbc.batchUpdate("insert into sms_outbox (id, phone, body, purpose, state, attempts, next_attempt_at,"
                + " give_up_at, created_at, updated_at) values (?, ?, ?, 'REPLY', 'PENDING', 0, ?, ?, ?, ?)", rows);
    }

    private List<Taken> ours() {
        return FileCarrier.taken(carrierFile).stream().filter(taken -> taken.body().startsWith(MARK)).toList();
    }

    private int pendingOfOurs() {
        Integer pending = jdbc.queryForObject("select count(*) from sms_outbox where body like ? and state = 'PENDING'",
                Integer.class, MARK + "%");
        return pending == null ? 0 : pending;
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void waitUntil(Check check, Duration timeout, String what) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!check.holds()) {
            assertThat(System.nanoTime()).as("waited %s for %s", timeout, what).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
