package uk.plymouth.wellbeing.signposting.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import uk.plymouth.wellbeing.signposting.catalogue.CatalogueSnapshot;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.location.PostcodeDistrict;

/**
 * What the generations between two full builds share: the in-memory directory and the one writer that puts
 * published items into it, the analyzers, the hub bits and the suggestions. Each generation holds a reference; the
 * writer, the directory and the suggestions close when the last generation on them has been released.
 */
final class IndexBase {

    final LocalDate today;
    final HubOrdinals hubs;
    final Analyzer indexAnalyzer = ResidentAnalyzers.index();
    final Analyzer queryAnalyzer;
    final Suggestions suggestions;
    /** Whether every document carries its meaning as a vector (semantic search on, with a model). */
    final boolean semantic;

    // what a published item may not change without a full build
    private final Map<String, Hub> hubsBuilt;
    private final List<PostcodeDistrict> districtsBuilt;
    private final String synonymsBuilt;

    // one byte array per file: the cheapest in-memory input to read from and to clone
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
            ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_BYTE_ARRAY);
    private final IndexWriter writer;
    private final AtomicInteger references = new AtomicInteger();
    /** The ids of each publish since the full build, in order. */
    private final List<Set<String>> published = new ArrayList<>();
    private final List<Integer> itemsPublished = new ArrayList<>(List.of(0));

    IndexBase(CatalogueSnapshot snapshot, LocalDate today, ResidentSynonyms synonyms, Suggestions suggestions,
            boolean semantic) throws IOException {
        this.today = today;
        this.hubs = new HubOrdinals(snapshot.hubs().keySet());
        this.queryAnalyzer = ResidentAnalyzers.query(synonyms.map());
        this.suggestions = suggestions;
        this.semantic = semantic;
        this.hubsBuilt = snapshot.hubs();
        this.districtsBuilt = snapshot.districts();
        this.synonymsBuilt = snapshot.synonyms();
        this.writer = new IndexWriter(directory, new IndexWriterConfig(indexAnalyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64)
                .setCommitOnClose(false)
                .setSimilarity(new BM25Similarity()));
    }

    /** Whether items of {@code next} can be published into this base: same hubs, places, synonyms and day. */
    boolean takes(CatalogueSnapshot next, LocalDate day) {
        return today.equals(day) && hubsBuilt.equals(next.hubs()) && districtsBuilt.equals(next.districts())
                && synonymsBuilt.equals(next.synonyms());
    }

    void add(Document document) throws IOException {
        writer.addDocument(document);
    }

    /** Puts the item's document in place of the one with the same id, if any. */
    void put(String id, Document document) throws IOException {
        writer.updateDocument(new Term(IndexFields.ID, id), document);
    }

    void remove(String id) throws IOException {
        writer.deleteDocuments(new Term(IndexFields.ID, id));
    }

    void mergeToOneSegment() throws IOException {
        writer.forceMerge(1);
    }

    /** A point-in-time reader of everything written so far, deletions applied (near-real-time: no commit). */
    DirectoryReader openReader() throws IOException {
        return DirectoryReader.open(writer, true, false);
    }

    /** Records the ids of one publish; returns how many publishes this base has had, this one included. */
    synchronized int logPublish(Set<String> ids) {
        published.add(Set.copyOf(ids));
        itemsPublished.add(itemsPublished.get(itemsPublished.size() - 1) + ids.size());
        return published.size();
    }

    /** The ids published after the first {@code from} publishes, up to and including publish {@code to}. */
    synchronized Set<String> publishedBetween(int from, int to) {
        Set<String> ids = new HashSet<>();
        published.subList(from, to).forEach(ids::addAll);
        return ids;
    }

    /** How many items the first {@code publishes} publishes changed (an item published twice counts twice). */
    synchronized int itemsPublished(int publishes) {
        return itemsPublished.get(publishes);
    }

    void retain() {
        references.incrementAndGet();
    }

    /** Gives back a generation's reference; the last one closes the writer, the directory and the suggestions. */
    void release() throws IOException {
        if (references.decrementAndGet() == 0) {
            close();
        }
    }

    /** Closes a base that no generation was ever made on (a build that failed). */
    void abandon() throws IOException {
        if (references.get() == 0) {
            close();
        }
    }

    private void close() throws IOException {
        try {
            writer.rollback(); // nothing to keep: stops any merge under way and closes without writing a commit
        } finally {
            try {
                directory.close();
            } finally {
                suggestions.close();
            }
        }
    }
}
