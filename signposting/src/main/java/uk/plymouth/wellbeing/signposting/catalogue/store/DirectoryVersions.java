package uk.plymouth.wellbeing.signposting.catalogue.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.plymouth.wellbeing.signposting.catalogue.ItemKind;
import uk.plymouth.wellbeing.signposting.catalogue.ItemRef;
import uk.plymouth.wellbeing.signposting.catalogue.store.StoredVersion.VersionState;

/**
 * Every version of every hub, service and activity ({@code directory_version}). A version number is taken once per
 * item: two people saving on the same version collide on the unique key, on any number of app instances.
 */
@Repository
public class DirectoryVersions {

    private static final String COLUMNS = "item_kind, item_id, version, state, archived, details, changes, note, "
            + "hub_ids, author, created_at, published_by, published_at";

    private final JdbcTemplate jdbc;

    DirectoryVersions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest version number of an item, 0 if it has none. */
    public int latest(ItemRef ref) {
        Integer latest = jdbc.queryForObject("select max(version) from directory_version where item_kind = ? and "
                + "item_id = ?", Integer.class, ref.kind().id(), ref.id());
        return latest == null ? 0 : latest;
    }

    /** The newest version number of every item that has versions. */
    public Map<ItemRef, Integer> latestOfAll() {
        Map<ItemRef, Integer> latest = new HashMap<>();
        jdbc.query("select item_kind, item_id, max(version) from directory_version group by item_kind, item_id",
                (ResultSet row) -> {
                    latest.put(ref(row), row.getInt(3));
                });
        return latest;
    }

    public Optional<StoredVersion> find(ItemRef ref, int version) {
        return jdbc.query("select " + COLUMNS + " from directory_version where item_kind = ? and item_id = ? and "
                + "version = ?", DirectoryVersions::version, ref.kind().id(), ref.id(), version).stream().findFirst();
    }

    /** Newest first. */
    public List<StoredVersion> history(ItemRef ref) {
        return jdbc.query("select " + COLUMNS + " from directory_version where item_kind = ? and item_id = ? order by "
                + "version desc", DirectoryVersions::version, ref.kind().id(), ref.id());
    }

    /** Drafts waiting to be published, newest first. */
    public List<StoredVersion> drafts() {
        return jdbc.query("select " + COLUMNS + " from directory_version where state = 'DRAFT' order by created_at "
                + "desc", DirectoryVersions::version);
    }

    /** Adds a version; fails with a duplicate key if someone else took this version number first. */
    public void insert(StoredVersion v) {
        jdbc.update("insert into directory_version (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                v.ref().kind().id(), v.ref().id(), v.version(), v.state().name(), v.archived(), v.details(),
                v.changes(), v.note(), String.join(",", v.hubIds()), v.author(), timestamp(v.createdAt()),
                v.publishedBy(), timestamp(v.publishedAt()));
    }

    /** Adds many versions at once (a load of the content files). */
    public void insertAll(Collection<StoredVersion> versions) {
        jdbc.batchUpdate("insert into directory_version (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?)", versions.stream().map(v -> new Object[] {v.ref().kind().id(), v.ref().id(), v.version(),
                        v.state().name(), v.archived(), v.details(), v.changes(), v.note(),
                        String.join(",", v.hubIds()), v.author(), timestamp(v.createdAt()), v.publishedBy(),
                        timestamp(v.publishedAt())}).toList());
    }

    /** Marks a draft published; false if it was not a draft any more. */
    public boolean markPublished(ItemRef ref, int version, String by, Instant at) {
        return jdbc.update("update directory_version set state = 'PUBLISHED', published_by = ?, published_at = ? "
                + "where item_kind = ? and item_id = ? and version = ? and state = 'DRAFT'", by, timestamp(at),
                ref.kind().id(), ref.id(), version) == 1;
    }

    /** Drafts older than a published version can no longer be published. */
    public void discardDraftsBefore(ItemRef ref, int version) {
        jdbc.update("update directory_version set state = 'DISCARDED' where item_kind = ? and item_id = ? and "
                + "version < ? and state = 'DRAFT'", ref.kind().id(), ref.id(), version);
    }

    private static StoredVersion version(ResultSet row, int rowNum) throws SQLException {
        String hubs = row.getString("hub_ids");
        return new StoredVersion(ref(row), row.getInt("version"), VersionState.valueOf(row.getString("state")),
                row.getBoolean("archived"), row.getString("details"), row.getString("changes"), row.getString("note"),
                hubs.isEmpty() ? List.of() : Arrays.asList(hubs.split(",")), row.getString("author"),
                instant(row.getTimestamp("created_at")), row.getString("published_by"),
                instant(row.getTimestamp("published_at")));
    }

    private static ItemRef ref(ResultSet row) throws SQLException {
        ItemKind kind = ItemKind.fromId(row.getString(1))
                .orElseThrow(() -> new IllegalStateException("Unknown item kind in directory_version"));
        return new ItemRef(kind, row.getString(2));
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
