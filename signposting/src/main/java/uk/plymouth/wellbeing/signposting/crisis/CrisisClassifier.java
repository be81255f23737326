package uk.plymouth.wellbeing.signposting.crisis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.plymouth.wellbeing.signposting.search.SemanticEmbeddings;

/**
 * Crisis by meaning, for phrasings no rule lists: a {@link SoftmaxRegression} over the in-process sentence model's
 * vector of the text, plus a few plain features: a joke marker such as "lol", a question mark, whether the rules'
 * doubt words are there, which kinds of cue word the rules found, and three word patterns the sentence vector reads
 * poorly: harm told as past ("years ago", "used to", "doing well now"), crisis denied ("not suicidal", "I'm safe") and
 * the topic rather than the writer's life ("essay", "documentary", "volunteer"). Asking for a service ("is there",
 * "any groups") is deliberately not a feature: it pulled down texts that ask for a service AND tell of a crisis. It
 * is trained at start-up on the labelled examples in {@code crisis/examples.txt} and gives the chance
 * the text is a crisis (one minus the chance it is ordinary) and the likeliest kind.
 *
 * <p>Long texts are also read a sentence at a time, and the most worrying sentence counts, so a crisis buried in
 * the middle of a long message about bills is not averaged away. English only: the model is an English one.
 */
final class CrisisClassifier {

    static final String FILE = "crisis/examples.txt";
    static final String ORDINARY = "ordinary";

    /** The chance the text is a crisis, and the likeliest kind if it is. */
    record Reading(double crisis, CrisisKind kind) {}

    private static final Logger log = LoggerFactory.getLogger(CrisisClassifier.class);
    /**
     * Trained models by what they were trained from (examples, model, training): a test run starts many application
     * contexts with the same content, and training again each time would only cost seconds. Small: one per content.
     */
    private static final Map<String, SoftmaxRegression> TRAINED = new ConcurrentHashMap<>();
    private static final int MAX_CHARACTERS = 1000;
    private static final Pattern JOKE = Pattern.compile("(?i)(\\blo+l\\b|\\blmao|\\brofl|\\bha(ha)+|\\bhe(he)+|\\bjk\\b"
            + "|\\bjoking\\b|\\bxd\\b|\uD83D\uDE02|\uD83E\uDD23|\uD83D\uDE06|\uD83D\uDE05)");
    /** Harm told as something past, or the writer well now. */
    private static final Pattern PAST = Pattern.compile("(?i)\\b(years? ago|years back|ages ago"
            + "|last (year|month|winter|summer|spring|autumn)|when i was|as a (child|kid|teen|teenager)|used to"
            + "|in the past|back in (the )?\\d|back when|in recovery|(fine|ok|okay|well|better|grand|settled) now"
            + "|doing (well|great|better|brilliantly|really well)|good place|clean now|years clean"
            + "|since (19|20)\\d\\d|in (19|20)\\d\\d)");
    /** A crisis denied. */
    private static final Pattern DENIED = Pattern.compile("(?i)\\b((not|never|no|nothing) (suicidal|in danger|dark"
            + "|serious|going to (hurt|harm|do anything))|no (thoughts|intention|plans?) (of|to)|i'?m safe|i am safe"
            + "|harmless|nothing (like that|serious))");
    /** The topic, not the writer's life: study, stories, remembrance, giving, training. */
    private static final Pattern TOPIC = Pattern.compile("(?i)\\b(essay|project|coursework|research|stats"
            + "|statistics|novel|character|film|documentary|podcast|memoir|play about|training|awareness|leaflets?"
            + "|posters?|volunteer\\w*|donat\\w*|fundrais\\w*|memorial|in memory|course|workshop)\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\\n;]+|\\s+(but|and then|also|plus)\\s+");
    private static final int MIN_SENTENCE_WORDS = 3;
    private static final int EXTRA_FEATURES = 6 + CrisisKind.values().length;

    private final SemanticEmbeddings embeddings;
    private final CrisisRules cues;
    private final SoftmaxRegression model;
    private final int examples;

    private CrisisClassifier(SemanticEmbeddings embeddings, CrisisRules cues, SoftmaxRegression model,
            int examples) {
        this.embeddings = embeddings;
        this.cues = cues;
        this.model = model;
        this.examples = examples;
    }

    /**
     * Reads the examples, embeds them and trains the model.
     *
     * @param cues the English rules, whose cue words are features
     * @throws IllegalArgumentException naming the file and line of a line that is not a label, a tab and a sentence,
     *     or the labels that have no example
     */
    static CrisisClassifier train(String fileName, String text, SemanticEmbeddings embeddings, CrisisRules cues,
            SoftmaxRegression.Training training) {
        List<String> sentences = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank() || lines[i].strip().startsWith("#")) {
                continue;
            }
            String[] parts = lines[i].split("\t", 2);
            int label = parts.length == 2 && !parts[1].isBlank() ? labelOf(parts[0].strip()) : -1;
            if (label < 0) {
                throw new IllegalArgumentException(fileName + ", line " + (i + 1) + ": write a label (" + ORDINARY
                        + ", " + String.join(", ", Arrays.stream(CrisisKind.values()).map(CrisisKind::id).toList())
                        + "), a tab, then an example sentence");
            }
            sentences.add(parts[1].strip());
            labels.add(label);
        }
        List<String> missing = new ArrayList<>();
        for (int k = 0; k <= CrisisKind.values().length; k++) {
            if (!labels.contains(k)) {
                missing.add(k == 0 ? ORDINARY : CrisisKind.values()[k - 1].id());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(fileName + ": needs examples for " + String.join(", ", missing));
        }
        String key = embeddings.modelId() + "|" + training + "|" + text.hashCode() + "|" + text.length();
        SoftmaxRegression known = TRAINED.get(key);
        if (known != null) {
            return new CrisisClassifier(embeddings, cues, known, sentences.size());
        }
        List<float[]> vectors = embeddings.forSentences(sentences);
        double[][] features = new double[sentences.size()][];
        int[] y = new int[sentences.size()];
        long ordinary = labels.stream().filter(l -> l == 0).count();
        double[] weights = new double[sentences.size()];
        for (int n = 0; n < sentences.size(); n++) {
            features[n] = features(vectors.get(n), sentences.get(n), cues);
            y[n] = labels.get(n);
            // ordinary and crisis examples weigh as the training says in all, however many of each there are
            weights[n] = y[n] == 0 ? training.firstClassShare() / ordinary
                    : (1 - training.firstClassShare()) / (sentences.size() - ordinary);
        }
        SoftmaxRegression model = SoftmaxRegression.train(features, y, weights, CrisisKind.values().length + 1,
                training);
        if (TRAINED.size() > 8) {
            TRAINED.clear();
        }
        TRAINED.put(key, model);
        return new CrisisClassifier(embeddings, cues, model, sentences.size());
    }

    private static int labelOf(String label) {
        if (label.equals(ORDINARY)) {
            return 0;
        }
        return CrisisKind.fromId(label).map(kind -> kind.ordinal() + 1).orElse(-1);
    }

    int exampleCount() {
        return examples;
    }

    /** The most worrying reading of the whole text and of each of its sentences; empty if the model fails. */
    Optional<Reading> read(String text) {
        String head = text.length() > MAX_CHARACTERS ? text.substring(0, MAX_CHARACTERS) : text;
        try {
            Reading worst = readOne(head);
            String[] sentences = SENTENCE_END.split(head);
            if (sentences.length > 1) {
                for (String sentence : sentences) {
                    if (sentence.strip().split("\\s+").length >= MIN_SENTENCE_WORDS) {
                        Reading reading = readOne(sentence.strip());
                        if (reading.crisis() > worst.crisis()) {
                            worst = reading;
                        }
                    }
                }
            }
            return Optional.of(worst);
        } catch (RuntimeException failed) {
            log.warn("Crisis meaning not checked: the embedding model failed ({})", failed.getClass().getName());
            return Optional.empty();
        }
    }

    private Reading readOne(String text) {
        double[] p = model.probabilities(features(embeddings.forQuery(text), text, cues));
        int likeliest = 1;
        for (int k = 2; k < p.length; k++) {
            if (p[k] > p[likeliest]) {
                likeliest = k;
            }
        }
        return new Reading(1 - p[0], CrisisKind.values()[likeliest - 1]);
    }

    private static double[] features(float[] vector, String text, CrisisRules cues) {
        double[] x = new double[vector.length + EXTRA_FEATURES];
        for (int i = 0; i < vector.length; i++) {
            x[i] = vector[i];
        }
        int at = vector.length;
        x[at++] = JOKE.matcher(text).find() ? 1 : 0;
        x[at++] = text.indexOf('?') >= 0 ? 1 : 0;
        CrisisRules.Reading reading = cues.read(text);
        x[at++] = reading.doubted() ? 1 : 0;
        for (CrisisRules.Match match : reading.matches()) {
            if (match.strength() == CrisisRules.Strength.CUE) {
                x[at + match.kind().ordinal()] = 1;
            }
        }
        at += CrisisKind.values().length;
        x[at++] = PAST.matcher(text).find() ? 1 : 0;
        x[at++] = DENIED.matcher(text).find() ? 1 : 0;
        x[at] = TOPIC.matcher(text).find() ? 1 : 0;
        return x;
    }
}
