package uk.plymouth.wellbeing.signposting.survey.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
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
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.staff.StaffIdentity;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;
import uk.plymouth.wellbeing.signposting.survey.Answer;
import uk.plymouth.wellbeing.signposting.survey.Question;
import uk.plymouth.wellbeing.signposting.survey.QuestionType;
import uk.plymouth.wellbeing.signposting.survey.Survey;
import uk.plymouth.wellbeing.signposting.survey.SurveyDefinitions;
import uk.plymouth.wellbeing.signposting.survey.SurveyResult;
import uk.plymouth.wellbeing.signposting.survey.SurveyScorer;
import uk.plymouth.wellbeing.signposting.testsupport.LocalPostgres;
import uk.plymouth.wellbeing.signposting.testsupport.SignpostingTestApplication;

/**
 * Survey report timings: 200,000 responses over two years at 7 hubs (60% SWEMWBS, 20% ONS4, 20% resident
 * satisfaction; a fifth of SWEMWBS responses from residents followed up, most of whom answered two to four times;
 * comments on a third of satisfaction responses), loaded by batch JDBC, then {@link SurveyReport#forPeriod} timed
 * on H2 (a file database in PostgreSQL mode, as the app runs) and PostgreSQL ({@link LocalPostgres}): p50 and p99
 * of 20 runs after 3 warm-up runs. It prints figures and never fails on timing. Everything random is seeded.
 *
 * <p>Run with {@code ./mvnw -B -ntp -o -pl signposting test -Pbenchmark -Dtest='SurveyReportBenchmark*'
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
public abstract class SurveyReportBenchmark {

    static final long SEED = 20261202L;
    static final int RESPONSES = 200_000;
    static final int HUBS = 7;
    static final int FOLLOWED_UP_RESIDENTS = 12_000;
    static final Duration SPAN = Duration.ofDays(730);
    static final int WARM_UP = 3;
    static final int RUNS = 20;
    static final int[] HUB_WEIGHTS = {30, 22, 15, 12, 9, 7, 5};

    @Test
    void benchmark() throws Exception {
        System.out.printf(Locale.UK, "%n== Survey report benchmark: %,d responses, %d hubs, %d cores, Java %s,"
                + " load %.2f%n", RESPONSES, HUBS, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), load());
        Path h2 = Path.of("target", "survey-benchmark");
        deleteRecursively(h2);
        run("H2 (file, MODE=PostgreSQL)", "jdbc:h2:file:" + h2.toAbsolutePath().resolve("hubs")
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
                        "hub.surveys.location=classpath:fixtures/surveys/",
                        "hub.surveys.follow-up-secret=benchmark-secret-not-used-anywhere-else-0123",
                        "hub.sms.outbox.enabled=false", "logging.level.root=WARN", "spring.main.banner-mode=off")
                .run()) {
            System.out.printf(Locale.UK, "%n-- %s%n", database);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            List<String> hubs = context.getBean(Catalogue.class).hubs().stream().map(Hub::id).limit(HUBS).toList();
            long started = System.nanoTime();
            Load load = new Load(jdbc, new TransactionTemplate(context.getBean(PlatformTransactionManager.class)),
                    context.getBean(SurveyDefinitions.class), context.getBean(SurveyScorer.class), hubs).insert();
            System.out.printf(Locale.UK, "  %-46s %,d responses, %,d answers in %.1f s%n",
                    "inserted (batch JDBC) and analysed:", load.responses, load.answers, seconds(started));
            measure(context.getBean(SurveyReport.class), jdbc, hubs);
            System.out.printf(Locale.UK, "  load average now %.2f%n", load());
        }
    }

    private static void measure(SurveyReport report, JdbcTemplate jdbc, List<String> hubs) {
        Runnable touch = () -> jdbc.update("update survey_response set language = 'en' where id = ?",
                new UUID(SEED, 0));
        StaffIdentity admin = new StaffIdentity("bench-admin", "Admin", StaffRole.ADMIN, Set.of());
        StaffIdentity lead = new StaffIdentity("bench-lead", "Lead", StaffRole.HUB_LEAD, Set.of(hubs.get(0)));
        LocalDate end = LocalDate.ofInstant(SignpostingTestApplication.NOW, SignpostingTestApplication.PLYMOUTH)
                .plusDays(1);
        SurveyReportQuery twoYears = new SurveyReportQuery(null, end.minusYears(2).minusDays(1), end);
        SurveyReportQuery year = new SurveyReportQuery(null, end.minusYears(1), end);
        SurveyReportQuery quarter = new SurveyReportQuery(null, end.minusMonths(3), end);
        time("quarter, busiest hub (hub lead)", touch, () -> report.forPeriod(lead, quarter));
        time("quarter, all hubs (admin)", touch, () -> report.forPeriod(admin, quarter));
        time("12 months, busiest hub (admin)", touch, () -> report.forPeriod(admin,
                new SurveyReportQuery(hubs.get(0), year.from(), year.to())));
        time("12 months, all hubs (admin)", touch, () -> report.forPeriod(admin, year));
        SurveyFigures all = time("2 years (all 200,000), all hubs (admin)", touch, () -> report.forPeriod(admin,
                twoYears));
        PairedChange pairs = all.swemwbs().pairs();
        System.out.printf(Locale.UK, "  %-46s %,d responses, SWEMWBS n %,d mean %.2f (95%% CI %.2f to %.2f),"
                + " %,d pairs, mean change %.2f, %.1f%% improved by 3+%n", "2 years, all hubs, figures:",
                all.total(), all.swemwbs().metric().n(), all.swemwbs().metric().mean(), all.swemwbs().metric().low(),
                all.swemwbs().metric().high(), pairs.pairs(), pairs.change().mean(), 100 * pairs.improvedShare());
        assertThat(all.total()).isEqualTo(RESPONSES);
        assertThat(pairs.pairs()).isGreaterThan(PairedChange.ENOUGH_PAIRS);
    }

    /**
     * Times a report. Before every run one response row is rewritten unchanged: H2 hands back a cached result for a
     * repeated query over unchanged tables, which would time nothing (in the app, new responses arrive all day).
     * The first run, before any warm-up, is printed too.
     */
    private static <T> T time(String label, Runnable touch, Supplier<T> work) {
        touch.run();
        long first = System.nanoTime();
        T result = work.get();
        first = System.nanoTime() - first;
        for (int i = 0; i < WARM_UP; i++) {
            touch.run();
            result = work.get();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            touch.run();
            long started = System.nanoTime();
            result = work.get();
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.UK, "  %-42s p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms  first %7.1f ms (%d runs)%n",
                label + ":", nanos[RUNS / 2 - 1] / 1e6, nanos[(int) Math.ceil(0.99 * RUNS) - 1] / 1e6,
                nanos[RUNS - 1] / 1e6, first / 1e6, RUNS);
        return result;
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

    /** The synthetic responses, scored by {@link SurveyScorer} as the app would, inserted in time order. */
    static final class Load {

        private final JdbcTemplate jdbc;
        private final TransactionTemplate transaction;
        private final SurveyScorer scorer;
        private final List<String> hubs;
        private final Survey swemwbs;
        private final Survey ons4;
        private final Survey satisfaction;
        private final Random random = new Random(SEED);
        private final Instant now = SignpostingTestApplication.NOW;
        int responses;
        int answers;

        Load(JdbcTemplate jdbc, TransactionTemplate transaction, SurveyDefinitions definitions, SurveyScorer scorer,
                List<String> hubs) {
            this.jdbc = jdbc;
            this.transaction = transaction;
            this.scorer = scorer;
            this.hubs = hubs;
            this.swemwbs = definitions.current("swemwbs").orElseThrow();
            this.ons4 = definitions.current("ons4").orElseThrow();
            this.satisfaction = definitions.current("resident-satisfaction").orElseThrow();
        }

        Load insert() {
            clear();
            List<Object[]> responseRows = new ArrayList<>();
            List<Object[]> answerRows = new ArrayList<>();
            for (int i = 0; i < RESPONSES; i++) {
                make(i, responseRows, answerRows);
            }
            responseRows.sort(Comparator.comparing(row -> (OffsetDateTime) row[7]));
            int batch = 5_000;
            for (int from = 0; from < responseRows.size(); from += batch) {
                List<Object[]> rows = responseRows.subList(from, Math.min(responseRows.size(), from + batch));
                transaction.executeWithoutResult(status -> jdbc.batchUpdate("insert into survey_response (id,"
                        + " survey_id, version, fingerprint, hub_id, channel, language, answered_at, raw_score,"
                        + " metric_score, band_id, follow_up_key, entered_by) values (?, ?, ?, ?, ?, ?, 'en', ?, ?,"
                        + " ?, ?, ?, ?)", rows.stream().map(r -> new Object[] {r[0], r[1], r[2], r[3], r[4], r[5],
                            r[7], r[8], r[9], r[10], r[11], r[12]}).toList()));
            }
            for (int from = 0; from < answerRows.size(); from += batch * 4) {
                List<Object[]> rows = answerRows.subList(from, Math.min(answerRows.size(), from + batch * 4));
                transaction.executeWithoutResult(status -> jdbc.batchUpdate("insert into survey_answer (response_id,"
                        + " question_id, answer_value, text, survey_id, version, hub_id, answered_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)", rows));
            }
            boolean postgres = "PostgreSQL".equals(jdbc.execute(
                    (ConnectionCallback<String>) connection -> connection.getMetaData().getDatabaseProductName()));
            if (postgres) {
                jdbc.execute("analyze survey_response");
                jdbc.execute("analyze survey_answer");
            } else {
                jdbc.execute("analyze");
            }
            return this;
        }

        void clear() {
            for (String table : List.of("survey_follow_up", "survey_answer", "survey_response")) {
                jdbc.update("delete from " + table);
            }
        }

        private void make(int i, List<Object[]> responseRows, List<Object[]> answerRows) {
            UUID id = new UUID(SEED, i);
            double kind = random.nextDouble();
            Survey survey = kind < 0.6 ? swemwbs : kind < 0.8 ? ons4 : satisfaction;
            List<Answer> given = new ArrayList<>();
            // a resident's mood for the SWEMWBS items: most answers near their level
            int level = 1 + random.nextInt(5);
            for (Question question : survey.questions()) {
                if (question.type() == QuestionType.FREE_TEXT) {
                    if (random.nextDouble() < 0.33) {
                        given.add(Answer.words(question.id(), "Comment " + i + ": the staff were kind and it was"
                                + " easy to find the room."));
                    }
                } else if (question.type() == QuestionType.ZERO_TO_TEN) {
                    given.add(Answer.number(question.id(), random.nextInt(11)));
                } else if (survey == swemwbs) {
                    int value = Math.max(1, Math.min(5, level + random.nextInt(3) - 1));
                    given.add(Answer.number(question.id(), value));
                } else {
                    given.add(Answer.number(question.id(), question.options().get(random.nextInt(
                            question.options().size())).value()));
                }
            }
            SurveyResult result = scorer.score(survey, given);
            Instant answered = now.minus(Duration.ofSeconds((long) (random.nextDouble() * SPAN.toSeconds())));
            String key = survey == swemwbs && random.nextDouble() < 0.2
                    ? String.format("%064x", random.nextInt(FOLLOWED_UP_RESIDENTS)) : null;
            double channel = random.nextDouble();
            String via = channel < 0.6 ? "KIOSK" : channel < 0.9 ? "SMS" : "STAFF_ASSISTED";
            String hub = hubs.get(weightedHub());
            responseRows.add(new Object[] {id, survey.id(), survey.version(), survey.fingerprint(), hub, via, null, answered.atOffset(ZoneOffset.UTC), result.raw(), result.metric(),
                result.bandId(), key, "STAFF_ASSISTED".equals(via) ? "bench-staff" : null});
            for (Answer answer : given) {
                answerRows.add(new Object[] {id, answer.questionId(), answer.value(), answer.text(), survey.id(),
                    survey.version(), hub, answered.atOffset(ZoneOffset.UTC)});
            }
            responses++;
            answers += given.size();
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
    }
}

/** Runs {@link SurveyReportBenchmark} under Surefire's {@code *Test} naming rule. */
final class SurveyReportBenchmarkTest extends SurveyReportBenchmark {}
