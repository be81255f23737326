package uk.plymouth.wellbeing.signposting.staff.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counts of failed staff logins ({@code staff_login_throttle}), shared by every app instance. Keys are made by the
 * staff feature; a row's changes are made under its row lock ({@link #lockOrCreate}), so two instances counting the
 * same failure at once queue up instead of losing one.
 */
@Component
public class LoginThrottleStore {

    private static final String COLUMNS = "throttle_key, username, failures, last_failure_at, blocked_until, familiar";

    private final NamedParameterJdbcTemplate jdbc;

    LoginThrottleStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One count. {@code username} is null for a client address's own count. */
    public record Count(String key, @Nullable String username, int failures, @Nullable Instant lastFailureAt,
            @Nullable Instant blockedUntil, boolean familiar) {

        public boolean blockedAt(Instant now) {
            return blockedUntil != null && now.isBefore(blockedUntil);
        }
    }

    /** The counts there are for these keys, without locking them; missing keys have none. */
    @Transactional(readOnly = true)
    public Map<String, Count> find(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        List<Count> found = jdbc.query("select " + COLUMNS + " from staff_login_throttle where throttle_key in (:keys)",
                Map.of("keys", keys), LoginThrottleStore::count);
        return found.stream().collect(Collectors.toMap(Count::key, Function.identity()));
    }

    /** The count for a key, its row locked until the caller's transaction ends; made empty first if there was none. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Count lockOrCreate(String key, @Nullable String username, Instant now) {
        jdbc.update("insert into staff_login_throttle (" + COLUMNS + ", updated_at) values (:key, :username, 0, null,"
                + " null, false, :now) on conflict do nothing",
                new MapSqlParameterSource("key", key).addValue("username", username).addValue("now", at(now)));
        return jdbc.queryForObject("select " + COLUMNS + " from staff_login_throttle where throttle_key = :key"
                + " for update", Map.of("key", key), LoginThrottleStore::count);
    }

    /** Writes a count back (its row locked by {@link #lockOrCreate}). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void save(Count count, Instant now) {
        jdbc.update("update staff_login_throttle set failures = :failures, last_failure_at = :lastFailureAt,"
                + " blocked_until = :blockedUntil, familiar = :familiar, updated_at = :now where throttle_key = :key",
                new MapSqlParameterSource("key", count.key()).addValue("failures", count.failures())
                        .addValue("lastFailureAt", at(count.lastFailureAt()))
                        .addValue("blockedUntil", at(count.blockedUntil())).addValue("familiar", count.familiar())
                        .addValue("now", at(now)));
    }

    /** Forgets every failure counted against one member of staff (their places stay familiar). */
    @Transactional
    public int clear(String username, Instant now) {
        return jdbc.update("update staff_login_throttle set failures = 0, last_failure_at = null, blocked_until = null,"
                + " updated_at = :now where username = :username", new MapSqlParameterSource("username", username)
                .addValue("now", at(now)));
    }

    /**
     * Deletes the counts of strangers' failures none of which came since {@code cutoff} and that hold no one back
     * now; familiar places stay (they are what lets the real user in). Returns how many went.
     */
    @Transactional
    public int forgetFailuresBefore(Instant cutoff, Instant now) {
        return jdbc.update("delete from staff_login_throttle where not familiar and (last_failure_at is null or"
                + " last_failure_at < :cutoff) and (blocked_until is null or blocked_until < :now)",
                new MapSqlParameterSource("cutoff", at(cutoff)).addValue("now", at(now)));
    }

    /** Every count about one member of staff (their account's and their places'). */
    @Transactional(readOnly = true)
    public List<Count> about(String username) {
        return jdbc.query("select " + COLUMNS + " from staff_login_throttle where username = :username",
                Map.of("username", username), LoginThrottleStore::count);
    }

    private static Count count(ResultSet rs, int row) throws SQLException {
        return new Count(rs.getString("throttle_key"), rs.getString("username"), rs.getInt("failures"),
                instant(rs, "last_failure_at"), instant(rs, "blocked_until"), rs.getBoolean("familiar"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static @Nullable Timestamp at(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
