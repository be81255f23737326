package uk.plymouth.wellbeing.signposting.conversation;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.plymouth.wellbeing.signposting.search.SemanticEmbeddings;

/**
 * What a text asks for, by meaning, when no keyword or rule understood it ("could you ring me back", "how does this
 * work", "is anyone there"): its embedding is compared with the examples in {@code intents/examples.txt}. An intent
 * is taken only when its nearest example is at least {@value #MIN_SIMILARITY} similar and {@value #MARGIN} closer
 * than the nearest "search" example; anything else is searched, as before. Never opt-out, opt-in or crisis: those
 * are for the carriers' keywords and the crisis check.
 */
final class MeaningIntents {

    static final String FILE = "intents/examples.txt";
    static final double MIN_SIMILARITY = 0.45;
    static final double MARGIN = 0.15;
    private static final int MIN_WORDS = 2;
    private static final int MAX_WORDS = 25;

    /** What a text can be routed to. */
    enum Intent {
        CALLBACK, HELP, SURVEY, GREETING, THANKS
    }

    private static final Set<String> LABELS = Set.of("callback", "help", "survey", "greeting", "thanks", "search");

    private final ExampleSentences examples;

    private MeaningIntents(ExampleSentences examples) {
        this.examples = examples;
    }

    static MeaningIntents none() {
        return new MeaningIntents(ExampleSentences.none());
    }

    /** @throws IllegalArgumentException naming the file and line of a broken line, or a missing intent */
    static MeaningIntents parse(String fileName, String text, SemanticEmbeddings embeddings) {
        return new MeaningIntents(ExampleSentences.parse(fileName, text, LABELS, embeddings));
    }

    int exampleCount() {
        return examples.size();
    }

    /** The intent the text clearly means, or empty (search it). */
    Optional<Intent> of(String text) {
        int words = ExampleSentences.words(text);
        if (words < MIN_WORDS || words > MAX_WORDS) {
            return Optional.empty();
        }
        Map<String, Double> nearest = examples.nearest(text);
        if (nearest.isEmpty()) {
            return Optional.empty();
        }
        double search = nearest.get("search");
        return nearest.entrySet().stream()
                .filter(e -> !e.getKey().equals("search"))
                .max(Map.Entry.comparingByValue())
                .filter(e -> e.getValue() >= MIN_SIMILARITY && e.getValue() - search >= MARGIN)
                .map(e -> Intent.valueOf(e.getKey().toUpperCase(java.util.Locale.ROOT)));
    }
}
