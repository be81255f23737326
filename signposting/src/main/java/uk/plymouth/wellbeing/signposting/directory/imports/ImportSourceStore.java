package uk.plymouth.wellbeing.signposting.directory.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The sources admins set up ({@code import_source}). A run is claimed with one conditional update, so however many
 * instances look at the same moment, exactly one of them runs the source.
 */
@Repository
class ImportSourceStore {

    private static final String COLUMNS = "id, name, kind, url, hub_id, every_seconds, publish, enabled, "
            + "running_since, last_run_at, last_status, last_message, last_added, last_updated, last_unchanged, "
            + "last_archived, last_drafts, last_skipped";

    private final JdbcTemplate jdbc;

    ImportSourceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<ImportSource> all() {
        return jdbc.query("select " + COLUMNS + " from import_source order by name", ImportSourceStore::source);
    }

    Optional<ImportSource> find(long id) {
        return jdbc.query("select " + COLUMNS + " from import_source where id = ?", ImportSourceStore::source, id)
                .stream().findFirst();
    }

    boolean nameTaken(String name, long exceptId) {
        Integer count = jdbc.queryForObject("select count(*) from import_source where lower(name) = lower(?) and "
                + "id <> ?", Integer.class, name, exceptId);
        return count != null && count > 0;
    }

    long insert(SourceSettings s, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("insert into import_source (name, kind, url, hub_id, "
                    + "every_seconds, publish, enabled, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            insert.setString(1, s.name());
            insert.setString(2, s.kind().name());
            insert.setString(3, s.url());
            insert.setString(4, s.hubId());
            insert.setLong(5, s.every().toSeconds());
            insert.setBoolean(6, s.publish());
            insert.setBoolean(7, s.enabled());
            insert.setTimestamp(8, Timestamp.from(now));
            insert.setTimestamp(9, Timestamp.from(now));
            return insert;
        }, key);
        return key.getKeyAs(Number.class).longValue();
    }

    void update(long id, SourceSettings s, Instant now) {
        jdbc.update("update import_source set name = ?, kind = ?, url = ?, hub_id = ?, every_seconds = ?, "
                + "publish = ?, enabled = ?, updated_at = ? where id = ?", s.name(), s.kind().name(), s.url(),
                s.hubId(), s.every().toSeconds(), s.publish(), s.enabled(), Timestamp.from(now), id);
    }

    /**
     * Claims a run: true for exactly one caller while no live run holds the source.
     *
     * @param staleBefore a run claimed before this is taken to have died with its instance
     * @param lastRunBefore for scheduled runs, the source must not have run since this (so an instance that saw it
     *     due before another ran it does not run it again); null for "Run now"
     */
    boolean claim(long id, String token, Instant now, Instant staleBefore, @Nullable Instant lastRunBefore) {
        String due = lastRunBefore == null ? "" : " and (last_run_at is null or last_run_at <= ?)";
        Object[] args = lastRunBefore == null
                ? new Object[] {Timestamp.from(now), token, id, Timestamp.from(staleBefore)}
                : new Object[] {Timestamp.from(now), token, id, Timestamp.from(staleBefore),
                    Timestamp.from(lastRunBefore)};
        return jdbc.update("update import_source set running_since = ?, run_token = ? where id = ? and "
                + "(running_since is null or running_since < ?)" + due, args) == 1;
    }

    /** Ends a run and records how it went; false if the claim was lost (taken over as stale) meanwhile. */
    boolean finish(long id, String token, Instant startedAt, RunStatus status, String message, ImportCounts c) {
        return jdbc.update("update import_source set running_since = null, run_token = null, last_run_at = ?, "
                + "last_status = ?, last_message = ?, last_added = ?, last_updated = ?, last_unchanged = ?, "
                + "last_archived = ?, last_drafts = ?, last_skipped = ? where id = ? and run_token = ?",
                Timestamp.from(startedAt), status.name(), cut(message), c.added(), c.updated(), c.unchanged(),
                c.archived(), c.drafts(), c.skipped(), id, token) == 1;
    }

    private static String cut(String message) {
        return message.length() <= 2000 ? message : message.substring(0, 1997) + "...";
    }

    private static ImportSource source(ResultSet row, int rowNum) throws SQLException {
        String status = row.getString("last_status");
        return new ImportSource(row.getLong("id"), row.getString("name"), SourceKind.valueOf(row.getString("kind")),
                row.getString("url"), row.getString("hub_id"), Duration.ofSeconds(row.getLong("every_seconds")),
                row.getBoolean("publish"), row.getBoolean("enabled"), instant(row, "running_since"),
                instant(row, "last_run_at"), status == null ? null : RunStatus.valueOf(status),
                row.getString("last_message"), new ImportCounts(row.getInt("last_added"), row.getInt("last_updated"),
                        row.getInt("last_unchanged"), row.getInt("last_archived"), row.getInt("last_drafts"),
                        row.getInt("last_skipped")));
    }

    private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
