package uk.plymouth.wellbeing.signposting.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Notices from one app instance to the others through PostgreSQL's {@code LISTEN/NOTIFY}: no server but the database.
 * A notice sent inside a transaction goes only when it commits, and reaches every other instance listening on its
 * channel within milliseconds; the sender's own instance skips its own notices (it told its screens already). Each
 * instance listens on one connection of its own, outside the pool, and connects again after the database restarts
 * (notices sent meanwhile are lost: screens also refresh on their own every minute). On H2 (one embedded instance)
 * there are no others to tell: nothing is sent or listened for.
 */
@Component
public class SharedNotices implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SharedNotices.class);
    private static final int WAIT_MILLIS = 250;
    private static final long RECONNECT_MILLIS = 2_000;

    private final JdbcTemplate jdbc;
    private final @Nullable DataSourceProperties database;
    private final boolean postgres;
    private final String origin = UUID.randomUUID().toString();
    private final Map<String, Consumer<String>> handlers = new ConcurrentHashMap<>();
    private volatile boolean running;
    private @Nullable Thread listener;

    SharedNotices(JdbcTemplate jdbc, DatabaseKind kind, ObjectProvider<DataSourceProperties> database) {
        this.jdbc = jdbc;
        this.database = database.getIfAvailable();
        this.postgres = kind == DatabaseKind.POSTGRES;
    }

    /**
     * Tells the other instances, when the caller's transaction commits (at once outside one).
     *
     * @param channel a lower-case name of letters and underscores
     * @param message at most a few kilobytes (PostgreSQL's limit is 8,000 bytes); never personal data
     */
    public void send(String channel, String message) {
        if (postgres) {
            jdbc.query("select pg_notify(?, ?)", rs -> null, channel, origin + "|" + message);
        }
    }

    /** Calls {@code handler} (on the listening thread) with each message another instance sends on the channel. */
    public void subscribe(String channel, Consumer<String> handler) {
        if (!channel.matches("[a-z_]{1,60}")) {
            throw new IllegalArgumentException("A notice channel is lower-case letters and underscores: " + channel);
        }
        handlers.put(channel, handler);
    }

    @Override
    public void start() {
        running = true;
        if (postgres && database != null) {
            Thread thread = new Thread(this::listen, "shared-notices");
            thread.setDaemon(true);
            thread.start();
            listener = thread;
        }
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = listener;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection connection = connect()) {
                Set<String> listening = new HashSet<>();
                PGConnection notices = connection.unwrap(PGConnection.class);
                while (running) {
                    listenToNewChannels(connection, listening);
                    PGNotification[] arrived = notices.getNotifications(WAIT_MILLIS);
                    if (arrived != null) {
                        for (PGNotification notice : arrived) {
                            deliver(notice.getName(), notice.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException lost) {
                if (running) {
                    log.warn("Listening for other instances' notices failed ({}); connecting again in {} ms",
                            lost.getClass().getSimpleName(), RECONNECT_MILLIS);
                    pause();
                }
            }
        }
    }

    private Connection connect() throws SQLException {
        DataSourceProperties settings = java.util.Objects.requireNonNull(database);
        return DriverManager.getConnection(settings.determineUrl(), settings.determineUsername(),
                settings.determinePassword());
    }

    private void listenToNewChannels(Connection connection, Set<String> listening) throws SQLException {
        for (String channel : handlers.keySet()) {
            if (listening.add(channel)) {
                try (Statement statement = connection.createStatement()) {
                    // channel names are checked in subscribe(): letters and underscores only
                    statement.execute("listen " + channel);
                }
            }
        }
    }

    private void deliver(String channel, String payload) {
        int bar = payload.indexOf('|');
        if (bar < 0 || payload.substring(0, bar).equals(origin)) {
            return;
        }
        Consumer<String> handler = handlers.get(channel);
        if (handler == null) {
            return;
        }
        try {
            handler.accept(payload.substring(bar + 1));
        } catch (RuntimeException failed) {
            log.warn("A notice on {} could not be handled ({})", channel, failed.getClass().getSimpleName(), failed);
        }
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_MILLIS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
