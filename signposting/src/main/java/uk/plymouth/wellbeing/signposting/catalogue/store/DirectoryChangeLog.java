package uk.plymouth.wellbeing.signposting.catalogue.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.plymouth.wellbeing.signposting.catalogue.ItemKind;
import uk.plymouth.wellbeing.signposting.catalogue.ItemRef;

/**
 * The log every app instance follows to keep its directory live. Each publish takes the next revision under the
 * counter's row lock, held until its transaction commits, so a reader never sees revision n+1 before revision n.
 */
@Repository
public class DirectoryChangeLog {

    /** A whole reload: hubs, places or residents' words changed, or the content files were loaded. */
    public static final String EVERYTHING = "all";

    private final JdbcTemplate jdbc;

    DirectoryChangeLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One change: an item, or (kind {@value #EVERYTHING}) the whole directory. */
    public record Change(long revision, String kind, String id) {

        public boolean isEverything() {
            return EVERYTHING.equals(kind);
        }

        public ItemRef ref() {
            return new ItemRef(ItemKind.fromId(kind).orElseThrow(), id);
        }
    }

    /** Records that these items changed, in the caller's transaction; returns the new revision. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long record(Collection<ItemRef> refs, Instant now) {
        long revision = next();
        jdbc.batchUpdate("insert into directory_change (revision, item_kind, item_id, changed_at) values (?, ?, ?, ?)",
                refs.stream().map(r -> new Object[] {revision, r.kind().id(), r.id(), Timestamp.from(now)}).toList());
        return revision;
    }

    /** Records that every instance should reload the whole directory, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long recordEverything(Instant now) {
        long revision = next();
        jdbc.update("insert into directory_change (revision, item_kind, item_id, changed_at) values (?, ?, ?, ?)",
                revision, EVERYTHING, "*", Timestamp.from(now));
        return revision;
    }

    public List<Change> after(long revision) {
        return jdbc.query("select revision, item_kind, item_id from directory_change where revision > ? order by "
                + "revision", (row, n) -> new Change(row.getLong(1), row.getString(2), row.getString(3)), revision);
    }

    public long current() {
        Long revision = jdbc.queryForObject("select revision from directory_revision where id = 1", Long.class);
        return revision == null ? 0 : revision;
    }

    private long next() {
        jdbc.update("update directory_revision set revision = revision + 1 where id = 1");
        return current();
    }
}
