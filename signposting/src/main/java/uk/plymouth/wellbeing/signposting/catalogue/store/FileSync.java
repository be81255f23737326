package uk.plymouth.wellbeing.signposting.catalogue.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.plymouth.wellbeing.signposting.catalogue.ItemKind;
import uk.plymouth.wellbeing.signposting.catalogue.ItemRef;
import uk.plymouth.wellbeing.signposting.catalogue.store.StoredVersion.VersionState;

/**
 * One load of the content files into the live rows: takes what the files changed, archives what they dropped,
 * counts it all and writes each change as a published version by "content files".
 */
final class FileSync {

    static final String AUTHOR = "content files";

    private final Map<ItemRef, Integer> latestVersions;
    private final String source;
    private final Instant now;
    final List<StoredVersion> versions = new ArrayList<>();
    int added;
    int updated;
    int unchanged;
    int archived;
    int restored;

    FileSync(Map<ItemRef, Integer> latestVersions, String source, Instant now) {
        this.latestVersions = latestVersions;
        this.source = source;
        this.now = now;
    }

    /** How many live items came from the files and would go if the files no longer gave them. */
    static <R, E extends StoredItem> int wouldDrop(List<R> records, List<E> stored, Function<R, String> idOf) {
        java.util.Set<String> inFiles = records.stream().map(idOf).collect(Collectors.toSet());
        return (int) stored.stream()
                .filter(e -> e.liveFromFiles() && !inFiles.contains(e.id())).count();
    }

    /** @param stored every row of {@code repository}, read once by the caller */
    <R, E extends StoredItem> void sync(List<R> records, List<E> stored, JpaRepository<E, String> repository,
            Function<R, String> idOf, Function<R, E> create, BiFunction<E, R, StoredItem.Change> take) {
        Map<String, E> existing = stored.stream().collect(Collectors.toMap(StoredItem::id, e -> e));
        for (R record : records) {
            E row = existing.remove(idOf.apply(record));
            if (row == null) {
                repository.save(create.apply(record));
                added++;
                version(record, false);
            } else {
                StoredItem.Change change = take.apply(row, record);
                count(change);
                if (change != StoredItem.Change.UNCHANGED) {
                    version(record, false);
                }
            }
        }
        for (E leftOver : existing.values()) {
            if (leftOver.droppedFromFiles(now)) {
                archived++;
                versions.add(versionOf(leftOver, true));
            }
        }
    }

    boolean changedAnything() {
        return added + updated + archived + restored > 0;
    }

    private void count(StoredItem.Change change) {
        switch (change) {
            case ADDED -> added++;
            case UPDATED -> updated++;
            case RESTORED -> restored++;
            case UNCHANGED -> unchanged++;
        }
    }

    private void version(Object record, boolean archive) {
        ItemRef ref = ItemRef.of(record);
        ItemJson json = ItemJson.of(record);
        versions.add(new StoredVersion(ref, nextVersion(ref), VersionState.PUBLISHED, archive, json.text(), "[]",
                "Loaded from " + source, ItemKind.hubIdsOf(record), AUTHOR, now, AUTHOR, now));
    }

    private StoredVersion versionOf(StoredItem item, boolean archive) {
        ItemKind kind = item instanceof StoredHub ? ItemKind.HUB
                : item instanceof StoredService ? ItemKind.SERVICE : ItemKind.ACTIVITY;
        Object record = ItemJson.read(item.details(), kind.recordType());
        ItemRef ref = new ItemRef(kind, item.id());
        return new StoredVersion(ref, nextVersion(ref), VersionState.PUBLISHED, archive, item.details(), "[]",
                "No longer in " + source, ItemKind.hubIdsOf(record), AUTHOR, now, AUTHOR, now);
    }

    private int nextVersion(ItemRef ref) {
        return latestVersions.merge(ref, 1, Integer::sum);
    }
}
