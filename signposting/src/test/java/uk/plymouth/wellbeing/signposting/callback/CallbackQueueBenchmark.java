package uk.plymouth.wellbeing.signposting.callback;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.plymouth.wellbeing.signposting.callback.report.CallbackDashboard;
import uk.plymouth.wellbeing.signposting.callback.report.DashboardFigures;
import uk.plymouth.wellbeing.signposting.callback.report.DashboardQuery;
import uk.plymouth.wellbeing.signposting.callback.store.CallbackStore;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.staff.StaffIdentity;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;
import uk.plymouth.wellbeing.signposting.testsupport.LocalPostgres;
import uk.plymouth.wellbeing.signposting.testsupport.SignpostingTestApplication;

/**
 * Callback figures for {@code docs/benchmarks/callbacks.md}: 100,000 requests over two years at 7 hubs, then the
 * staff queue ({@link CallbackQueue#queue}) and the dashboard ({@link CallbackDashboard#forPeriod}) timed on H2 (a
 * file database in PostgreSQL mode, as the app runs) and on PostgreSQL ({@link LocalPostgres}). It prints figures
 * and asserts only that the answers are sane; it never fails on timing. Everything random is seeded.
 *
 * <p>Run with {@code ./mvnw -B -ntp -o -pl signposting -am test -Pbenchmark -Dtest='CallbackQueueBenchmark*'
 * -Dsurefire.failIfNoSpecifiedTests=false}. The class is abstract and runs as {@link CallbackQueueBenchmarkTest}
 * (below): Surefire only picks up classes named {@code *Test}, and the benchmark profile narrows the tags, not the
 * file names.
 */
@Tag("benchmark")
public abstract class CallbackQueueBenchmark {

    static final long SEED = 20261124L;
    static final int REQUESTS = 100_000;
    static final int HUBS = 7;
    static final Duration SPAN = Duration.ofDays(730);
    static final int QUEUE_WARM_UP = 50;
    static final int QUEUE_RUNS = 200;
    static final int DASHBOARD_WARM_UP = 5;
    static final int DASHBOARD_RUNS = 30;
    /** Relative share of requests per hub: a couple of busy hubs, a few quiet ones. */
    static final int[] HUB_WEIGHTS = {30, 22, 15, 12, 9, 7, 5};

    @Test
    void benchmark() throws Exception {
        System.out.printf(Locale.UK, "%n== Callback queue and dashboard benchmark: %,d requests, %d hubs, %d cores,"
                + " Java %s, load %.2f%n", REQUESTS, HUBS, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), load());
        Path h2 = Path.of("target", "callback-benchmark");
        deleteRecursively(h2);
        run("H2 2.3 (file, MODE=PostgreSQL)", "jdbc:h2:file:" + h2.toAbsolutePath().resolve("hubs")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "");
        run("PostgreSQL (LocalPostgres)", LocalPostgres.jdbcUrl(), LocalPostgres.username(),
                LocalPostgres.password());
    }

    private void run(String database, String url, String user, String password) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SignpostingTestApplication.class)
                .web(WebApplicationType.NONE)
                .properties("spring.datasource.url=" + url, "spring.datasource.username=" + user,
                        "spring.datasource.password=" + password, "spring.jpa.hibernate.ddl-auto=validate",
                        "spring.jpa.open-in-view=false", "spring.flyway.locations=classpath:db/migration",
                        "hub.catalogue.location=classpath:content/", "hub.catalogue.check-for-changes-every=0s",
                        "logging.level.root=WARN", "spring.main.banner-mode=off")
                .run()) {
            System.out.printf(Locale.UK, "%n-- %s%n", database);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            List<String> hubs = context.getBean(Catalogue.class).hubs().stream().map(Hub::id).limit(HUBS).toList();
            long started = System.nanoTime();
            Load load = new Load(jdbc, new TransactionTemplate(context.getBean(PlatformTransactionManager.class)),
                    hubs).insert();
            System.out.printf(Locale.UK, "  %-44s %,d requests, %,d attempts in %.1f s (%,d open, %,d overdue,"
                    + " %,d urgent, %,d erased)%n", "inserted (batch JDBC) and analysed:", load.requests,
                    load.attempts, seconds(started), load.open, load.overdue, load.urgent, load.erased);
            measureQueue(context.getBean(CallbackQueue.class), hubs);
            measureQueueProjection(context.getBean(CallbackStore.class), context.getBean(Clock.class), hubs);
            measureDashboard(context.getBean(CallbackDashboard.class), hubs);
            System.out.printf(Locale.UK, "  load average now %.2f%n", load());
            load.clear();
        }
    }

    private static void measureQueue(CallbackQueue queue, List<String> hubs) {
        StaffMember oneHub = StaffMember.at("bench-one", hubs.get(0));
        StaffMember twoHubs = StaffMember.at("bench-two", hubs.get(0), hubs.get(1));
        StaffMember admin = StaffMember.admin("bench-admin");
        QueueFilter open = QueueFilter.open();
        QueueFilter overdue = QueueFilter.open().overdueOnly(true);
        time("queue, open, staff of the busiest hub", QUEUE_WARM_UP, QUEUE_RUNS, () -> queue.queue(open, oneHub));
        time("queue, open, staff of 2 hubs", QUEUE_WARM_UP, QUEUE_RUNS, () -> queue.queue(open, twoHubs));
        time("queue, open, admin (all hubs)", QUEUE_WARM_UP, QUEUE_RUNS, () -> queue.queue(open, admin));
        time("queue, overdue, staff of 2 hubs", QUEUE_WARM_UP, QUEUE_RUNS, () -> queue.queue(overdue, twoHubs));
        time("queue, overdue, admin (all hubs)", QUEUE_WARM_UP, QUEUE_RUNS, () -> queue.queue(overdue, admin));
        time("queue, open, category advice, admin", QUEUE_WARM_UP, QUEUE_RUNS,
                () -> queue.queue(open.category(Category.ADVICE), admin));
        assertThat(queue.queue(open, admin)).hasSize(QueueFilter.DEFAULT_LIMIT);
    }

    /** The same first pages through {@link CallbackStore#queueEntries}, which loads no entities. */
    private static void measureQueueProjection(CallbackStore store, Clock clock, List<String> hubs) {
        Set<CallbackStatus> open = QueueFilter.open().statuses();
        int limit = QueueFilter.DEFAULT_LIMIT;
        time("queue projection, open, busiest hub", QUEUE_WARM_UP, QUEUE_RUNS,
                () -> store.queueEntries(Set.of(hubs.get(0)), open, null, false, clock.instant(), limit));
        time("queue projection, open, admin (all hubs)", QUEUE_WARM_UP, QUEUE_RUNS,
                () -> store.queueEntries(null, open, null, false, clock.instant(), limit));
        time("queue projection, overdue, admin (all hubs)", QUEUE_WARM_UP, QUEUE_RUNS,
                () -> store.queueEntries(null, open, null, true, clock.instant(), limit));
        assertThat(store.queueEntries(null, open, null, false, clock.instant(), limit)).hasSize(limit);
    }

    private static void measureDashboard(CallbackDashboard dashboard, List<String> hubs) {
        StaffIdentity admin = new StaffIdentity("bench-admin", "Admin", StaffRole.ADMIN, Set.of());
        StaffIdentity lead = new StaffIdentity("bench-lead", "Lead", StaffRole.HUB_LEAD, Set.of(hubs.get(0)));
        DashboardQuery eightWeeks = dashboard.defaultQuery();
        DashboardQuery year = new DashboardQuery(null, eightWeeks.to().minusWeeks(52).plusDays(1), eightWeeks.to());
        time("dashboard, 8 weeks, one hub (hub lead)", DASHBOARD_WARM_UP, DASHBOARD_RUNS,
                () -> dashboard.forPeriod(lead, eightWeeks));
        time("dashboard, 8 weeks, all hubs (admin)", DASHBOARD_WARM_UP, DASHBOARD_RUNS,
                () -> dashboard.forPeriod(admin, eightWeeks));
        time("dashboard, 52 weeks, one hub (admin)", DASHBOARD_WARM_UP, DASHBOARD_RUNS,
                () -> dashboard.forPeriod(admin, year.hub(hubs.get(0))));
        DashboardFigures all = time("dashboard, 52 weeks, all hubs (admin)", DASHBOARD_WARM_UP, DASHBOARD_RUNS,
                () -> dashboard.forPeriod(admin, year));
        time("dashboard CSV of 52 weeks, all hubs", DASHBOARD_WARM_UP, DASHBOARD_RUNS, () -> dashboard.csv(all));
        System.out.printf(Locale.UK, "  %-44s %,d requests, %,d contacted, median %.1f h, %.1f%% within target%n",
                "52 weeks, all hubs, figures:", all.total().requests(), all.total().contacted(),
                all.total().medianHoursToFirstContact(), all.total().percentWithinTarget());
        assertThat(all.total().requests()).isBetween(REQUESTS / 3, REQUESTS * 2 / 3);
        assertThat(all.rows()).hasSizeGreaterThanOrEqualTo(HUBS * 52);
    }

    private static <T> T time(String label, int warmUp, int runs, Supplier<T> work) {
        T result = null;
        for (int i = 0; i < warmUp; i++) {
            result = work.get();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            result = work.get();
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.UK, "  %-44s p50 %7.2f ms   p99 %7.2f ms   max %7.2f ms   (%d runs)%n", label + ":",
                ms(percentile(nanos, 0.50)), ms(percentile(nanos, 0.99)), ms(nanos[runs - 1]), runs);
        return result;
    }

    private static long percentile(long[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void deleteRecursively(Path folder) throws java.io.IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /**
     * The synthetic requests: made over the last two years in opening hours (weekdays 9 to 5), more at busy hubs;
     * 5% urgent; due a day later (two hours if urgent). Still open: 70% of the last two days' requests, 5% of the
     * rest of the last two weeks' and 0.3% of older ones (forgotten, long overdue); half of the open ones claimed
     * with a failed attempt or two. The rest are closed: 85% done after one or two attempts, 15% unable to contact
     * after three. Closed more than 90 days ago: personal details erased, as the retention job would have. Rows are
     * inserted in time order, as the app writes them.
     */
    static final class Load {

        private final JdbcTemplate jdbc;
        private final TransactionTemplate transaction;
        private final List<String> hubs;
        private final Random random = new Random(SEED);
        private final Instant now = SignpostingTestApplication.NOW;
        int requests;
        int attempts;
        int open;
        int overdue;
        int urgent;
        int erased;

        Load(JdbcTemplate jdbc, TransactionTemplate transaction, List<String> hubs) {
            this.jdbc = jdbc;
            this.transaction = transaction;
            this.hubs = hubs;
        }

        Load insert() {
            clear();
            List<Object[]> requestRows = new ArrayList<>();
            List<Object[]> attemptRows = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                make(i, requestRows, attemptRows);
            }
            // in the order the app would have written them: by time (consent given = made; attempted)
            requestRows.sort(Comparator.comparing(row -> (OffsetDateTime) row[8]));
            attemptRows.sort(Comparator.comparing(row -> (OffsetDateTime) row[2]));
            int batch = 2_000;
            for (int from = 0; from < requestRows.size(); from += batch) {
                List<Object[]> rows = requestRows.subList(from, Math.min(requestRows.size(), from + batch));
                transaction.executeWithoutResult(status -> jdbc.batchUpdate("insert into callback_request (id,"
                        + " reference, hub_id, first_name, phone, about_category, about_text, about_item_id, best_time,"
                        + " may_leave_voicemail, may_say_hub, channel, consent_given_at, status, urgent, claimed_by,"
                        + " claimed_at, failed_attempts, due_at, created_at, updated_at, closed_at,"
                        + " personal_data_erased_at, confirmation_wanted, confirmation_status, opted_out, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, null, 'ANY', false, true, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, false, 'NOT_WANTED', false, 0)", rows));
            }
            for (int from = 0; from < attemptRows.size(); from += batch) {
                List<Object[]> rows = attemptRows.subList(from, Math.min(attemptRows.size(), from + batch));
                transaction.executeWithoutResult(status -> jdbc.batchUpdate("insert into callback_attempt"
                        + " (request_id, staff, attempted_at, outcome, notes) values (?, ?, ?, ?, ?)", rows));
            }
            // the app sets first_attempt_at at the first attempt; filled here as V9 fills it
            jdbc.update("update callback_request set first_attempt_at = (select min(a.attempted_at)"
                    + " from callback_attempt a where a.request_id = callback_request.id)"
                    + " where exists (select 1 from callback_attempt a where a.request_id = callback_request.id)");
            boolean postgres = "PostgreSQL".equals(jdbc.execute(
                    (ConnectionCallback<String>) connection -> connection.getMetaData().getDatabaseProductName()));
            jdbc.execute(postgres ? "analyze callback_request" : "analyze");
            if (postgres) {
                jdbc.execute("analyze callback_attempt");
            }
            return this;
        }

        void clear() {
            for (String table : List.of("callback_text", "callback_audit", "callback_attempt", "callback_note", "callback_request")) {
                jdbc.update("delete from " + table);
            }
        }

        private void make(int i, List<Object[]> requestRows, List<Object[]> attemptRows) {
            UUID id = new UUID(SEED, i);
            String hub = hubs.get(weightedHub());
            Instant created = workingMoment(now.minus(Duration.ofSeconds((long) (random.nextDouble()
                    * SPAN.toSeconds()))));
            if (created.isAfter(now)) {
                created = now.minus(Duration.ofMinutes(5 + random.nextInt(600)));
            }
            boolean isUrgent = random.nextDouble() < 0.05;
            Instant due = created.plus(isUrgent ? Duration.ofHours(2) : Duration.ofHours(24));
            Duration age = Duration.between(created, now);
            double openShare = age.toDays() < 2 ? 0.7 : age.toDays() < 14 ? 0.05 : 0.003;
            boolean stillOpen = random.nextDouble() < openShare;
            String status;
            String claimedBy = null;
            Instant claimedAt = null;
            Instant closed = null;
            int failed = 0;
            Instant firstTry = created.plus(Duration.ofMinutes(20 + random.nextInt(isUrgent ? 150 : 2_400)));
            if (stillOpen) {
                boolean claimed = random.nextBoolean();
                status = claimed ? "CLAIMED" : "NEW";
                if (claimed && firstTry.isBefore(now)) {
                    claimedBy = "staff-" + hub;
                    claimedAt = firstTry.minus(Duration.ofMinutes(5));
                    failed = random.nextInt(3);
                    for (int a = 0; a < failed; a++) {
                        attemptRows.add(attempt(id, hub, firstTry.plus(Duration.ofHours(a)), "NO_ANSWER"));
                    }
                } else {
                    status = "NEW";
                }
                open++;
                if (due.isBefore(now)) {
                    overdue++;
                }
            } else if (random.nextDouble() < 0.85) {
                status = "DONE";
                boolean twoTries = random.nextDouble() < 0.3;
                if (twoTries) {
                    attemptRows.add(attempt(id, hub, firstTry, "NO_ANSWER"));
                    failed = 1;
                }
                closed = firstTry.plus(Duration.ofHours(twoTries ? 3 : 0)).plusSeconds(60);
                attemptRows.add(attempt(id, hub, closed.minusSeconds(60), "REACHED"));
            } else {
                status = "UNABLE_TO_CONTACT";
                String[] failures = {"NO_ANSWER", "VOICEMAIL_LEFT", "WRONG_NUMBER", "DECLINED"};
                for (int a = 0; a < 3; a++) {
                    attemptRows.add(attempt(id, hub, firstTry.plus(Duration.ofHours(24L * a)),
                            failures[random.nextInt(failures.length)]));
                }
                failed = 3;
                closed = firstTry.plus(Duration.ofHours(48)).plusSeconds(60);
            }
            boolean erase = closed != null && closed.isBefore(now.minus(Duration.ofDays(90)));
            Category[] categories = Category.values();
            String category = random.nextDouble() < 0.2 ? null : categories[random.nextInt(categories.length)].id();
            String channel = random.nextDouble() < 0.6 ? "KIOSK" : random.nextDouble() < 0.6 ? "SMS" : "STAFF";
            Instant updated = closed != null ? closed : claimedAt != null ? claimedAt : created;
            requestRows.add(new Object[] {id, String.format("B%07d", i), hub, erase ? null : "Resident",
                erase ? null : "+4477009" + String.format("%05d", i % 100_000), category,
                erase ? null : "About something", channel, ts(created), status, isUrgent, claimedBy,
                claimedAt == null ? null : ts(claimedAt), failed, ts(due), ts(created), ts(updated),
                closed == null ? null : ts(closed), erase ? ts(closed.plus(Duration.ofDays(90))) : null});
            requests++;
            urgent += isUrgent ? 1 : 0;
            erased += erase ? 1 : 0;
        }

        private Object[] attempt(UUID request, String hub, Instant at, String outcome) {
            attempts++;
            return new Object[] {request, "staff-" + hub, ts(at), outcome, null};
        }

        private int weightedHub() {
            int total = Arrays.stream(HUB_WEIGHTS).limit(hubs.size()).sum();
            int pick = random.nextInt(total);
            for (int h = 0; h < hubs.size(); h++) {
                pick -= HUB_WEIGHTS[h];
                if (pick < 0) {
                    return h;
                }
            }
            return hubs.size() - 1;
        }

        /** Moves a moment into weekday opening hours (9 to 5 UTC is close enough for load). */
        private Instant workingMoment(Instant any) {
            LocalDate day = LocalDate.ofInstant(any, ZoneOffset.UTC);
            while (day.getDayOfWeek().getValue() > 5) {
                day = day.minusDays(1);
            }
            return day.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofMinutes(9 * 60
                    + random.nextInt(8 * 60)));
        }

        private static OffsetDateTime ts(Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
    }
}

/** Runs {@link CallbackQueueBenchmark} under Surefire's {@code *Test} naming rule. */
final class CallbackQueueBenchmarkTest extends CallbackQueueBenchmark {}
