package uk.plymouth.wellbeing.signposting.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.CatalogueSnapshot;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.location.PostcodeDirectory;

/**
 * One complete, immutable build of the index with everything that must match it: the directory it was built
 * from, the hub bits, the spelling vocabulary, the synonyms and the suggestions. Searches use one generation from
 * start to finish; a rebuild swaps in a new one and the old one closes once its last search has released it.
 */
final class IndexGeneration implements Closeable {

    final CatalogueSnapshot snapshot;
    final PostcodeDirectory places;
    final HubOrdinals hubs;
    final SpellingCorrector spelling;
    final List<DirectoryItem> items;
    final java.util.Map<String, Set<String>> fieldTerms;
    final Analyzer indexAnalyzer;
    final Analyzer queryAnalyzer;
    final Suggestions suggestions;
    final LocalDate builtFor;
    /** Whether every document carries its meaning as a vector (semantic search on, with a model). */
    final boolean hasVectors;
    final int documents;
    final long indexBytes;
    final Duration buildTime;

    private final SearcherManager searchers;

    private IndexGeneration(Builder b) throws IOException {
        this.snapshot = b.snapshot;
        this.places = b.snapshot.places();
        this.hubs = b.hubs;
        this.spelling = b.vocabulary.build();
        this.items = List.copyOf(b.items);
        this.fieldTerms = b.fieldTerms;
        this.indexAnalyzer = b.indexAnalyzer;
        this.queryAnalyzer = b.queryAnalyzer;
        this.suggestions = b.suggestions;
        this.builtFor = b.today;
        this.hasVectors = b.vectors != null;
        this.documents = b.documents;
        this.indexBytes = sizeOf(b.directory);
        this.searchers = new SearcherManager(b.directory, null);
        this.buildTime = Duration.ofNanos(System.nanoTime() - b.started);
        // the directory and the suggestions live exactly as long as the last reader on them: every search and
        // suggestion holds a reader, so closing this generation never pulls anything from under a running one
        IndexSearcher searcher = searchers.acquire();
        try {
            searcher.getIndexReader().getReaderCacheHelper().addClosedListener(key -> {
                b.suggestions.close();
                b.directory.close();
            });
        } finally {
            searchers.release(searcher);
        }
    }

    private static long sizeOf(ByteBuffersDirectory directory) throws IOException {
        long bytes = 0;
        for (String file : directory.listAll()) {
            bytes += directory.fileLength(file);
        }
        return bytes;
    }

    static IndexGeneration build(CatalogueSnapshot snapshot, LocalDate today, SearchProperties properties,
            SemanticEmbeddings embeddings) {
        try {
            return new Builder(snapshot, today, properties, embeddings).build();
        } catch (IOException e) {
            throw new UncheckedIOException("Building the search index in memory failed", e);
        }
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

    private static final class Builder {
        private final long started = System.nanoTime();
        private final CatalogueSnapshot snapshot;
        private final LocalDate today;
        private final SearchProperties properties;
        private final SemanticEmbeddings embeddings;
        private final HubOrdinals hubs;
        private final SpellingCorrector.Vocabulary vocabulary = new SpellingCorrector.Vocabulary();
        // one byte array per file: the cheapest in-memory input to read from and to clone
        private final ByteBuffersDirectory directory = new ByteBuffersDirectory(
                new org.apache.lucene.store.SingleInstanceLockFactory(), org.apache.lucene.store.ByteBuffersDataOutput::new,
                ByteBuffersDirectory.OUTPUT_AS_BYTE_ARRAY);
        private final Analyzer indexAnalyzer = ResidentAnalyzers.index();
        private Analyzer queryAnalyzer = ResidentAnalyzers.index();
        private Suggestions suggestions = Suggestions.none();
        private int documents;
        private float @Nullable [][] vectors;
        private List<DirectoryItem> items = List.of();
        private java.util.Map<String, Set<String>> fieldTerms = java.util.Map.of();

        Builder(CatalogueSnapshot snapshot, LocalDate today, SearchProperties properties,
                SemanticEmbeddings embeddings) {
            this.snapshot = snapshot;
            this.today = today;
            this.properties = properties;
            this.embeddings = embeddings;
            this.hubs = new HubOrdinals(snapshot.hubs().keySet());
        }

        IndexGeneration build() throws IOException {
            ResidentSynonyms synonyms = ResidentSynonyms.parse(snapshot.synonyms());
            queryAnalyzer = ResidentAnalyzers.query(synonyms.map());
            List<DirectoryItem> all = new ArrayList<>(snapshot.services().values());
            all.addAll(snapshot.activities().values());
            items = all;
            List<DirectoryItem> byTitle = new ArrayList<>(items);
            byTitle.sort(java.util.Comparator.comparing((DirectoryItem i) -> i.title().toLowerCase(java.util.Locale.UK))
                    .thenComparing(DirectoryItem::id));
            java.util.Map<String, Integer> titleRank = new java.util.HashMap<>();
            for (int i = 0; i < byTitle.size(); i++) {
                titleRank.put(byTitle.get(i).id(), i);
            }
            boolean semantic = properties.semantic() && embeddings.enabled();
            vectors = semantic && !items.isEmpty() ? embeddings.forItems(items) : null;
            DirectoryDocuments documentsOf = new DirectoryDocuments(snapshot, hubs, today, properties, vocabulary);
            IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(64)
                    .setSimilarity(new BM25Similarity());
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (int ordinal = 0; ordinal < items.size(); ordinal++) {
                    DirectoryItem item = items.get(ordinal);
                    org.apache.lucene.document.Document document = documentsOf.of(item, ordinal,
                            titleRank.get(item.id()));
                    if (vectors != null) {
                        document.add(new KnnFloatVectorField(IndexFields.VECTOR, vectors[ordinal],
                                VectorSimilarityFunction.DOT_PRODUCT));
                    }
                    writer.addDocument(document);
                }
                writer.forceMerge(1);
                writer.commit();
            }
            documents = items.size();
            fieldTerms = termsByField();
            addKnownWords(synonyms.words());
            suggestions = Suggestions.build(suggestionsFor(items), snapshot.places().areaNames());
            return new IndexGeneration(this);
        }

        /** Every term of every text field, so searches can drop words that cannot match without a lookup. */
        private java.util.Map<String, Set<String>> termsByField() throws IOException {
            java.util.Map<String, Set<String>> terms = new java.util.HashMap<>();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                for (String field : IndexFields.TEXT_FIELDS) {
                    Set<String> texts = new java.util.HashSet<>();
                    org.apache.lucene.index.Terms fieldTerms =
                            org.apache.lucene.index.MultiTerms.getTerms(reader, field);
                    if (fieldTerms != null) {
                        org.apache.lucene.index.TermsEnum each = fieldTerms.iterator();
                        for (org.apache.lucene.util.BytesRef term = each.next(); term != null; term = each.next()) {
                            texts.add(term.utf8ToString());
                        }
                    }
                    terms.put(field, Set.copyOf(texts));
                }
            }
            return java.util.Map.copyOf(terms);
        }

        private void addKnownWords(Set<String> synonymWords) {
            synonymWords.forEach(word -> vocabulary.add(word, 1));
            ResidentAnalyzers.FILLER_WORDS.forEach(word -> vocabulary.add(word, 1));
            org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET
                    .forEach(word -> vocabulary.add(new String((char[]) word), 1));
            Analyzer plain = ResidentAnalyzers.plain();
            for (String area : snapshot.places().areaNames()) {
                Tokens.of(plain, area).forEach(word -> vocabulary.add(word, 1));
            }
            for (String day : List.of("today", "tonight", "tomorrow", "weekend", "monday", "tuesday", "wednesday",
                    "thursday", "friday", "saturday", "sunday", "mondays", "tuesdays", "wednesdays", "thursdays",
                    "fridays", "saturdays", "sundays")) {
                vocabulary.add(day, 1);
            }
        }

        private static List<Suggestions.Entry> suggestionsFor(List<DirectoryItem> items) {
            List<Suggestions.Entry> entries = new ArrayList<>();
            for (Category category : Category.values()) {
                entries.add(new Suggestions.Entry(category.label(), 50));
            }
            for (DirectoryItem item : items) {
                long weight = item instanceof HubService ? 20 : 10;
                if (item.status() != uk.plymouth.wellbeing.signposting.catalogue.ItemStatus.ACTIVE) {
                    weight = 2;
                }
                entries.add(new Suggestions.Entry(item.title(), weight));
                item.tags().forEach(tag -> entries.add(new Suggestions.Entry(tag, 3)));
            }
            return entries;
        }
    }
}
