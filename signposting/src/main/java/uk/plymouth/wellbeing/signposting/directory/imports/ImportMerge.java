package uk.plymouth.wellbeing.signposting.directory.imports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.ItemKind;
import uk.plymouth.wellbeing.signposting.catalogue.ItemRef;
import uk.plymouth.wellbeing.signposting.catalogue.content.Checked;
import uk.plymouth.wellbeing.signposting.catalogue.store.DirectoryVersions;
import uk.plymouth.wellbeing.signposting.catalogue.store.LiveRecords;
import uk.plymouth.wellbeing.signposting.directory.edit.DirectoryEditor;

/**
 * Takes what a read of a source gave into the directory. An item the source gives as it gave it last time is left
 * alone; a changed one becomes a new version; a new one is added under a new id unless it is an item we already
 * have (same external id, or same name at the same hub or postcode). Items the source removed are archived; items it
 * no longer gives are archived only after a complete read. Every run ends with one catch-up of the live directory.
 */
@Component
class ImportMerge {

    private final DirectoryEditor editor;
    private final ItemSourceStore links;
    private final Catalogue catalogue;
    private final DirectoryVersions versions;
    private final LiveRecords live;
    private final Clock clock;

    ImportMerge(DirectoryEditor editor, ItemSourceStore links, Catalogue catalogue, DirectoryVersions versions,
            LiveRecords live, Clock clock) {
        this.clock = clock;
        this.editor = editor;
        this.links = links;
        this.catalogue = catalogue;
        this.versions = versions;
        this.live = live;
    }

    /** What a run did, and plain lines for what it could not do. */
    record Outcome(ImportCounts counts, List<String> problems) {}

    Outcome apply(ImportSource source, Feed feed, Instant now) {
        return editor.batch(() -> merge(source, feed, now));
    }

    private Outcome merge(ImportSource source, Feed feed, Instant now) {
        Map<String, ItemLink> known = links.ofSource(source.id());
        ItemMatcher matcher = new ItemMatcher(source, known.values(), catalogue.snapshot());
        NewItemIds ids = new NewItemIds(versions, live);
        ImportWrites writes = new ImportWrites(editor, source);
        ImportChecks checks = new ImportChecks(catalogue.snapshot(), LocalDate.ofInstant(now, clock.getZone()));
        Map<String, String> unchanged = new java.util.HashMap<>();
        feed.unchanged().forEach(id -> unchanged.put(id, Optional.ofNullable(known.get(id)).map(ItemLink::listHash)
                .orElse("")));
        List<String> refused = new ArrayList<>();
        for (FetchedItem item : feed.items()) {
            ItemLink link = known.get(item.externalId());
            if (link != null && link.goneAt() == null && item.hash().equals(link.hash())) {
                unchanged.put(item.externalId(), item.listHash() == null ? "" : item.listHash());
                continue;
            }
            Optional<ItemRef> existing = link != null ? Optional.of(link.item()) : matcher.byNameAndPlace(item);
            ItemRef ref = existing.orElseGet(() -> new ItemRef(ItemKind.of(item.record()),
                    ids.forName(ItemKind.nameOf(item.record()))));
            matcher.claim(ref);
            Checked<?> checked = checks.check(ImportedRecords.withId(item.record(), ref.id()));
            if (!checked.ok()) {
                refused.add(ItemKind.of(item.record()).id() + " " + item.externalId() + " (\""
                        + ItemKind.nameOf(item.record()) + "\"): " + ImportChecks.inWords(checked));
                continue;
            }
            Object record = checked.value();
            boolean taken = true;
            if (existing.isEmpty()) {
                writes.add(record, item.notes());
            } else {
                taken = writes.change(ref, record, item.notes());
            }
            links.save(new ItemLink(source.id(), item.externalId(), ref, now, taken ? item.hash() : null, null,
                    taken ? item.listHash() : null));
        }
        links.touch(source.id(), unchanged, now);
        writes.unchanged += unchanged.size();
        archiveGone(source, feed, known, writes, now);
        List<String> problems = new ArrayList<>(feed.skipped());
        problems.addAll(refused);
        problems.addAll(writes.conflicts());
        return new Outcome(new ImportCounts(writes.added, writes.updated, writes.unchanged, writes.archived,
                writes.drafts, problems.size()), problems);
    }

    private void archiveGone(ImportSource source, Feed feed, Map<String, ItemLink> known, ImportWrites writes,
            Instant now) {
        java.util.Set<String> given = new java.util.HashSet<>();
        feed.items().forEach(item -> given.add(item.externalId()));
        given.addAll(feed.unchanged());
        for (ItemLink link : known.values()) {
            String id = link.externalId();
            if (link.goneAt() != null || given.contains(id) || feed.isUnusable(id)) {
                continue;
            }
            boolean removed = feed.isRemoved(id);
            if (removed || feed.complete()) {
                String why = removed ? "Removed from " + source.name() : "No longer in " + source.name();
                if (writes.archive(link.item(), why)) {
                    links.save(new ItemLink(source.id(), id, link.item(), now, null, now, null));
                }
            }
        }
    }
}
