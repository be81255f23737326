package uk.plymouth.wellbeing.signposting.search;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import uk.plymouth.wellbeing.signposting.catalogue.CatalogueSnapshot;
import uk.plymouth.wellbeing.signposting.location.PostcodeDirectory;

/**
 * One point-in-time view of the index with everything that must match it: the directory it shows, the items by
 * ordinal, the spelling vocabulary and the terms of each field. Searches use one generation from start to finish;
 * a full build ({@link FullBuild}) or a publish ({@link IndexUpdate}) swaps in a new one, and the old one closes
 * once its last search has released it. Generations between two full builds share an {@link IndexBase}.
 */
final class IndexGeneration implements Closeable {

    final CatalogueSnapshot snapshot;
    final IndexBase base;
    final PostcodeDirectory places;
    final HubOrdinals hubs;
    final SpellingCorrector spelling;
    final ItemTable items;
    final Map<String, Set<String>> fieldTerms;
    final Analyzer indexAnalyzer;
    final Analyzer queryAnalyzer;
    final Suggestions suggestions;
    final LocalDate builtFor;
    /** Whether every document carries its meaning as a vector (semantic search on, with a model). */
    final boolean hasVectors;
    final int documents;
    final long indexBytes;
    final Duration buildTime;
    /** How many publishes the base had had when this generation was opened (0: the full build itself). */
    final int publishes;

    private final SearcherManager searchers;

    /** Takes over {@code reader}: it closes with this generation, and the last generation on a base closes that. */
    IndexGeneration(IndexBase base, CatalogueSnapshot snapshot, ItemTable items, SpellingCorrector spelling,
            Map<String, Set<String>> fieldTerms, DirectoryReader reader, long startedNanos, int publishes)
            throws IOException {
        this.snapshot = snapshot;
        this.base = base;
        this.places = snapshot.places();
        this.hubs = base.hubs;
        this.spelling = spelling;
        this.items = items;
        this.fieldTerms = fieldTerms;
        this.indexAnalyzer = base.indexAnalyzer;
        this.queryAnalyzer = base.queryAnalyzer;
        this.suggestions = base.suggestions;
        this.builtFor = base.today;
        this.documents = items.live();
        this.hasVectors = base.semantic && documents > 0;
        this.publishes = publishes;
        this.indexBytes = sizeOf(reader);
        base.retain();
        // every search and suggestion holds the reader, so the base (directory, writer, suggestions) stays open
        // until the last search on the last generation over it has finished
        reader.getReaderCacheHelper().addClosedListener(key -> base.release());
        this.searchers = new SearcherManager(reader, null);
        this.buildTime = Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    static IndexGeneration build(CatalogueSnapshot snapshot, LocalDate today, SearchProperties properties,
            SemanticEmbeddings embeddings) {
        return FullBuild.of(snapshot, today, properties, embeddings);
    }

    /** Bytes of the segments this generation reads (deleted documents included until they are merged away). */
    private static long sizeOf(DirectoryReader reader) throws IOException {
        long bytes = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            if (FilterLeafReader.unwrap(leaf.reader()) instanceof SegmentReader segment) {
                bytes += segment.getSegmentInfo().sizeInBytes();
            }
        }
        return bytes;
    }

    /** How many items have been published one by one since the full build (an item published twice counts twice). */
    int publishedSinceBuild() {
        return base.itemsPublished(publishes);
    }

    /** Place in A–Z title order by item ordinal. */
    int[] titleRanks() {
        return items.titleRanks();
    }

    /** A searcher that must be given back with {@link #release}. */
    IndexSearcher acquire() throws IOException {
        return searchers.acquire();
    }

    void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    @Override
    public void close() throws IOException {
        searchers.close();
    }

    /** Things worth searching for that start like {@code text}; failing that, like it with slips mended. */
    List<String> suggest(String text, int limit) throws IOException {
        List<String> found = suggestions.lookup(text, limit);
        if (!found.isEmpty()) {
            return found;
        }
        String mended = spelling.mendCompleteWords(text);
        return mended.equals(text) ? found : suggestions.lookup(mended, limit);
    }
}
