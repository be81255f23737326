package uk.plymouth.wellbeing.signposting.directory.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import uk.plymouth.wellbeing.signposting.catalogue.CatalogueSnapshot;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.catalogue.ItemKind;
import uk.plymouth.wellbeing.signposting.catalogue.ItemRef;

/** A service or activity in the staff list, with its name order kept between versions of the directory. */
record ListEntry(DirectoryItem item, ItemRef ref, String key, boolean live, boolean archived) {

    static final Comparator<ListEntry> BY_NAME = Comparator.comparing(ListEntry::key)
            .thenComparing(e -> e.item().id());

    static ListEntry of(DirectoryItem item, boolean live, boolean archived) {
        return new ListEntry(item, ItemRef.of(item), item.title().toLowerCase(Locale.ROOT), live, archived);
    }

    /**
     * The live items in name order, keeping the order of every item the last version of the catalogue had unchanged
     * (the same record), so a publish sorts only what it changed.
     */
    static List<ListEntry> resorted(List<ListEntry> before, CatalogueSnapshot now) {
        List<ListEntry> kept = new ArrayList<>(before.size());
        Set<String> keptIds = new HashSet<>();
        for (ListEntry e : before) {
            Object current = e.ref().kind() == ItemKind.SERVICE ? now.services().get(e.ref().id())
                    : now.activities().get(e.ref().id());
            if (current == e.item()) {
                kept.add(e);
                keptIds.add(e.ref().id());
            }
        }
        List<ListEntry> changed = Stream.concat(now.services().values().stream(),
                        now.activities().values().stream())
                .filter(item -> !keptIds.contains(item.id())).map(item -> of(item, true, false)).sorted(BY_NAME)
                .toList();
        return merged(kept, changed);
    }

    static List<ListEntry> merged(List<ListEntry> a, List<ListEntry> b) {
        List<ListEntry> all = new ArrayList<>(a.size() + b.size());
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            boolean fromA = j == b.size() || (i < a.size() && BY_NAME.compare(a.get(i), b.get(j)) <= 0);
            all.add(fromA ? a.get(i++) : b.get(j++));
        }
        return all;
    }
}
