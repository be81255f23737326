package uk.plymouth.wellbeing.signposting.directory.edit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.CatalogueSnapshot;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.catalogue.ItemKind;
import uk.plymouth.wellbeing.signposting.catalogue.ItemRef;
import uk.plymouth.wellbeing.signposting.catalogue.ItemStatus;
import uk.plymouth.wellbeing.signposting.catalogue.store.CatalogueStore;
import uk.plymouth.wellbeing.signposting.catalogue.store.DirectoryVersions;
import uk.plymouth.wellbeing.signposting.catalogue.store.LiveRecords;
import uk.plymouth.wellbeing.signposting.catalogue.store.StoredVersion;
import uk.plymouth.wellbeing.signposting.directory.DirectoryProperties;
import uk.plymouth.wellbeing.signposting.staff.StaffIdentity;

/**
 * The directory as staff keep it: the services and activities of their hubs (admins: all), filtered, found by name,
 * sorted by name and paged, with what needs checking and what waits to be published. Live items come from the
 * catalogue in memory, sorted once per version of it; only drafts (and archived items, when asked for) are read from
 * the database.
 */
@Service
public class DirectoryListing {

    /** Which items a list shows by where they stand. */
    public enum Show { EVERYTHING, ACTIVE, TEMPORARILY_CLOSED, DRAFT_WAITING, ARCHIVED }

    /** What to list; {@code hubId} and {@code category} null mean any, {@code text} blank means any name. */
    public record Filter(@Nullable String hubId, @Nullable Category category, Show show, boolean needsChecking,
            String text) {
        public static Filter everything() {
            return new Filter(null, null, Show.EVERYTHING, false, "");
        }
    }

    /**
     * One service or activity in the list.
     *
     * @param live whether it is on the directory now (false: archived, or new and only a draft so far)
     * @param draftVersion the newest draft waiting to be published, if any
     */
    public record Row(ItemRef ref, String name, List<String> hubIds, Category category, ItemStatus status,
            boolean live, boolean archived, @Nullable LocalDate lastVerified, boolean needsChecking,
            @Nullable Integer draftVersion) {}

    /** One page of rows, from {@code first} (0-based) of {@code total} that match. */
    public record Page(List<Row> rows, int first, int total) {}

    /** A draft waiting for someone who may publish it. */
    public record Waiting(ItemRef ref, String name, List<String> hubIds, int version, String author,
            Instant savedAt, @Nullable String note, boolean mayPublish) {}

    private record Sorted(Object source, List<ListEntry> entries) {}

    private final Catalogue catalogue;
    private final DirectoryVersions versions;
    private final CatalogueStore store;
    private final LiveRecords records;
    private final DirectoryProperties properties;
    private final DirectoryAudit audit;
    private final Clock clock;
    private volatile Sorted live = new Sorted(new Object(), List.of());
    private volatile Sorted archived = new Sorted(new Object(), List.of());

    DirectoryListing(Catalogue catalogue, DirectoryVersions versions, CatalogueStore store, LiveRecords records,
            DirectoryProperties properties, DirectoryAudit audit, Clock clock) {
        this.catalogue = catalogue;
        this.versions = versions;
        this.store = store;
        this.records = records;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** The rows from {@code first} (at most {@code size}) of what this member of staff may see and asked for. */
    public Page page(StaffIdentity who, Filter filter, int first, int size) {
        Map<ItemRef, StoredVersion> drafts = newestDrafts();
        List<ListEntry> candidates = filter.show() == Show.ARCHIVED ? archivedEntries() : liveEntries(drafts);
        LocalDate checkedSince = checkedSince();
        String text = filter.text().strip().toLowerCase(Locale.ROOT);
        Predicate<ListEntry> wanted = e -> mayList(who, e.item()) && matches(filter, e, text, drafts, checkedSince);
        List<Row> rows = new ArrayList<>(Math.min(size, 100));
        int total = 0;
        for (ListEntry entry : candidates) {
            if (wanted.test(entry)) {
                if (total >= first && rows.size() < size) {
                    rows.add(row(entry, drafts, checkedSince));
                }
                total++;
            }
        }
        audit.recordListed(clock.instant(), who.username(), filter + ", from " + first);
        return new Page(rows, first, total);
    }

    /** How many live services and activities at each of this member's hubs need checking, by hub id. */
    public Map<String, Integer> needsCheckingByHub(StaffIdentity who) {
        LocalDate since = checkedSince();
        Map<String, Integer> counts = new TreeMap<>();
        CatalogueSnapshot now = catalogue.snapshot();
        Stream.concat(now.services().values().stream(), now.activities().values().stream())
                .filter(item -> needsChecking(item, since))
                .forEach(item -> item.hubIds().stream().filter(who::canSee)
                        .forEach(hub -> counts.merge(hub, 1, Integer::sum)));
        return counts;
    }

    /** Drafts this member of staff may see, newest first; {@code mayPublish} says whether they may publish each. */
    public List<Waiting> waitingToPublish(StaffIdentity who) {
        return newestDrafts().values().stream()
                .filter(d -> EditRights.maySee(who, d.hubIds()))
                .sorted(Comparator.comparing(StoredVersion::createdAt).reversed())
                .map(d -> new Waiting(d.ref(), ItemKind.nameOf(d.record(d.ref().kind().recordType())), d.hubIds(),
                        d.version(), d.author(), d.createdAt(), d.note(), EditRights.mayPublish(who, d.hubIds())))
                .toList();
    }

    /** Whether this member of staff may publish changes to an item of these hubs (hub leads of them, admins). */
    public boolean mayPublish(StaffIdentity who, Collection<String> hubIds) {
        return EditRights.mayPublish(who, hubIds);
    }

    /** Whether an item last checked on this date is due to be checked again. */
    public boolean needsChecking(@Nullable LocalDate lastVerified) {
        return lastVerified == null || lastVerified.isBefore(checkedSince());
    }

    private LocalDate checkedSince() {
        return LocalDate.now(clock).minus(properties.checkEvery());
    }

    private static boolean needsChecking(DirectoryItem item, LocalDate since) {
        return item.lastVerified() == null || item.lastVerified().isBefore(since);
    }

    private static boolean mayList(StaffIdentity who, DirectoryItem item) {
        return who.isAdmin() || item.hubIds().stream().anyMatch(who.hubIds()::contains);
    }

    private static boolean matches(Filter filter, ListEntry e, String text, Map<ItemRef, StoredVersion> drafts,
            LocalDate checkedSince) {
        DirectoryItem item = e.item();
        boolean shown = switch (filter.show()) {
            case EVERYTHING, ARCHIVED -> true;
            case ACTIVE -> item.status() == ItemStatus.ACTIVE;
            case TEMPORARILY_CLOSED -> item.status() == ItemStatus.TEMPORARILY_CLOSED;
            case DRAFT_WAITING -> drafts.containsKey(e.ref());
        };
        return shown && (filter.hubId() == null || item.hubIds().contains(filter.hubId()))
                && (filter.category() == null || item.category() == filter.category())
                && (!filter.needsChecking() || needsChecking(item, checkedSince))
                && (text.isEmpty() || e.key().contains(text) || item.id().contains(text));
    }

    private static Row row(ListEntry e, Map<ItemRef, StoredVersion> drafts, LocalDate checkedSince) {
        DirectoryItem item = e.item();
        StoredVersion draft = drafts.get(e.ref());
        return new Row(e.ref(), item.title(), item.hubIds(), item.category(), item.status(), e.live(), e.archived(),
                item.lastVerified(), needsChecking(item, checkedSince), draft == null ? null : draft.version());
    }

    /** The live items sorted by name, then items so far only in a draft (new ones) in their place. */
    private List<ListEntry> liveEntries(Map<ItemRef, StoredVersion> drafts) {
        CatalogueSnapshot now = catalogue.snapshot();
        Sorted sorted = live;
        if (sorted.source() != now) {
            sorted = new Sorted(now, ListEntry.resorted(sorted.entries(), now));
            live = sorted;
        }
        List<ListEntry> onlyDrafts = drafts.values().stream()
                .filter(d -> d.ref().kind() != ItemKind.HUB && catalogue.item(d.ref().id()).isEmpty())
                .map(d -> ListEntry.of((DirectoryItem) d.record(d.ref().kind().recordType()), false, false))
                .sorted(ListEntry.BY_NAME).toList();
        return onlyDrafts.isEmpty() ? sorted.entries() : ListEntry.merged(sorted.entries(), onlyDrafts);
    }

    /** Archived services and activities, read from the database once for each version of the live directory. */
    private List<ListEntry> archivedEntries() {
        CatalogueSnapshot now = catalogue.snapshot();
        Sorted sorted = archived;
        if (sorted.source() != now) {
            Stream<DirectoryItem> items = store.archivedIds().stream().flatMap(id -> Stream.of(ItemKind.SERVICE,
                    ItemKind.ACTIVITY).map(kind -> records.find(new ItemRef(kind, id))).flatMap(Optional::stream)
                    .filter(LiveRecords.Live::archived).map(found -> (DirectoryItem) found.record()).limit(1));
            sorted = new Sorted(now, items.map(item -> ListEntry.of(item, false, true)).sorted(ListEntry.BY_NAME)
                    .toList());
            archived = sorted;
        }
        return sorted.entries();
    }

    private Map<ItemRef, StoredVersion> newestDrafts() {
        Map<ItemRef, StoredVersion> newest = new HashMap<>();
        for (StoredVersion draft : versions.drafts()) {
            newest.merge(draft.ref(), draft, (a, b) -> a.version() >= b.version() ? a : b);
        }
        return newest;
    }
}
