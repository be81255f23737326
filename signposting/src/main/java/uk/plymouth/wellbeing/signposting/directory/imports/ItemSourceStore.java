package uk.plymouth.wellbeing.signposting.directory.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.plymouth.wellbeing.signposting.catalogue.ItemKind;
import uk.plymouth.wellbeing.signposting.catalogue.ItemRef;

/** Which of our items came from which source, and what the source last gave ({@code item_source}). */
@Repository
class ItemSourceStore {

    private final JdbcTemplate jdbc;

    ItemSourceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every item a source ever gave, by the source's id for it. */
    Map<String, ItemLink> ofSource(long sourceId) {
        Map<String, ItemLink> links = new LinkedHashMap<>();
        jdbc.query("select source_id, external_id, item_kind, item_id, fetched_at, source_hash, gone_at, list_hash "
                + "from item_source where source_id = ?", (ResultSet row) -> {
                    ItemLink link = link(row);
                    links.put(link.externalId(), link);
                }, sourceId);
        return links;
    }

    /** Adds or replaces the link for one external id. */
    void save(ItemLink link) {
        Timestamp gone = link.goneAt() == null ? null : Timestamp.from(link.goneAt());
        int updated = jdbc.update("update item_source set item_kind = ?, item_id = ?, fetched_at = ?, source_hash = ?, "
                + "gone_at = ?, list_hash = ? where source_id = ? and external_id = ?", link.item().kind().id(),
                link.item().id(), Timestamp.from(link.fetchedAt()), link.hash(), gone, link.listHash(),
                link.sourceId(), link.externalId());
        if (updated == 0) {
            jdbc.update("insert into item_source (source_id, external_id, item_kind, item_id, fetched_at, "
                    + "source_hash, gone_at, list_hash) values (?, ?, ?, ?, ?, ?, ?, ?)", link.sourceId(),
                    link.externalId(), link.item().kind().id(), link.item().id(), Timestamp.from(link.fetchedAt()),
                    link.hash(), gone, link.listHash());
        }
    }

    /** Records that the source gave these items again, unchanged (external id to its list hash). */
    void touch(long sourceId, Map<String, String> listHashes, Instant now) {
        jdbc.batchUpdate("update item_source set fetched_at = ?, list_hash = ? where source_id = ? and "
                + "external_id = ?", listHashes.entrySet().stream().map(e -> new Object[] {Timestamp.from(now),
                        e.getValue().isEmpty() ? null : e.getValue(), sourceId, e.getKey()}).toList());
    }

    private static ItemLink link(ResultSet row) throws SQLException {
        ItemKind kind = ItemKind.fromId(row.getString("item_kind"))
                .orElseThrow(() -> new IllegalStateException("Unknown item kind in item_source"));
        Timestamp gone = row.getTimestamp("gone_at");
        return new ItemLink(row.getLong("source_id"), row.getString("external_id"),
                new ItemRef(kind, row.getString("item_id")), row.getTimestamp("fetched_at").toInstant(),
                row.getString("source_hash"), gone == null ? null : gone.toInstant(), row.getString("list_hash"));
    }
}
