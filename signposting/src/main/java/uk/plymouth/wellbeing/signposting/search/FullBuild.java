package uk.plymouth.wellbeing.signposting.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.VectorSimilarityFunction;
import uk.plymouth.wellbeing.signposting.catalogue.CatalogueSnapshot;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;

/** Builds a whole generation from a directory snapshot on a new base: every item indexed, merged to one segment. */
final class FullBuild {

    private static final List<String> DAY_WORDS = List.of("today", "tonight", "tomorrow", "weekend", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mondays", "tuesdays", "wednesdays",
            "thursdays", "fridays", "saturdays", "sundays");

    private FullBuild() {}

    static IndexGeneration of(CatalogueSnapshot snapshot, LocalDate today, SearchProperties properties,
            SemanticEmbeddings embeddings) {
        long started = System.nanoTime();
        ResidentSynonyms synonyms = ResidentSynonyms.parse(snapshot.synonyms());
        List<DirectoryItem> all = new ArrayList<>(snapshot.services().values());
        all.addAll(snapshot.activities().values());
        boolean semantic = properties.semantic() && embeddings.enabled();
        float[][] vectors = semantic && !all.isEmpty() ? embeddings.forItems(all) : null;
        Suggestions suggestions = Suggestions.build(Suggestions.entriesFor(all), snapshot.places().areaNames());
        IndexBase base;
        try {
            base = new IndexBase(snapshot, today, synonyms, suggestions, semantic);
        } catch (IOException | RuntimeException e) {
            closeQuietly(suggestions::close, e);
            throw unchecked(e);
        }
        DirectoryReader reader = null;
        try {
            ItemTable items = ItemTable.of(all);
            SpellingCorrector.Vocabulary vocabulary = new SpellingCorrector.Vocabulary();
            DirectoryDocuments documents = new DirectoryDocuments(snapshot, base.hubs, today, properties, vocabulary);
            for (int ordinal = 0; ordinal < all.size(); ordinal++) {
                Document document = documents.of(all.get(ordinal), ordinal);
                if (vectors != null) {
                    document.add(new KnnFloatVectorField(IndexFields.VECTOR, vectors[ordinal],
                            VectorSimilarityFunction.DOT_PRODUCT));
                }
                base.add(document);
            }
            base.mergeToOneSegment();
            reader = base.openReader();
            addKnownWords(vocabulary, synonyms.words(), snapshot);
            return new IndexGeneration(base, snapshot, items, vocabulary.build(), FieldTerms.read(reader), reader,
                    started, 0);
        } catch (IOException | RuntimeException e) {
            if (reader != null) {
                closeQuietly(reader::close, e);
            }
            closeQuietly(base::abandon, e);
            throw unchecked(e);
        }
    }

    /** Words that are right though no item uses them: synonyms, filler and stop words, places and days. */
    static void addKnownWords(SpellingCorrector.Vocabulary vocabulary, Set<String> synonymWords,
            CatalogueSnapshot snapshot) {
        synonymWords.forEach(word -> vocabulary.add(word, 1));
        ResidentAnalyzers.FILLER_WORDS.forEach(word -> vocabulary.add(word, 1));
        EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(word -> vocabulary.add(new String((char[]) word), 1));
        Analyzer plain = ResidentAnalyzers.plain();
        for (String area : snapshot.places().areaNames()) {
            Tokens.of(plain, area).forEach(word -> vocabulary.add(word, 1));
        }
        DAY_WORDS.forEach(day -> vocabulary.add(day, 1));
    }

    private static RuntimeException unchecked(Exception e) {
        return e instanceof IOException io ? new UncheckedIOException("Building the search index in memory failed",
                io) : (RuntimeException) e;
    }

    private static void closeQuietly(Closing closing, Exception failure) {
        try {
            closing.close();
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    @FunctionalInterface
    interface Closing {
        void close() throws IOException;
    }
}
