package uk.plymouth.wellbeing.signposting.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.VectorSimilarityFunction;
import uk.plymouth.wellbeing.signposting.catalogue.CatalogueSnapshot;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;

/**
 * Publishes a few changed items into the base of the current generation and opens the next generation on it:
 * edited and new items are written again under new ordinals, gone ones deleted, and the spelling vocabulary, the
 * field terms and the suggestions are adjusted by exactly those items, so they match what a full build of the same
 * directory would make. Scores differ a little until the next full build, because BM25 still counts replaced
 * documents until their segment is merged.
 */
final class IndexUpdate {

    private final IndexGeneration previous;
    private final CatalogueSnapshot next;
    private final SearchProperties properties;
    private final SemanticEmbeddings embeddings;
    private final IndexBase base;
    private final Set<String> changedIds;
    private final List<DirectoryItem> changed = new ArrayList<>();
    private final List<String> gone = new ArrayList<>();
    private final List<DirectoryItem> replaced = new ArrayList<>();

    IndexUpdate(IndexGeneration previous, CatalogueSnapshot next, Set<String> changedIds, SearchProperties properties,
            SemanticEmbeddings embeddings) {
        this.previous = previous;
        this.next = next;
        this.properties = properties;
        this.embeddings = embeddings;
        this.base = previous.base;
        this.changedIds = changedIds;
        for (String id : changedIds) {
            DirectoryItem now = next.services().containsKey(id) ? next.services().get(id) : next.activities().get(id);
            DirectoryItem before = previous.items.live(id);
            if (now != null) {
                changed.add(now);
            } else if (before != null) {
                gone.add(id);
            }
            if (before != null) {
                replaced.add(before);
            }
        }
    }

    /** Writes the changes and opens the generation that shows them; the previous generation is left as it was. */
    IndexGeneration apply() throws IOException {
        long started = System.nanoTime();
        ItemTable items = previous.items.with(changed, gone);
        SpellingCorrector.Vocabulary oldWords = new SpellingCorrector.Vocabulary();
        Map<String, Set<String>> oldTerms = new HashMap<>();
        DirectoryDocuments before = new DirectoryDocuments(previous.snapshot, base.hubs, base.today, properties,
                oldWords);
        for (DirectoryItem item : replaced) {
            FieldTerms.collect(before.of(item, 0), base.indexAnalyzer, oldTerms);
        }
        SpellingCorrector.Vocabulary newWords = new SpellingCorrector.Vocabulary();
        Map<String, Set<String>> newTerms = new HashMap<>();
        DirectoryDocuments after = new DirectoryDocuments(next, base.hubs, base.today, properties, newWords);
        float[][] vectors = base.semantic && !changed.isEmpty() ? embeddings.forChangedItems(changed) : null;
        for (int i = 0; i < changed.size(); i++) {
            DirectoryItem item = changed.get(i);
            Document document = after.of(item, items.ordinalOf(item.id()));
            if (vectors != null) {
                document.add(new KnnFloatVectorField(IndexFields.VECTOR, vectors[i],
                        VectorSimilarityFunction.DOT_PRODUCT));
            }
            FieldTerms.collect(document, base.indexAnalyzer, newTerms);
            base.put(item.id(), document);
        }
        for (String id : gone) {
            base.remove(id);
        }
        base.suggestions.replace(entriesOf(replaced), entriesOf(changed));
        DirectoryReader reader = base.openReader();
        try {
            return new IndexGeneration(base, next, items, previous.spelling.adjusted(newWords, oldWords),
                    FieldTerms.updated(previous.fieldTerms, newTerms, oldTerms, reader), reader, started,
                    base.logPublish(changedIds));
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    private static List<Suggestions.Entry> entriesOf(List<DirectoryItem> items) {
        List<Suggestions.Entry> entries = new ArrayList<>();
        items.forEach(item -> entries.addAll(Suggestions.entriesOf(item)));
        return entries;
    }
}
