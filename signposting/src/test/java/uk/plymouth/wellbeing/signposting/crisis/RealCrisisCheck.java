package uk.plymouth.wellbeing.signposting.crisis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import uk.plymouth.wellbeing.signposting.search.MiniLmEmbedder;
import uk.plymouth.wellbeing.signposting.search.SemanticEmbeddings;

/** The crisis check as the app builds it, from the real content files and the real in-process model, made once. */
final class RealCrisisCheck {

    static final Path CONTENT = Path.of("..", "content");
    /** The app's defaults, as Spring binds them when nothing is set. */
    static final CrisisProperties DEFAULTS = new Binder(new MapConfigurationPropertySource()).bindOrCreate(
            "hub.crisis", CrisisProperties.class);

    private static List<CrisisRules> rules;
    private static CrisisClassifier classifier;
    private static CrisisLines lines;

    private RealCrisisCheck() {}

    static synchronized List<CrisisRules> rules() {
        if (rules == null) {
            rules = new ArrayList<>();
            for (String language : List.of("en", "pl")) {
                String file = CrisisProperties.phraseFile(language);
                rules.add(CrisisRules.parse(file, language, read(file)));
            }
        }
        return rules;
    }

    static synchronized CrisisClassifier classifier() {
        if (classifier == null) {
            SemanticEmbeddings embeddings = SemanticEmbeddings.using(MiniLmEmbedder.load(
                    MiniLmEmbedder.Variant.QUANTISED), Path.of("target", "crisis-embeddings"));
            classifier = CrisisClassifier.train(CrisisClassifier.FILE, read(CrisisClassifier.FILE), embeddings,
                    rules().get(0), SoftmaxRegression.Training.DEFAULT);
        }
        return classifier;
    }

    static synchronized CrisisLines lines() {
        if (lines == null) {
            lines = CrisisLines.parse(CrisisLines.FILE, read(CrisisLines.FILE), List.of("en", "pl"));
        }
        return lines;
    }

    /** Rules and meaning, with the app's default thresholds. */
    static CrisisCheck withMeaning() {
        return with(DEFAULTS);
    }

    static CrisisCheck with(CrisisProperties properties) {
        return new CrisisCheck(rules(), classifier(), properties);
    }

    /** The rules alone, as without a model. */
    static CrisisCheck rulesOnly() {
        return new CrisisCheck(rules(), null, DEFAULTS);
    }

    static String read(String file) {
        try {
            return Files.readString(CONTENT.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
