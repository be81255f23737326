package uk.plymouth.wellbeing.signposting.conversation;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.plymouth.wellbeing.signposting.catalogue.ContentFiles;
import uk.plymouth.wellbeing.signposting.search.SemanticEmbeddings;

/**
 * The conversation's settings and its intents by meaning ({@code intents/examples.txt} in the content folder, when
 * the in-process model is loaded). The crisis check has its own configuration ({@code crisis} package).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConversationProperties.class)
class ConversationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ConversationConfiguration.class);

    @Bean
    MeaningIntents meaningIntents(ContentFiles files, SemanticEmbeddings semantic) {
        Optional<String> text = semantic.enabled() ? files.optional(MeaningIntents.FILE) : Optional.empty();
        if (text.isEmpty()) {
            log.info("Intents by meaning are off (no model, or no {}): keywords and rules alone", MeaningIntents.FILE);
            return MeaningIntents.none();
        }
        MeaningIntents intents = MeaningIntents.parse(MeaningIntents.FILE, text.get(), semantic);
        log.info("Intents by meaning: {} examples from {}", intents.exampleCount(), MeaningIntents.FILE);
        return intents;
    }
}
