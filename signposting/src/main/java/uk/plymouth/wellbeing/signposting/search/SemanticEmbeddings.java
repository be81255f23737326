package uk.plymouth.wellbeing.signposting.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;

/**
 * The meaning side of the search: the vector of each service and activity (from its title, summary, tags and
 * category, worked out once per distinct text and cached by content hash) and of each query (the last few hundred
 * kept). {@link #off()} is the BM25-only search: no model is loaded.
 */
public final class SemanticEmbeddings {

    private static final Logger log = LoggerFactory.getLogger(SemanticEmbeddings.class);
    private static final int RECENT_QUERIES = 512;

    private final int recentQueryCapacity;
    private final @Nullable TextEmbedder embedder;
    private final @Nullable EmbeddingCache cache;
    private final @Nullable SentenceVectors sentenceVectors;
    private final Map<String, float[]> recentQueries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > recentQueryCapacity;
        }
    };

    /** What the last {@link #forItems} did: how many vectors were worked out and how many came from the cache. */
    public record Counts(int embedded, int cached) {}

    private volatile Counts lastCounts = new Counts(0, 0);
    private volatile long lastEmbedMillis;

    private SemanticEmbeddings(@Nullable TextEmbedder embedder, @Nullable Path cacheDirectory,
            int recentQueryCapacity) {
        this.embedder = embedder;
        this.recentQueryCapacity = recentQueryCapacity;
        this.cache = embedder == null ? null
                : new EmbeddingCache(cacheDirectory, embedder.modelId(), embedder.dimensions());
        this.sentenceVectors = embedder == null ? null : new SentenceVectors(new EmbeddingCache(cacheDirectory, "sentences",
                embedder.modelId(), embedder.dimensions()));
    }

    /** Vectors from this model, cached in memory and (when not null) in a file under {@code cacheDirectory}. */
    public static SemanticEmbeddings using(TextEmbedder embedder, @Nullable Path cacheDirectory) {
        return new SemanticEmbeddings(embedder, cacheDirectory, RECENT_QUERIES);
    }

    /** The same, remembering the vectors of the last {@code recentQueries} queries (0: none, for benchmarks). */
    static SemanticEmbeddings using(TextEmbedder embedder, @Nullable Path cacheDirectory, int recentQueries) {
        return new SemanticEmbeddings(embedder, cacheDirectory, recentQueries);
    }

    public static SemanticEmbeddings off() {
        return new SemanticEmbeddings(null, null, 0);
    }

    public boolean enabled() {
        return embedder != null;
    }

    /** Which model makes the vectors ("off" without one). */
    public String modelId() {
        return embedder == null ? "off" : embedder.modelId();
    }

    /**
     * Unit vectors of example sentences, in order. They are embedded once, at start-up, and kept in the cache's
     * sentence file too, so a restart with the same examples embeds none of them.
     */
    public List<float[]> forSentences(List<String> sentences) {
        return Objects.requireNonNull(sentenceVectors).of(sentences, requireEmbedder());
    }

    public Counts lastCounts() {
        return lastCounts;
    }

    /** How long the last {@link #forItems} spent in the model, in milliseconds. */
    public long lastEmbedMillis() {
        return lastEmbedMillis;
    }

    /** The text whose meaning stands for an item. */
    static String textOf(DirectoryItem item) {
        StringBuilder text = new StringBuilder(item.title()).append(". ").append(item.summary());
        if (!item.tags().isEmpty()) {
            text.append(" ").append(String.join(", ", item.tags())).append('.');
        }
        text.append(" ").append(item.category().label()).append('.');
        return text.toString();
    }

    /** A vector per item of the whole directory, in the same order; the cache then keeps these vectors only. */
    float[][] forItems(List<DirectoryItem> items) {
        return vectorsOf(items, true);
    }

    /** The same for items published on their own: new vectors join the cache in memory until the next full build. */
    float[][] forChangedItems(List<DirectoryItem> items) {
        return vectorsOf(items, false);
    }

    private float[][] vectorsOf(List<DirectoryItem> items, boolean wholeDirectory) {
        TextEmbedder model = requireEmbedder();
        float[][] out = new float[items.size()][];
        Map<String, float[]> current = new HashMap<>();
        List<String> missingTexts = new ArrayList<>();
        List<String> missingKeys = new ArrayList<>();
        List<Integer> missingAt = new ArrayList<>();
        Map<String, Integer> firstMissing = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String text = textOf(items.get(i));
            String key = cache.keyOf(text);
            float[] known = current.containsKey(key) ? current.get(key) : cache.get(key);
            if (known != null) {
                out[i] = toUnitLength(known);
                current.put(key, known);
            } else if (!firstMissing.containsKey(key)) {
                firstMissing.put(key, missingTexts.size());
                missingTexts.add(text);
                missingKeys.add(key);
                missingAt.add(i);
            } else {
                missingAt.add(i);
                missingKeys.add(key);
            }
        }
        long started = System.nanoTime();
        List<float[]> worked = model.embedAll(missingTexts);
        lastEmbedMillis = (System.nanoTime() - started) / 1_000_000;
        worked.forEach(SemanticEmbeddings::toUnitLength);
        for (int n = 0; n < missingAt.size(); n++) {
            String key = missingKeys.get(n);
            float[] vector = worked.get(firstMissing.get(key));
            out[missingAt.get(n)] = vector;
            current.put(key, vector);
        }
        if (wholeDirectory) {
            cache.replaceWith(current, !missingTexts.isEmpty() || current.size() != cache.size());
        } else {
            cache.remember(current);
        }
        lastCounts = new Counts(missingTexts.size(), items.size() - missingAt.size());
        log.atLevel(wholeDirectory ? Level.INFO : Level.DEBUG).log("Search vectors: {} items, {} embedded in {} ms, "
                + "{} from the cache ({})", items.size(), missingTexts.size(), lastEmbedMillis,
                items.size() - missingAt.size(), model.modelId());
        return out;
    }

    /**
     * The unit vector of a resident's words, remembered for the last few hundred texts, so a text that is checked for
     * crisis meaning, then for what it asks, then searched is embedded once.
     */
    public float[] forQuery(String words) {
        TextEmbedder model = requireEmbedder();
        String key = words.strip().toLowerCase(Locale.UK);
        synchronized (recentQueries) {
            float[] known = recentQueries.get(key);
            if (known != null) {
                return known;
            }
        }
        float[] vector = toUnitLength(model.embed(key));
        synchronized (recentQueries) {
            recentQueries.put(key, vector);
        }
        return vector;
    }

    /**
     * Scales a vector to length 1 in place, so the index can compare by dot product (a third of the work of a
     * cosine) and get the cosine. A zero vector stays as it is.
     */
    static float[] toUnitLength(float[] vector) {
        double sum = 0;
        for (float value : vector) {
            sum += (double) value * value;
        }
        if (sum > 0 && Math.abs(sum - 1.0) > 1e-6) {
            float scale = (float) (1.0 / Math.sqrt(sum));
            for (int i = 0; i < vector.length; i++) {
                vector[i] *= scale;
            }
        }
        return vector;
    }

    private TextEmbedder requireEmbedder() {
        if (embedder == null) {
            throw new IllegalStateException("Semantic search is switched off");
        }
        return embedder;
    }
}
