package uk.plymouth.wellbeing.signposting.directory.imports;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import uk.plymouth.wellbeing.signposting.catalogue.ItemRef;
import uk.plymouth.wellbeing.signposting.directory.edit.DirectoryEditor;
import uk.plymouth.wellbeing.signposting.directory.edit.FieldChange;
import uk.plymouth.wellbeing.signposting.directory.edit.FieldChanges;
import uk.plymouth.wellbeing.signposting.directory.edit.ItemVersion;
import uk.plymouth.wellbeing.signposting.staff.StaffIdentity;

/**
 * For an item that came from another directory: which source, when it was last fetched, and the local edits made
 * over what the source last gave ("overrides"), field by field, so staff see what an import would otherwise change.
 */
@Service
public class ImportOverrides {

    /** An imported item's source and the fields edited here since the import's newest version. */
    public record Overrides(String sourceName, Instant fetchedAt, List<FieldChange> localChanges) {}

    private final JdbcTemplate jdbc;
    private final DirectoryEditor editor;

    ImportOverrides(JdbcTemplate jdbc, DirectoryEditor editor) {
        this.jdbc = jdbc;
        this.editor = editor;
    }

    /** Empty when the item did not come from an import source. */
    public Optional<Overrides> of(StaffIdentity who, ItemRef ref) {
        List<Overrides> found = jdbc.query("select s.name, i.fetched_at from item_source i join import_source s on "
                + "s.id = i.source_id where i.item_kind = ? and i.item_id = ? order by i.fetched_at desc",
                (row, n) -> new Overrides(row.getString(1), ((Timestamp) row.getTimestamp(2)).toInstant(),
                        List.of()), ref.kind().id(), ref.id());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Overrides source = found.get(0);
        String author = ImportSource.authorFor(source.sourceName());
        List<ItemVersion> history = editor.history(who, ref);
        Optional<ItemVersion> live = history.stream().filter(ItemVersion::isPublished).findFirst();
        // what the source gave that the live version was edited from (a newer import may wait as a draft)
        Optional<ItemVersion> imported = live.flatMap(current -> history.stream()
                .filter(v -> v.author().equals(author) && v.version() < current.version()).findFirst());
        List<FieldChange> local = imported.isPresent() && !live.get().author().equals(author)
                ? FieldChanges.between(imported.get().record(), live.get().record()).stream()
                        .filter(change -> !change.field().equals("lastVerified")).toList()
                : List.of();
        return Optional.of(new Overrides(source.sourceName(), source.fetchedAt(), local));
    }
}
