package uk.plymouth.wellbeing.signposting.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;

/**
 * The items of one generation by ordinal (each document's {@link IndexFields#ITEM} number), the ordinal of each
 * item still in the index, and each item's place in A–Z title order (ties in the ranking). Never changed once
 * made: an update gives each changed item a new ordinal at the end and leaves its old one dead, so the numbers of a
 * generation still being searched never move.
 */
final class ItemTable {

    private final List<DirectoryItem> items;
    private final String[] titleKeys;
    private final Map<String, Integer> liveOrdinals; // read only
    /** Live ordinals, A–Z by title then id. */
    private final int[] byTitle;
    /** Place in {@link #byTitle} by ordinal; dead ordinals sort last. */
    private final int[] titleRanks;

    private ItemTable(List<DirectoryItem> items, String[] titleKeys, Map<String, Integer> liveOrdinals,
            int[] byTitle) {
        this.items = items;
        this.titleKeys = titleKeys;
        this.liveOrdinals = liveOrdinals;
        this.byTitle = byTitle;
        this.titleRanks = new int[items.size()];
        Arrays.fill(titleRanks, Integer.MAX_VALUE);
        for (int rank = 0; rank < byTitle.length; rank++) {
            titleRanks[byTitle[rank]] = rank;
        }
    }

    static ItemTable of(List<DirectoryItem> items) {
        return new ItemTable(List.of(), new String[0], Map.of(), new int[0]).with(items, List.of());
    }

    /** A new table in which {@code changed} (new or edited) items have new ordinals and {@code goneIds} none. */
    ItemTable with(List<DirectoryItem> changed, Collection<String> goneIds) {
        List<DirectoryItem> all = new ArrayList<>(items.size() + changed.size());
        all.addAll(items);
        Map<String, Integer> live = new HashMap<>(liveOrdinals);
        boolean[] dead = new boolean[items.size()];
        goneIds.forEach(id -> markDead(live.remove(id), dead));
        String[] keys = Arrays.copyOf(titleKeys, items.size() + changed.size());
        Integer[] added = new Integer[changed.size()];
        for (int i = 0; i < added.length; i++) {
            DirectoryItem item = changed.get(i);
            int ordinal = all.size();
            markDead(live.put(item.id(), ordinal), dead);
            all.add(item);
            keys[ordinal] = item.title().toLowerCase(Locale.UK) + '\u0000' + item.id();
            added[i] = ordinal;
        }
        Arrays.sort(added, Comparator.comparing((Integer ordinal) -> keys[ordinal]));
        // a plain HashMap, never changed once made: Map.copyOf of the benchmark's 15,000 ids ("bench-s-01234") was
        // measured at 30-40 ms, most of a publish; copying into a HashMap takes about 1 ms
        return new ItemTable(List.copyOf(all), keys, live, merged(dead, added, keys));
    }

    private static void markDead(@Nullable Integer ordinal, boolean[] dead) {
        if (ordinal != null && ordinal < dead.length) {
            dead[ordinal] = true;
        }
    }

    /** The old A–Z order without the dead ordinals, merged with the added ones (already in order). */
    private int[] merged(boolean[] dead, Integer[] added, String[] keys) {
        int[] out = new int[byTitle.length + added.length];
        int size = 0;
        int next = 0;
        for (int ordinal : byTitle) {
            if (dead[ordinal]) {
                continue;
            }
            while (next < added.length && keys[added[next]].compareTo(keys[ordinal]) < 0) {
                out[size++] = added[next++];
            }
            out[size++] = ordinal;
        }
        while (next < added.length) {
            out[size++] = added[next++];
        }
        return Arrays.copyOf(out, size);
    }

    DirectoryItem get(int ordinal) {
        return items.get(ordinal);
    }

    /** The indexed version of the item with this id, or null when it is not in the index. */
    @Nullable
    DirectoryItem live(String id) {
        Integer ordinal = liveOrdinals.get(id);
        return ordinal == null ? null : items.get(ordinal);
    }

    int ordinalOf(String id) {
        return liveOrdinals.get(id);
    }

    /** How many items are in the index. */
    int live() {
        return liveOrdinals.size();
    }

    /** How many ordinals have been given out, dead ones included. */
    int ordinals() {
        return items.size();
    }

    /** Place in A–Z title order by ordinal (shared: read only). */
    int[] titleRanks() {
        return titleRanks;
    }
}
