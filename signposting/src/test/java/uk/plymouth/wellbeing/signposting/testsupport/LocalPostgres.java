package uk.plymouth.wellbeing.signposting.testsupport;

import com.sun.security.auth.module.UnixSystem;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL server for tests, without Docker. One server per JVM, started on first use:
 * <ol>
 *   <li>if {@code HUB_TEST_PG_URL} is set (with {@code HUB_TEST_PG_USER} and {@code HUB_TEST_PG_PASSWORD}), that
 *       server is used as it is;
 *   <li>otherwise a throw-away cluster is made with the newest {@code /usr/lib/postgresql/<version>/bin} (Debian's
 *       {@code postgresql} package) in a fresh temporary folder, listening on a free loopback port with password
 *       (SCRAM) authentication and its Unix socket inside that folder, so it never meets a system cluster. It is
 *       stopped and its folder deleted when the JVM exits. As root it runs as the {@code postgres} user, because
 *       {@code initdb} and {@code postgres} refuse to run as root;
 *   <li>with neither, it fails with a message that says what to install. It never skips a test.
 * </ol>
 * Use it from {@code @DynamicPropertySource}: {@code LocalPostgres.registerDataSource(registry)}.
 */
public final class LocalPostgres {

    public static final String URL_VARIABLE = "HUB_TEST_PG_URL";
    public static final String USER_VARIABLE = "HUB_TEST_PG_USER";
    public static final String PASSWORD_VARIABLE = "HUB_TEST_PG_PASSWORD";
    /** Optional: a folder holding {@code initdb} and {@code pg_ctl}, instead of the newest Debian one. */
    public static final String BIN_VARIABLE = "HUB_TEST_PG_BIN";

    private static final Logger log = LoggerFactory.getLogger(LocalPostgres.class);

    private static final Path DEBIAN_INSTALLS = Path.of("/usr/lib/postgresql");
    private static final String DIRECTORY_PREFIX = "hub-test-pg-";
    private static final String OWNER_FILE = "owner.pid";
    private static final String SYSTEM_USER = "postgres";
    private static final String SUPERUSER = "hub_test";
    private static final String DATABASE = "hub_test";
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);
    private static final int START_ATTEMPTS = 3;
    /** Unix socket paths are limited to 107 bytes; "/.s.PGSQL.65535" takes 16 of them. */
    private static final int MAX_SOCKET_DIRECTORY_LENGTH = 90;

    static final String HOW_TO_GET_ONE = "Install Debian's PostgreSQL server (apt-get install -y postgresql), which puts"
            + " initdb and pg_ctl under " + DEBIAN_INSTALLS + "/<version>/bin, or run the test command from the README,"
            + " or point " + URL_VARIABLE + " (with " + USER_VARIABLE + " and " + PASSWORD_VARIABLE + ") at a"
            + " PostgreSQL database the tests may fill and empty, e.g. " + URL_VARIABLE
            + "=jdbc:postgresql://127.0.0.1:5432/hub_test";

    private static @Nullable Server server;
    private static @Nullable RuntimeException failure;

    private LocalPostgres() {}

    /** The JDBC URL of the test database; starts the server on first use. */
    public static String jdbcUrl() {
        return server().jdbcUrl();
    }

    public static String username() {
        return server().username();
    }

    public static String password() {
        return server().password();
    }

    /** Points Spring's data source at this server: call it from a {@code @DynamicPropertySource} method. */
    public static void registerDataSource(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", LocalPostgres::jdbcUrl);
        registry.add("spring.datasource.username", LocalPostgres::username);
        registry.add("spring.datasource.password", LocalPostgres::password);
        registry.add("spring.datasource.driver-class-name", () -> "org.postgresql.Driver");
    }

    private static synchronized Server server() {
        if (server != null) {
            return server;
        }
        if (failure != null) {
            // started once and failed: say so again at once instead of waiting for another timeout
            throw new IllegalStateException("PostgreSQL for tests failed to start earlier in this JVM: "
                    + failure.getMessage(), failure);
        }
        try {
            server = start();
            return server;
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        }
    }

    private static Server start() {
        String url = System.getenv(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            return external(url.trim());
        }
        Path bin = binaries().orElseThrow(() -> new IllegalStateException(
                "No PostgreSQL server for the tests: " + URL_VARIABLE + " is not set and no initdb/pg_ctl was found"
                        + " under " + DEBIAN_INSTALLS + "/*/bin. " + HOW_TO_GET_ONE));
        return LocalCluster.start(bin);
    }

    private static Server external(String url) {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException(URL_VARIABLE + " must be a jdbc:postgresql: URL, not " + url);
        }
        String user = System.getenv(USER_VARIABLE);
        String password = System.getenv(PASSWORD_VARIABLE);
        Server external = new Server(url, user == null || user.isBlank() ? SYSTEM_USER : user,
                password == null ? "" : password);
        try (Connection ignored = external.connect()) {
            log.info("Tests use the PostgreSQL server at {} ({})", url, URL_VARIABLE);
            return external;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to " + URL_VARIABLE + "=" + url + " as "
                    + external.username() + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@code HUB_TEST_PG_BIN}, or the newest {@code /usr/lib/postgresql/<version>/bin} with initdb and pg_ctl; that
     * folder also holds pg_dump, pg_restore and psql of the same version (the backup tests use them).
     */
    public static Optional<Path> binaries() {
        String chosen = System.getenv(BIN_VARIABLE);
        if (chosen != null && !chosen.isBlank()) {
            Path bin = Path.of(chosen.trim());
            if (!hasServerPrograms(bin)) {
                throw new IllegalStateException(BIN_VARIABLE + "=" + chosen + " holds no executable initdb and pg_ctl");
            }
            return Optional.of(bin);
        }
        if (!Files.isDirectory(DEBIAN_INSTALLS)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(DEBIAN_INSTALLS)) {
            // a version with only the client programs (postgresql-client) does not count
            return versions.filter(dir -> dir.getFileName().toString().matches("\\d+(\\.\\d+)*"))
                    .filter(dir -> hasServerPrograms(dir.resolve("bin")))
                    .max(Comparator.comparing(dir -> version(dir.getFileName().toString()), Arrays::compare))
                    .map(dir -> dir.resolve("bin"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + DEBIAN_INSTALLS, e);
        }
    }

    private static boolean hasServerPrograms(Path bin) {
        return Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl"));
    }

    private static int[] version(String name) {
        return Stream.of(name.split("\\.")).mapToInt(Integer::parseInt).toArray();
    }

    /** Where the tests connect. */
    private record Server(String jdbcUrl, String username, String password) {

        Connection connect() throws SQLException {
            return connect(jdbcUrl);
        }

        Connection connect(String url) throws SQLException {
            Properties properties = new Properties();
            properties.setProperty("user", username);
            properties.setProperty("password", password);
            properties.setProperty("connectTimeout", "5");
            properties.setProperty("loginTimeout", "10");
            properties.setProperty("socketTimeout", "30");
            return new org.postgresql.Driver().connect(url, properties);
        }
    }

    /** A throw-away cluster in a temporary folder, run by this JVM. */
    private static final class LocalCluster {

        private final Path bin;
        private final Path base;
        private final Path data;
        private final Path logFile;
        private final boolean asRoot;

        private LocalCluster(Path bin, Path base, boolean asRoot) {
            this.bin = bin;
            this.base = base;
            this.data = base.resolve("data");
            this.logFile = base.resolve("postgres.log");
            this.asRoot = asRoot;
        }

        static Server start(Path bin) {
            long started = System.nanoTime();
            boolean asRoot = new UnixSystem().getUid() == 0;
            if (asRoot) {
                requireSystemUser();
            }
            removeLeftoversOfDeadJvms(bin, asRoot);
            Path base;
            try {
                base = Files.createTempDirectory(DIRECTORY_PREFIX);
                Files.writeString(base.resolve(OWNER_FILE), Long.toString(ProcessHandle.current().pid()));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot make a temporary folder for PostgreSQL", e);
            }
            LocalCluster cluster = new LocalCluster(bin, base, asRoot);
            // registered before anything starts, so a half-made cluster is cleaned up too
            Runtime.getRuntime().addShutdownHook(new Thread(cluster::stopAndDelete, "local-postgres-stop"));
            String password = randomPassword();
            int port = cluster.initAndStart(password);
            Server server = new Server("jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE, SUPERUSER, password);
            cluster.createDatabase(server, port);
            log.info("PostgreSQL from {} started for tests on 127.0.0.1:{} in {} ms (folder {}{})", bin, port,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), base,
                    asRoot ? ", run as user " + SYSTEM_USER : "");
            return server;
        }

        private int initAndStart(String password) {
            Path sockets = base.resolve("sockets");
            Path passwordFile = base.resolve("password");
            try {
                Files.createDirectory(sockets);
                Files.writeString(passwordFile, password, StandardCharsets.UTF_8);
                Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
                if (asRoot) {
                    giveToSystemUser(base, sockets, passwordFile, base.resolve(OWNER_FILE));
                    requireReachableBySystemUser();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot prepare " + base + " for PostgreSQL", e);
            }
            run("initdb", List.of(program("initdb"), "-D", data.toString(), "-U", SUPERUSER,
                    "--pwfile=" + passwordFile, "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C",
                    "--no-sync"), COMMAND_TIMEOUT);
            deleteQuietly(passwordFile);
            configure(sockets);
            IllegalStateException lastFailure = null;
            for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
                int port = freePort();
                try {
                    run("pg_ctl start", List.of(program("pg_ctl"), "-D", data.toString(), "-l", logFile.toString(),
                            "-w", "-t", Long.toString(START_TIMEOUT.toSeconds()), "-o", "-p " + port, "start"),
                            START_TIMEOUT.plusSeconds(15));
                    return port;
                } catch (IllegalStateException e) {
                    lastFailure = e;
                    String serverLog = tail(logFile);
                    if (!serverLog.contains("could not bind") && !serverLog.contains("already in use")) {
                        break;
                    }
                    // another process took the free port between our check and the server's bind: try another
                    log.warn("PostgreSQL could not bind port {}, trying another", port);
                    stopServer("immediate");
                }
            }
            throw lastFailure;
        }

        /** Test settings: loopback only, socket in our folder, no durability (the data is thrown away). */
        private void configure(Path sockets) {
            String socketDirectory = sockets.toString().length() <= MAX_SOCKET_DIRECTORY_LENGTH
                    ? sockets.toString() : "";
            if (socketDirectory.isEmpty()) {
                log.warn("{} is too long for a Unix socket path; PostgreSQL listens on TCP only", sockets);
            }
            String settings = String.join("\n",
                    "",
                    "# added by " + LocalPostgres.class.getName(),
                    "listen_addresses = '127.0.0.1'",
                    "unix_socket_directories = '" + socketDirectory.replace("'", "''") + "'",
                    "password_encryption = 'scram-sha-256'",
                    "shared_buffers = 32MB",
                    // Spring keeps up to 32 test contexts, each with a pool of up to 10 connections
                    "max_connections = 400",
                    "fsync = off",
                    "synchronous_commit = off",
                    "full_page_writes = off",
                    "timezone = 'UTC'",
                    "");
            try {
                Files.writeString(data.resolve("postgresql.conf"), settings, StandardCharsets.UTF_8,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot configure the PostgreSQL cluster in " + data, e);
            }
        }

        /** Waits until the server takes password logins over TCP, then makes the test database. */
        private void createDatabase(Server server, int port) {
            String maintenance = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
            long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
            SQLException last;
            do {
                try (Connection connection = server.connect(maintenance);
                        Statement statement = connection.createStatement()) {
                    statement.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
                    return;
                } catch (SQLException e) {
                    last = e;
                    sleep(Duration.ofMillis(200));
                }
            } while (System.nanoTime() < deadline);
            throw new IllegalStateException("PostgreSQL started but took no password login on 127.0.0.1:" + port
                    + " within " + READY_TIMEOUT.toSeconds() + " s: " + last.getMessage() + "\n--- server log "
                    + logFile + " ---\n" + tail(logFile), last);
        }

        private void stopAndDelete() {
            try {
                if (Files.exists(data.resolve("postmaster.pid"))) {
                    stopServer("fast");
                }
            } catch (RuntimeException e) {
                // logging may already be shut down in a shutdown hook
                System.err.println("Could not stop the test PostgreSQL in " + data + ": " + e.getMessage());
            } finally {
                deleteRecursively(base);
            }
        }

        private void stopServer(String mode) {
            try {
                run("pg_ctl stop", List.of(program("pg_ctl"), "-D", data.toString(), "-m", mode, "-w", "-t", "20",
                        "stop"), Duration.ofSeconds(30));
            } catch (IllegalStateException e) {
                // the server would not stop: end the postmaster this cluster started, by its id
                postmasterPid(data).flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroyForcibly);
                throw e;
            }
        }

        private String program(String name) {
            return bin.resolve(name).toString();
        }

        /** Runs a PostgreSQL program (as {@code postgres} when we are root), failing with its output. */
        private void run(String what, List<String> command, Duration timeout) {
            runIn(base, asRoot, what, command, timeout);
        }

        private void requireReachableBySystemUser() {
            try {
                runIn(base, true, "access check", List.of("test", "-w", base.toString()), Duration.ofSeconds(20));
            } catch (IllegalStateException e) {
                throw new IllegalStateException("The user " + SYSTEM_USER + " cannot write to " + base
                        + ", so PostgreSQL cannot run there. Give it access to every parent folder, or set"
                        + " -Djava.io.tmpdir to a folder it can reach (such as /tmp).", e);
            }
        }

        private static void runIn(Path directory, boolean asSystemUser, String what, List<String> command,
                Duration timeout) {
            List<String> full = new ArrayList<>();
            if (asSystemUser) {
                full.addAll(List.of(runuser(), "-u", SYSTEM_USER, "--"));
            }
            full.addAll(command);
            Path output;
            try {
                output = Files.createTempFile("hub-test-pg-command-", ".out");
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot capture the output of " + what, e);
            }
            try {
                ProcessBuilder builder = new ProcessBuilder(full).directory(directory.toFile())
                        .redirectErrorStream(true).redirectOutput(output.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
                builder.environment().keySet().removeIf(name -> name.startsWith("PG"));
                builder.environment().put("LC_ALL", "C");
                builder.environment().put("LANG", "C");
                Process process = builder.start();
                if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(what + " did not finish within " + timeout.toSeconds() + " s: "
                            + String.join(" ", full) + "\n" + read(output) + serverLogOf(command));
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(what + " failed with exit code " + process.exitValue() + ": "
                            + String.join(" ", full) + "\n" + read(output) + serverLogOf(command));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot run " + String.join(" ", full), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while running " + what, e);
            } finally {
                deleteQuietly(output);
            }
        }

        /** pg_ctl's own messages say little; the server's log says why it did not start. */
        private static String serverLogOf(List<String> command) {
            int flag = command.indexOf("-l");
            if (flag < 0 || flag + 1 >= command.size()) {
                return "";
            }
            Path serverLog = Path.of(command.get(flag + 1));
            return "\n--- server log " + serverLog + " ---\n" + tail(serverLog);
        }

        private static String runuser() {
            for (String candidate : List.of("/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser", "/bin/runuser")) {
                if (Files.isExecutable(Path.of(candidate))) {
                    return candidate;
                }
            }
            throw new IllegalStateException("Running as root, PostgreSQL must run as the user " + SYSTEM_USER
                    + ", but runuser (util-linux) was not found. Run the tests as an ordinary user, or "
                    + HOW_TO_GET_ONE);
        }

        private static void requireSystemUser() {
            try {
                Path.of("/").getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(SYSTEM_USER);
            } catch (UserPrincipalNotFoundException e) {
                throw new IllegalStateException("Running as root, PostgreSQL must run as the user " + SYSTEM_USER
                        + " (initdb refuses root), and there is no such user. " + HOW_TO_GET_ONE, e);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot look up the user " + SYSTEM_USER, e);
            }
        }

        private static void giveToSystemUser(Path... paths) throws IOException {
            UserPrincipalLookupService users = Path.of("/").getFileSystem().getUserPrincipalLookupService();
            UserPrincipal user = users.lookupPrincipalByName(SYSTEM_USER);
            GroupPrincipal group = users.lookupPrincipalByGroupName(SYSTEM_USER);
            for (Path path : paths) {
                PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
                view.setOwner(user);
                view.setGroup(group);
            }
        }

        /**
         * Stops and deletes clusters whose JVM is gone (killed before its shutdown hook ran). Only folders this
         * class made, with the id of a JVM that no longer runs, are touched.
         */
        private static void removeLeftoversOfDeadJvms(Path bin, boolean asRoot) {
            Path temp = Path.of(System.getProperty("java.io.tmpdir"));
            try (DirectoryStream<Path> folders = Files.newDirectoryStream(temp, DIRECTORY_PREFIX + "*")) {
                for (Path folder : folders) {
                    Optional<Long> owner = readPid(folder.resolve(OWNER_FILE));
                    if (owner.isEmpty() || ProcessHandle.of(owner.get()).isPresent()) {
                        continue;
                    }
                    LocalCluster leftover = new LocalCluster(bin, folder, asRoot);
                    log.info("Removing the test PostgreSQL left behind by JVM {} in {}", owner.get(), folder);
                    try {
                        if (postmasterPid(leftover.data).flatMap(ProcessHandle::of).isPresent()) {
                            leftover.stopServer("immediate");
                        }
                    } catch (RuntimeException e) {
                        log.warn("Could not stop the leftover test PostgreSQL in {}: {}", folder, e.getMessage());
                    }
                    deleteRecursively(folder);
                }
            } catch (IOException e) {
                log.warn("Could not look for leftover test PostgreSQL folders in {}: {}", temp, e.getMessage());
            }
        }

        private static Optional<Long> postmasterPid(Path data) {
            // postmaster.pid: first line is the postmaster's process id
            return readPid(data.resolve("postmaster.pid"));
        }

        private static Optional<Long> readPid(Path file) {
            try {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
            } catch (IOException | NumberFormatException e) {
                return Optional.empty();
            }
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot find a free loopback port for PostgreSQL", e);
            }
        }

        private static String randomPassword() {
            byte[] bytes = new byte[18];
            new SecureRandom().nextBytes(bytes);
            return HexFormat.of().formatHex(bytes);
        }

        private static String tail(Path file) {
            if (!Files.exists(file)) {
                return "(no log at " + file + ")";
            }
            List<String> lines = List.of(read(file).split("\n"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        }

        private static String read(Path file) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "(cannot read " + file + ": " + e.getMessage() + ")";
            }
        }

        private static void sleep(Duration duration) {
            try {
                Thread.sleep(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for PostgreSQL", e);
            }
        }

        private static void deleteQuietly(Path file) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.debug("Could not delete {}: {}", file, e.getMessage());
            }
        }

        private static void deleteRecursively(Path folder) {
            if (!Files.exists(folder)) {
                return;
            }
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(LocalCluster::deleteQuietly);
            } catch (IOException | UncheckedIOException e) {
                System.err.println("Could not delete the test PostgreSQL folder " + folder + ": " + e.getMessage());
            }
        }
    }

}
