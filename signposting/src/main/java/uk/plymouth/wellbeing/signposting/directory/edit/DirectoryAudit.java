package uk.plymouth.wellbeing.signposting.directory.edit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.plymouth.wellbeing.signposting.catalogue.ItemRef;

/** Every look at and change to a directory item: who, when, what. */
@Repository
public class DirectoryAudit {

    /** What someone did. */
    public enum Action {
        VIEWED,
        SAVED_DRAFT,
        PUBLISHED,
        ARCHIVED,
        RESTORED,
        CHECKED_STILL_RIGHT,
        CONFLICT
    }

    /** One line of the audit. */
    public record Entry(Instant at, String username, Action action, ItemRef ref, @Nullable Integer version,
            @Nullable String detail) {}

    private final JdbcTemplate jdbc;

    DirectoryAudit(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(Instant at, String username, Action action, ItemRef ref, @Nullable Integer version,
            @Nullable String detail) {
        jdbc.update("insert into directory_audit (at, username, action, item_kind, item_id, version, detail) values "
                + "(?, ?, ?, ?, ?, ?, ?)", Timestamp.from(at), username, action.name(), ref.kind().id(), ref.id(),
                version, detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500));
    }

    /** A change to residents' words (not an item): kept under kind "words". */
    public void recordResidentWords(Instant at, String username, String detail) {
        recordOther(at, username, Action.PUBLISHED, "words", "synonyms", detail);
    }

    /** A change to the postcode places: kept under kind "places". */
    public void recordPlaces(Instant at, String username, String detail) {
        recordOther(at, username, Action.PUBLISHED, "places", "postcodes", detail);
    }

    /** A look at a list of items (filters in the detail): kept under kind "list". */
    public void recordListed(Instant at, String username, String detail) {
        recordOther(at, username, Action.VIEWED, "list", "directory", detail);
    }

    private void recordOther(Instant at, String username, Action action, String kind, String id, String detail) {
        jdbc.update("insert into directory_audit (at, username, action, item_kind, item_id, version, detail) values "
                + "(?, ?, ?, ?, ?, null, ?)", Timestamp.from(at), username, action.name(), kind, id,
                detail.length() <= 500 ? detail : detail.substring(0, 500));
    }

    /** Newest first. */
    public List<Entry> of(ItemRef ref) {
        return jdbc.query("select at, username, action, version, detail from directory_audit where item_kind = ? and "
                + "item_id = ? order by id desc", (row, n) -> new Entry(row.getTimestamp(1).toInstant(),
                        row.getString(2), Action.valueOf(row.getString(3)), ref,
                        (Integer) row.getObject(4), row.getString(5)), ref.kind().id(), ref.id());
    }
}
