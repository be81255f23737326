package uk.plymouth.wellbeing.signposting.language;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.plymouth.wellbeing.signposting.catalogue.ContentFiles;

/**
 * Polish needs, read once at start-up from the content folder ({@value PolishNeeds#FILE}). Without the file the
 * search understands English only; a broken line stops the app, naming the file, line and field.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LanguageConfiguration.class);

    @Bean
    PolishNeeds polishNeeds(ContentFiles files) {
        PolishNeeds needs = files.optional(PolishNeeds.FILE).map(text -> PolishNeeds.parse(PolishNeeds.FILE, text))
                .orElseGet(PolishNeeds::none);
        log.info("Polish needs: {} ways of writing a need from {}", needs.formCount(), PolishNeeds.FILE);
        return needs;
    }
}
