package uk.plymouth.wellbeing.signposting.conversation;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.plymouth.wellbeing.signposting.search.TextEmbedder;

/**
 * Crisis language by meaning, for phrasings the rules in {@code crisis/phrases.txt} cannot list ("I can't do life
 * anymore", "I won't be here tomorrow"): the text's embedding is compared with the example sentences in
 * {@code crisis/meaning.txt}. It counts when its best similarity to a crisis example is at least
 * {@value #MIN_SIMILARITY} and beats its best similarity to an ordinary example by at least {@value #MARGIN}.
 * Without a model (semantic search off) it never counts, and the rules alone decide.
 */
final class CrisisMeaning {

    static final String FILE = "crisis/meaning.txt";
    static final double MIN_SIMILARITY = 0.40;
    static final double MARGIN = 0.10;
    /** Shorter texts are commands and answers (END, "yes please", "2"): the rules alone read them. */
    static final int MIN_WORDS = 3;
    private static final Logger log = LoggerFactory.getLogger(CrisisMeaning.class);

    private final @Nullable TextEmbedder embedder;
    private final List<float[]> crisis;
    private final List<float[]> ordinary;

    private CrisisMeaning(@Nullable TextEmbedder embedder, List<float[]> crisis, List<float[]> ordinary) {
        this.embedder = embedder;
        this.crisis = List.copyOf(crisis);
        this.ordinary = List.copyOf(ordinary);
    }

    static CrisisMeaning none() {
        return new CrisisMeaning(null, List.of(), List.of());
    }

    /**
     * Reads and embeds the examples.
     *
     * @throws IllegalArgumentException naming the file and line of a line that is not "crisis" or "ordinary", a tab
     *     and a sentence, or saying it lacks examples of either kind
     */
    static CrisisMeaning parse(String fileName, String text, TextEmbedder embedder) {
        List<String> crisisTexts = new ArrayList<>();
        List<String> ordinaryTexts = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = lines[i].split("\t", 2);
            String kind = parts[0].strip();
            if (parts.length < 2 || parts[1].isBlank() || !kind.equals("crisis") && !kind.equals("ordinary")) {
                throw new IllegalArgumentException(fileName + ", line " + (i + 1) + ": write \"crisis\" or"
                        + " \"ordinary\", a tab, then an example sentence");
            }
            (kind.equals("crisis") ? crisisTexts : ordinaryTexts).add(parts[1].strip());
        }
        if (crisisTexts.isEmpty() || ordinaryTexts.isEmpty()) {
            throw new IllegalArgumentException(fileName + ": needs crisis and ordinary examples (has "
                    + crisisTexts.size() + " and " + ordinaryTexts.size() + ")");
        }
        return new CrisisMeaning(embedder, unit(embedder.embedAll(crisisTexts)),
                unit(embedder.embedAll(ordinaryTexts)));
    }

    int exampleCount() {
        return crisis.size() + ordinary.size();
    }

    /** Whether the text means something close to a crisis example; false without a model or if the model fails. */
    boolean isCrisis(String text) {
        if (embedder == null || text.strip().split("\\s+").length < MIN_WORDS) {
            return false;
        }
        float[] vector;
        try {
            vector = unit(embedder.embed(text.length() > 1000 ? text.substring(0, 1000) : text));
        } catch (RuntimeException failed) {
            // never the words: only that the model failed; the rules have already been asked
            log.warn("Crisis meaning not checked: the embedding model failed ({})", failed.getClass().getName());
            return false;
        }
        double nearestCrisis = nearest(vector, crisis);
        return nearestCrisis >= MIN_SIMILARITY && nearestCrisis - nearest(vector, ordinary) >= MARGIN;
    }

    private static double nearest(float[] vector, List<float[]> examples) {
        double best = -1;
        for (float[] example : examples) {
            double dot = 0;
            for (int i = 0; i < vector.length; i++) {
                dot += vector[i] * example[i];
            }
            best = Math.max(best, dot);
        }
        return best;
    }

    private static List<float[]> unit(List<float[]> vectors) {
        return vectors.stream().map(CrisisMeaning::unit).toList();
    }

    private static float[] unit(float[] vector) {
        double length = 0;
        for (float value : vector) {
            length += value * value;
        }
        float[] unit = new float[vector.length];
        double norm = Math.sqrt(length);
        for (int i = 0; i < vector.length; i++) {
            unit[i] = norm == 0 ? 0 : (float) (vector[i] / norm);
        }
        return unit;
    }
}
