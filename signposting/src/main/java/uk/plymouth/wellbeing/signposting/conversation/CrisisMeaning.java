package uk.plymouth.wellbeing.signposting.conversation;

import java.util.Map;
import java.util.Set;
import uk.plymouth.wellbeing.signposting.search.SemanticEmbeddings;

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

    private final ExampleSentences examples;

    private CrisisMeaning(ExampleSentences examples) {
        this.examples = examples;
    }

    static CrisisMeaning none() {
        return new CrisisMeaning(ExampleSentences.none());
    }

    /**
     * Reads and embeds the examples.
     *
     * @throws IllegalArgumentException naming the file and line of a line that is not "crisis" or "ordinary", a tab
     *     and a sentence, or saying it lacks examples of either kind
     */
    static CrisisMeaning parse(String fileName, String text, SemanticEmbeddings embeddings) {
        return new CrisisMeaning(ExampleSentences.parse(fileName, text, Set.of("crisis", "ordinary"), embeddings));
    }

    int exampleCount() {
        return examples.size();
    }

    /** Whether the text means something close to a crisis example; false without a model or if the model fails. */
    boolean isCrisis(String text) {
        if (ExampleSentences.words(text) < MIN_WORDS) {
            return false;
        }
        Map<String, Double> nearest = examples.nearest(text);
        if (nearest.isEmpty()) {
            return false;
        }
        double crisis = nearest.get("crisis");
        return crisis >= MIN_SIMILARITY && crisis - nearest.get("ordinary") >= MARGIN;
    }
}
