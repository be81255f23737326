package uk.plymouth.wellbeing.signposting.assistant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The optional language model: none unless {@code hub.assistant.base-url} is set. */
@Configuration
@EnableConfigurationProperties(AssistantProperties.class)
class AssistantConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AssistantConfiguration.class);

    @Bean
    ModelAssistant modelAssistant(AssistantProperties properties) {
        if (!properties.configured()) {
            log.info("No language model configured (hub.assistant.base-url): the deterministic conversation answers");
            return ModelAssistant.NONE;
        }
        log.info("Language model: {}", properties);
        return ModelAssistant.NONE;
    }
}
