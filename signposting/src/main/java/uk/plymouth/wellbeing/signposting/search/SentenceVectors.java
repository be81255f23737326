package uk.plymouth.wellbeing.signposting.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Vectors of example sentences (crisis and intent examples, embedded at start-up), kept in their own cache file so a
 * restart with the same examples embeds none of them; only the sentences not seen before go to the model.
 */
final class SentenceVectors {

    private final EmbeddingCache known;

    SentenceVectors(EmbeddingCache known) {
        this.known = known;
    }

    /** Unit vectors of the sentences, in order. */
    List<float[]> of(List<String> sentences, TextEmbedder model) {
        List<float[]> vectors = new ArrayList<>(sentences.size());
        List<String> missing = new ArrayList<>();
        for (String sentence : sentences) {
            float[] vector = known.get(known.keyOf(sentence));
            vectors.add(vector);
            if (vector == null) {
                missing.add(sentence);
            }
        }
        if (missing.isEmpty()) {
            return vectors;
        }
        List<float[]> worked = model.embedAll(missing);
        worked.forEach(SemanticEmbeddings::toUnitLength);
        Map<String, float[]> added = new HashMap<>();
        for (int i = 0, m = 0; i < vectors.size(); i++) {
            if (vectors.get(i) == null) {
                vectors.set(i, worked.get(m));
                added.put(known.keyOf(sentences.get(i)), worked.get(m++));
            }
        }
        known.addAll(added);
        return vectors;
    }
}
