package uk.plymouth.wellbeing.signposting.crisis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.plymouth.wellbeing.signposting.catalogue.ContentFiles;
import uk.plymouth.wellbeing.signposting.search.SemanticEmbeddings;

/**
 * The crisis check and its lines, read once at start-up from the content folder: the rules of every language in
 * {@code hub.crisis.languages}, the lines, and (when the in-process model is loaded) the classifier trained on
 * {@code crisis/examples.txt}. A missing or broken rule or line file stops the app from starting: answering
 * residents without crisis detection is not an option.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CrisisProperties.class)
class CrisisConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CrisisConfiguration.class);

    @Bean
    CrisisLines crisisLines(ContentFiles files, CrisisProperties properties) {
        CrisisLines lines = CrisisLines.parse(CrisisLines.FILE, files.required(CrisisLines.FILE,
                "residents in a crisis must be given the right lines"), properties.languages());
        log.info("Crisis lines: {} kinds of danger in {}", CrisisKind.values().length, lines.languages());
        return lines;
    }

    @Bean
    CrisisCheck crisisCheck(ContentFiles files, CrisisProperties properties, SemanticEmbeddings semantic) {
        List<CrisisRules> rules = new ArrayList<>();
        for (String language : properties.languages()) {
            String file = CrisisProperties.phraseFile(language);
            CrisisRules read = CrisisRules.parse(file, language, files.required(file,
                    "the app cannot start without crisis phrases for every language it offers"));
            log.info("Crisis language: {} phrases in {}", read.phraseCount(), file);
            rules.add(read);
        }
        Optional<String> examples = semantic.enabled() ? files.optional(CrisisClassifier.FILE) : Optional.empty();
        if (examples.isEmpty()) {
            log.info("Crisis language by meaning is off (no model, or no {}): the rules alone decide",
                    CrisisClassifier.FILE);
            return new CrisisCheck(rules, null, properties);
        }
        long started = System.nanoTime();
        CrisisClassifier classifier = CrisisClassifier.train(CrisisClassifier.FILE, examples.get(), semantic,
                rules.get(0), SoftmaxRegression.Training.DEFAULT);
        log.info("Crisis language by meaning: trained on {} examples from {} in {} ms", classifier.exampleCount(),
                CrisisClassifier.FILE, (System.nanoTime() - started) / 1_000_000);
        return new CrisisCheck(rules, classifier, properties);
    }
}
