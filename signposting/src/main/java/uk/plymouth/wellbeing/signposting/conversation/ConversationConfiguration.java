package uk.plymouth.wellbeing.signposting.conversation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import uk.plymouth.wellbeing.signposting.catalogue.CatalogueProperties;
import uk.plymouth.wellbeing.signposting.search.SemanticEmbeddings;

/**
 * The conversation's settings and its crisis phrases, read once at start-up from {@code crisis/phrases.txt} in the
 * content folder ({@code hub.catalogue.location}). A missing or broken file stops the app from starting: texting
 * without crisis detection is not an option.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConversationProperties.class)
class ConversationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ConversationConfiguration.class);

    @Bean
    CrisisLanguage crisisLanguage(CatalogueProperties catalogue, ResourceLoader resources) {
        String base = catalogue.location().endsWith("/") ? catalogue.location() : catalogue.location() + "/";
        Resource file = resources.getResource(base + CrisisLanguage.FILE);
        if (!file.exists()) {
            throw new IllegalStateException(CrisisLanguage.FILE + ": file not found in " + base
                    + " (hub.catalogue.location); the conversation by text cannot start without crisis phrases");
        }
        try (InputStream in = file.getInputStream()) {
            CrisisLanguage language = CrisisLanguage.parse(CrisisLanguage.FILE,
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
            log.info("Crisis language: {} phrases read from {}{}", language.phraseCount(), base, CrisisLanguage.FILE);
            return language;
        } catch (IOException e) {
            throw new IllegalStateException(CrisisLanguage.FILE + ": cannot be read from " + base, e);
        }
    }

    @Bean
    CrisisMeaning crisisMeaning(CatalogueProperties catalogue, ResourceLoader resources, SemanticEmbeddings semantic) {
        Optional<String> text = semantic.enabled() ? optionalFile(catalogue, resources, CrisisMeaning.FILE)
                : Optional.empty();
        if (text.isEmpty()) {
            log.info("Crisis language by meaning is off (no model, or no {}): the rules alone decide",
                    CrisisMeaning.FILE);
            return CrisisMeaning.none();
        }
        CrisisMeaning meaning = CrisisMeaning.parse(CrisisMeaning.FILE, text.get(), semantic);
        log.info("Crisis language by meaning: {} examples from {}", meaning.exampleCount(), CrisisMeaning.FILE);
        return meaning;
    }

    @Bean
    MeaningIntents meaningIntents(CatalogueProperties catalogue, ResourceLoader resources,
            SemanticEmbeddings semantic) {
        Optional<String> text = semantic.enabled() ? optionalFile(catalogue, resources, MeaningIntents.FILE)
                : Optional.empty();
        if (text.isEmpty()) {
            log.info("Intents by meaning are off (no model, or no {}): keywords and rules alone", MeaningIntents.FILE);
            return MeaningIntents.none();
        }
        MeaningIntents intents = MeaningIntents.parse(MeaningIntents.FILE, text.get(), semantic);
        log.info("Intents by meaning: {} examples from {}", intents.exampleCount(), MeaningIntents.FILE);
        return intents;
    }

    /** A content file's text, or empty when the content has none. */
    private static Optional<String> optionalFile(CatalogueProperties catalogue, ResourceLoader resources,
            String name) {
        String base = catalogue.location().endsWith("/") ? catalogue.location() : catalogue.location() + "/";
        Resource file = resources.getResource(base + name);
        if (!file.exists()) {
            return Optional.empty();
        }
        try (InputStream in = file.getInputStream()) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(name + ": cannot be read from " + base, e);
        }
    }
}
