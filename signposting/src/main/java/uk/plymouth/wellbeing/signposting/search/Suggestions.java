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
 * of any word ("foot" finds "Walking football").
 */
final class Suggestions implements Closeable {

    /** Something worth suggesting and how strongly. */
    record Entry(String text, long weight) {}

    private final AnalyzingInfixSuggester suggester;

    private Suggestions(AnalyzingInfixSuggester suggester) {
        this.suggester = suggester;
    }

    static Suggestions none() {
        return build(List.of(), List.of());
    }

    static Suggestions build(List<Entry> entries, Collection<String> places) {
        Map<String, Entry> merged = new LinkedHashMap<>();
        for (Entry entry : entries) {
            String key = entry.text().strip().toLowerCase(Locale.UK);
            if (!key.isEmpty()) {
                merged.merge(key, entry, (a, b) -> new Entry(a.text(), a.weight() + b.weight()));
            }
        }
        for (String place : places) {
            merged.putIfAbsent(place, new Entry(capitalised(place), 1));
        }
        try {
            AnalyzingInfixSuggester suggester = new AnalyzingInfixSuggester(new ByteBuffersDirectory(),
                    ResidentAnalyzers.plain(), ResidentAnalyzers.plain(), 2, false, true, false);
            suggester.build(new Entries(new ArrayList<>(merged.values())));
            return new Suggestions(suggester);
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

    List<String> lookup(String typed, int limit) throws IOException {
        if (suggester.getCount() == 0) {
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (Lookup.LookupResult result : suggester.lookup(typed, limit * 2, true, false)) {
            String text = result.key.toString();
            if (seen.add(text.toLowerCase(Locale.UK)) && out.size() < limit) {
                out.add(text);
            }
        }
        return out;
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
            return current.weight();
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
