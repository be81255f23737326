package uk.plymouth.wellbeing.signposting.conversation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.plymouth.wellbeing.signposting.search.SemanticEmbeddings;

/**
 * Labelled example sentences from a content file ("label", a tab, a sentence per line; {@code #} comments), embedded
 * once with the in-process model, and how close in meaning a text comes to each label's nearest example. A text's
 * vector comes from {@link SemanticEmbeddings#forQuery}, so the crisis check, intents and search embed it once.
 */
final class ExampleSentences {

    private static final Logger log = LoggerFactory.getLogger(ExampleSentences.class);
    private static final int MAX_CHARACTERS = 1000;

    private final @Nullable SemanticEmbeddings embeddings;
    private final Map<String, List<float[]>> byLabel;

    private ExampleSentences(@Nullable SemanticEmbeddings embeddings, Map<String, List<float[]>> byLabel) {
        this.embeddings = embeddings;
        this.byLabel = Map.copyOf(byLabel);
    }

    static ExampleSentences none() {
        return new ExampleSentences(null, Map.of());
    }

    /**
     * Reads and embeds the examples.
     *
     * @throws IllegalArgumentException naming the file and line of a line that is not one of {@code labels}, a tab
     *     and a sentence, or the labels that have no example
     */
    static ExampleSentences parse(String fileName, String text, Set<String> labels, SemanticEmbeddings embeddings) {
        Map<String, List<String>> sentences = new HashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = lines[i].split("\t", 2);
            String label = parts[0].strip();
            if (parts.length < 2 || parts[1].isBlank() || !labels.contains(label)) {
                throw new IllegalArgumentException(fileName + ", line " + (i + 1) + ": write "
                        + String.join(" or ", labels.stream().sorted().map(l -> "\"" + l + "\"").toList())
                        + ", a tab, then an example sentence");
            }
            sentences.computeIfAbsent(label, l -> new ArrayList<>()).add(parts[1].strip());
        }
        List<String> missing = labels.stream().filter(l -> !sentences.containsKey(l)).sorted().toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(fileName + ": needs examples for " + String.join(", ", missing));
        }
        Map<String, List<float[]>> vectors = new HashMap<>();
        sentences.forEach((label, texts) -> vectors.put(label, embeddings.forSentences(texts)));
        return new ExampleSentences(embeddings, vectors);
    }

    int size() {
        return byLabel.values().stream().mapToInt(List::size).sum();
    }

    /**
     * Each label's best cosine similarity to the text; empty without a model, or when the model fails (logged
     * without the words).
     */
    Map<String, Double> nearest(String text) {
        if (embeddings == null || !embeddings.enabled()) {
            return Map.of();
        }
        float[] vector;
        try {
            vector = embeddings.forQuery(text.length() > MAX_CHARACTERS ? text.substring(0, MAX_CHARACTERS) : text);
        } catch (RuntimeException failed) {
            log.warn("Meaning not checked: the embedding model failed ({})", failed.getClass().getName());
            return Map.of();
        }
        Map<String, Double> nearest = new HashMap<>();
        byLabel.forEach((label, examples) -> {
            double best = -1;
            for (float[] example : examples) {
                double dot = 0;
                for (int i = 0; i < vector.length; i++) {
                    dot += vector[i] * example[i];
                }
                best = Math.max(best, dot);
            }
            nearest.put(label, best);
        });
        return nearest;
    }

    static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
