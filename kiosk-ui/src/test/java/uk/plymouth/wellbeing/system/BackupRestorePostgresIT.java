package uk.plymouth.wellbeing.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.plymouth.wellbeing.HubApplication;
import uk.plymouth.wellbeing.signposting.callback.BestTime;
import uk.plymouth.wellbeing.signposting.callback.CallbackDetails;
import uk.plymouth.wellbeing.signposting.callback.CallbackQueue;
import uk.plymouth.wellbeing.signposting.callback.CallbackReceipt;
import uk.plymouth.wellbeing.signposting.callback.Channel;
import uk.plymouth.wellbeing.signposting.callback.NewCallback;
import uk.plymouth.wellbeing.signposting.callback.StaffMember;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.catalogue.ItemKind;
import uk.plymouth.wellbeing.signposting.catalogue.ItemRef;
import uk.plymouth.wellbeing.signposting.directory.edit.DirectoryEditor;
import uk.plymouth.wellbeing.signposting.directory.edit.ItemVersion;
import uk.plymouth.wellbeing.signposting.staff.StaffIdentity;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;
import uk.plymouth.wellbeing.signposting.survey.Answer;
import uk.plymouth.wellbeing.signposting.survey.NewSurveyResponse;
import uk.plymouth.wellbeing.signposting.survey.Survey;
import uk.plymouth.wellbeing.signposting.survey.SurveyChannel;
import uk.plymouth.wellbeing.signposting.survey.SurveyDefinitions;
import uk.plymouth.wellbeing.signposting.survey.SurveyResponses;
import uk.plymouth.wellbeing.signposting.testsupport.CatalogueFixtures;
import uk.plymouth.wellbeing.signposting.testsupport.LocalPostgres;

/**
 * The backup and restore scripts of docs/deploy on a real PostgreSQL ({@link LocalPostgres}): the app fills a
 * database of its own through its services (callbacks with notes, survey answers, a published directory edit, the
 * first admin), {@code backup.sh} dumps it while nothing else writes, {@code restore.sh} restores the dump into a
 * database it creates, every table's rows are compared one by one (a digest of each table in a fixed order), and the
 * app then starts on the restored database: Flyway finds nothing to migrate and the services read back what was put
 * in.
 */
class BackupRestorePostgresIT {

    private static final String FOUR_GREENS = "four-greens";
    private static final String ADMIN_PASSWORD = "correct horse battery staple 2026";
    /** The same on both sides, as the deployment recipe says: a restore needs the secret it was made with. */
    private static final String FOLLOW_UP_SECRET = "backup-restore-test-follow-up-secret-0123456789";
    private static final StaffMember ADMIN = StaffMember.admin("ada");
    private static final StaffIdentity EDITOR = new StaffIdentity("ada", "Ada", StaffRole.ADMIN, Set.of());

    private static final String SUFFIX = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private static final String SOURCE = "backup_source_" + SUFFIX;
    private static final String RESTORED = "backup_restored_" + SUFFIX;

    @TempDir
    Path folder;

    @BeforeAll
    static void createSourceDatabase() throws SQLException {
        execute("postgres", "create database " + SOURCE + " encoding 'UTF8' template template0");
    }

    @AfterAll
    static void dropDatabases() throws SQLException {
        for (String database : List.of(SOURCE, RESTORED)) {
            execute("postgres", "drop database if exists " + database + " with (force)");
        }
    }

    @Test
    void aNightlyDumpRestoresIntoAFreshDatabaseWithEveryRecordAndTheAppStartsOnIt() throws Exception {
        List<String> references = new ArrayList<>();
        String editedServiceId;
        String editedName = "Debt and money advice (restored from backup)";
        String schemaVersion;
        try (ConfigurableApplicationContext app = start(SOURCE)) {
            CallbackQueue callbacks = app.getBean(CallbackQueue.class);
            for (int i = 0; i < 5; i++) {
                CallbackReceipt receipt = callbacks.request(NewCallback.at(FOUR_GREENS, "07700 900" + (100 + i),
                        Channel.KIOSK).withFirstName("Resident " + i).withAbout(Category.ADVICE, "Rent arrears " + i)
                        .withBestTime(BestTime.MORNING).withPermissions(true, i % 2 == 0).withConsent(true));
                references.add(receipt.reference());
                callbacks.addNote(receipt.id(), ADMIN, "Note on request " + i + ": café, £20 and “quotes”");
            }
            callbacks.claim(callbacks.findByReference(references.get(0), ADMIN).orElseThrow().id(), ADMIN);

            SurveyResponses surveys = app.getBean(SurveyResponses.class);
            Survey ons4 = app.getBean(SurveyDefinitions.class).current("ons4").orElseThrow();
            for (int score = 3; score <= 9; score++) {
                int value = score;
                List<Answer> answers = ons4.questions().stream().map(q -> Answer.number(q.id(), value)).toList();
                surveys.record(new NewSurveyResponse("ons4", ons4.version(), FOUR_GREENS, SurveyChannel.KIOSK, "en",
                        answers, null, null));
            }

            DirectoryEditor editor = app.getBean(DirectoryEditor.class);
            HubService service = app.getBean(Catalogue.class).services().stream()
                    .filter(s -> s.hubIds().contains(FOUR_GREENS)).findFirst().orElseThrow();
            editedServiceId = service.id();
            ItemRef ref = new ItemRef(ItemKind.SERVICE, editedServiceId);
            ItemVersion opened = editor.open(EDITOR, ref).orElseThrow();
            editor.save(EDITOR, CatalogueFixtures.renamed((HubService) opened.record(), editedName),
                    opened.version(), "Renamed before the backup", true);
            schemaVersion = app.getBean(Flyway.class).info().current().getVersion().getVersion();
        }
        Map<String, String> before = tableDigests(SOURCE);
        assertThat(before).containsKeys("callback_request", "callback_note", "survey_response", "survey_answer",
                "directory_version", "staff_account", "flyway_schema_history");
        assertThat(rowCount(SOURCE, "callback_request")).isEqualTo(5);
        assertThat(rowCount(SOURCE, "survey_response")).isEqualTo(7);

        Path dump = folder.resolve("hubs.dump");
        run(script("backup.sh"), List.of(), Map.of("PGDATABASE", SOURCE, "BACKUP_FILE", dump.toString()));
        assertThat(dump).isNotEmptyFile();
        run(script("restore.sh"), List.of(dump.toString(), RESTORED), Map.of("OWNER", LocalPostgres.username()));

        Map<String, String> after = tableDigests(RESTORED);
        assertThat(after).isEqualTo(before);

        try (ConfigurableApplicationContext app = start(RESTORED)) {
            Flyway flyway = app.getBean(Flyway.class);
            assertThat(flyway.info().pending()).isEmpty();
            assertThat(flyway.info().current().getVersion().getVersion()).isEqualTo(schemaVersion);

            CallbackQueue callbacks = app.getBean(CallbackQueue.class);
            for (int i = 0; i < references.size(); i++) {
                CallbackDetails details = callbacks.findByReference(references.get(i), ADMIN).orElseThrow();
                assertThat(details.firstName()).isEqualTo("Resident " + i);
                assertThat(details.aboutText()).isEqualTo("Rent arrears " + i);
                assertThat(details.notes()).extracting(CallbackDetails.Note::text)
                        .contains("Note on request " + i + ": café, £20 and “quotes”");
            }
            assertThat(callbacks.findByReference(references.get(0), ADMIN).orElseThrow().claimedBy()).isEqualTo("ada");
            assertThat(app.getBean(Catalogue.class).service(editedServiceId)).map(HubService::name)
                    .contains(editedName);
        }
        assertThat(rowCount(RESTORED, "survey_response")).isEqualTo(7);
    }

    /** The whole app on a random port with the production profile, on one database of the test server. */
    private static ConfigurableApplicationContext start(String database) {
        return new SpringApplicationBuilder(HubApplication.class).profiles("test", "postgres").run(
                "--server.port=0",
                "--DATABASE_URL=" + jdbcUrl(database),
                "--DATABASE_USERNAME=" + LocalPostgres.username(),
                "--DATABASE_PASSWORD=" + LocalPostgres.password(),
                "--spring.datasource.driver-class-name=org.postgresql.Driver",
                "--spring.datasource.hikari.maximum-pool-size=4",
                "--hub.staff.bcrypt-strength=4",
                "--hub.search.semantic=false",
                "--ADMIN_USERNAME=ada", "--ADMIN_PASSWORD=" + ADMIN_PASSWORD,
                "--hub.surveys.follow-up-secret=" + FOLLOW_UP_SECRET);
    }

    /**
     * Every table of the public schema, each as its row count and an MD5 of all its rows as text in a fixed order:
     * equal digests mean equal rows, value for value.
     */
    private static Map<String, String> tableDigests(String database) throws SQLException {
        Map<String, String> digests = new LinkedHashMap<>();
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("select tablename from pg_tables where schemaname = 'public'"
                    + " order by tablename")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = statement.executeQuery("select count(*) || ' rows, md5 ' || coalesce(md5("
                        + "string_agg(t::text, E'\\n' order by t::text)), '-') from \"" + table + "\" t")) {
                    rs.next();
                    digests.put(table, rs.getString(1));
                }
            }
        }
        return digests;
    }

    private static long rowCount(String database, String table) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(String database, String sql) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), LocalPostgres.username(), LocalPostgres.password());
    }

    /** The test server's URL with another database in it. */
    private static String jdbcUrl(String database) {
        URI server = serverAddress();
        return "jdbc:postgresql://" + server.getHost() + ":" + server.getPort() + "/" + database;
    }

    private static URI serverAddress() {
        URI uri = URI.create(LocalPostgres.jdbcUrl().substring("jdbc:".length()));
        return uri.getPort() < 0 ? URI.create("postgresql://" + uri.getHost() + ":5432/") : uri;
    }

    /** docs/deploy/NAME from the repository root (the tests run in kiosk-ui). */
    private static Path script(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs/deploy").resolve(name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("docs/deploy/" + name + " not found above " + Path.of("").toAbsolutePath());
    }

    /** Runs a script with libpq's settings pointing at the test server, failing with its output. */
    private void run(Path script, List<String> arguments, Map<String, String> settings)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(arguments);
        Path output = folder.resolve(script.getFileName() + ".out");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("PG"));
        URI server = serverAddress();
        environment.put("PGHOST", server.getHost());
        environment.put("PGPORT", Integer.toString(server.getPort()));
        environment.put("PGUSER", LocalPostgres.username());
        environment.put("PGPASSWORD", LocalPostgres.password());
        Optional<Path> bin = LocalPostgres.binaries();
        bin.filter(dir -> Files.isExecutable(dir.resolve("pg_dump")))
                .ifPresent(dir -> environment.put("PG_BIN", dir.toString()));
        environment.putAll(settings);
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(script + " did not finish within 3 minutes:\n" + read(output));
        }
        String printed = read(output);
        assertThat(process.exitValue()).as("%s exit code; it printed:%n%s", script.getFileName(), printed)
                .isZero();
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
