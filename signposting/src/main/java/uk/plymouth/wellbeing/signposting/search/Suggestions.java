package uk.plymouth.wellbeing.signposting.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.catalogue.ItemStatus;

/**
 * Suggestions as you type: names of services and activities, categories, tags and places, matched on the start
 * of any word ("foot" finds "Walking football"). Published items change them in place ({@link #replace}).
 */
final class Suggestions implements Closeable {

    private static final int TIE_BITS = 40;
    private static final long MAX_WEIGHT = (1L << 22) - 1;

    /** Something worth suggesting and how strongly. */
    record Entry(String text, long weight) {}

    private final AnalyzingInfixSuggester suggester;
    /** Each suggestion by its lower-case text: the text as first given and the sum of its items' weights. */
    private final Map<String, Entry> merged;
    /** Place names: suggested with weight 1 when no item has the same text. */
    private final Set<String> places;

    private Suggestions(AnalyzingInfixSuggester suggester, Map<String, Entry> merged, Set<String> places) {
        this.suggester = suggester;
        this.merged = merged;
        this.places = places;
    }

    static Suggestions none() {
        return build(List.of(), List.of());
    }

    static Suggestions build(List<Entry> entries, Collection<String> places) {
        Map<String, Entry> merged = new LinkedHashMap<>();
        for (Entry entry : entries) {
            String key = keyOf(entry);
            if (!key.isEmpty()) {
                merged.merge(key, entry, (a, b) -> new Entry(a.text(), a.weight() + b.weight()));
            }
        }
        List<Entry> all = new ArrayList<>(merged.values());
        for (String place : places) {
            if (!merged.containsKey(place)) {
                all.add(new Entry(capitalised(place), 1));
            }
        }
        try {
            AnalyzingInfixSuggester suggester = new AnalyzingInfixSuggester(new ByteBuffersDirectory(),
                    ResidentAnalyzers.plain(), ResidentAnalyzers.plain(), 2, false, true, false);
            suggester.build(new Entries(all));
            return new Suggestions(suggester, merged, Set.copyOf(places));
        } catch (IOException e) {
            throw new UncheckedIOException("Building suggestions in memory failed", e);
        }
    }

    /** The categories, then the titles and tags of these items, each weighted as the suggestions weigh them. */
    static List<Entry> entriesFor(List<DirectoryItem> items) {
        List<Entry> entries = new ArrayList<>();
        for (Category category : Category.values()) {
            entries.add(new Entry(category.label(), 50));
        }
        items.forEach(item -> entries.addAll(entriesOf(item)));
        return entries;
    }

    /** An item's title (running services count most) and its tags. */
    static List<Entry> entriesOf(DirectoryItem item) {
        List<Entry> entries = new ArrayList<>();
        long weight = item.status() != ItemStatus.ACTIVE ? 2 : item instanceof HubService ? 20 : 10;
        entries.add(new Entry(item.title(), weight));
        item.tags().forEach(tag -> entries.add(new Entry(tag, 3)));
        return entries;
    }

    /**
     * Takes the entries of replaced or removed items out and those of new or edited ones in, with the weights a full
     * build would give. A suggestion no item holds any more stays in the suggester at weight 0 and is never shown;
     * one whose spelling changes keeps its first spelling until the next full build.
     */
    synchronized void replace(List<Entry> removed, List<Entry> added) throws IOException {
        Map<String, Long> change = new LinkedHashMap<>();
        Map<String, String> newTexts = new LinkedHashMap<>();
        removed.forEach(entry -> change.merge(keyOf(entry), -entry.weight(), Long::sum));
        for (Entry entry : added) {
            change.merge(keyOf(entry), entry.weight(), Long::sum);
            newTexts.putIfAbsent(keyOf(entry), entry.text());
        }
        boolean changed = false;
        for (Map.Entry<String, Long> each : change.entrySet()) {
            String key = each.getKey();
            if (key.isEmpty() || each.getValue() == 0) {
                continue;
            }
            Entry before = merged.get(key);
            long weight = Math.max(0, (before == null ? 0 : before.weight()) + each.getValue());
            String text = before != null ? before.text() : places.contains(key) ? capitalised(key)
                    : newTexts.getOrDefault(key, key);
            merged.put(key, new Entry(text, weight));
            long shown = weight > 0 ? weight : places.contains(key) ? 1 : 0;
            suggester.update(new BytesRef(text), null, ranked(shown, text), null); // adds it when it is new
            changed = true;
        }
        if (changed) {
            suggester.refresh();
        }
    }

    List<String> lookup(String typed, int limit) throws IOException {
        if (suggester.getCount() == 0) {
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (Lookup.LookupResult result : suggester.lookup(typed, limit * 2, true, false)) {
            String text = result.key.toString();
            // best first, so anything at weight 0 (no item holds it any more) comes after every live one
            if (result.value >>> TIE_BITS > 0 && seen.add(text.toLowerCase(Locale.UK)) && out.size() < limit) {
                out.add(text);
            }
        }
        return out;
    }

    /**
     * The weight the suggester sorts by: the entry's own, then A–Z by the first eight letters, so equal weights come
     * in the same order however the suggestions were built or published.
     */
    static long ranked(long weight, String text) {
        long letters = 0;
        String lower = text.strip().toLowerCase(Locale.UK);
        for (int i = 0; i < TIE_BITS / 5; i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            letters = (letters << 5) | (c >= 'a' && c <= 'z' ? c - 'a' + 1 : 0);
        }
        return (Math.min(weight, MAX_WEIGHT) << TIE_BITS) | ((1L << TIE_BITS) - 1 - letters);
    }

    private static String keyOf(Entry entry) {
        return entry.text().strip().toLowerCase(Locale.UK);
    }

    @Override
    public void close() throws IOException {
        suggester.close();
    }

    private static String capitalised(String place) {
        StringBuilder out = new StringBuilder();
        for (String word : place.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }

    /** Feeds entries to the suggester. */
    private static final class Entries implements InputIterator {
        private final Iterator<Entry> entries;
        private Entry current = new Entry("", 0);

        Entries(List<Entry> entries) {
            this.entries = entries.iterator();
        }

        @Override
        public BytesRef next() {
            if (!entries.hasNext()) {
                return null;
            }
            current = entries.next();
            return new BytesRef(current.text().getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public long weight() {
            return ranked(current.weight(), current.text());
        }

        @Override
        public BytesRef payload() {
            return null;
        }

        @Override
        public boolean hasPayloads() {
            return false;
        }

        @Override
        public Set<BytesRef> contexts() {
            return null;
        }

        @Override
        public boolean hasContexts() {
            return false;
        }
    }
}
