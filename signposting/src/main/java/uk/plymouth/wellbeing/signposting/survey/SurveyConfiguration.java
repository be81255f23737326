package uk.plymouth.wellbeing.signposting.survey;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.plymouth.wellbeing.signposting.catalogue.CatalogueProperties;

/**
 * Reads the survey definitions once at start-up. Broken files are refused as a whole, as other content is: the
 * problems are logged with file, line and field, and no survey is offered until they are fixed; the rest of the
 * app carries on.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SurveyProperties.class)
class SurveyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SurveyConfiguration.class);

    @Bean
    SurveyDefinitions surveyDefinitions(SurveyProperties surveys, CatalogueProperties catalogue) {
        String location = surveys.location().isBlank() ? catalogue.location() : surveys.location();
        try {
            SurveyDefinitions definitions = SurveyDefinitions.read(location, surveys.disabled());
            log.info("Surveys: {} versions read from {}{}/, offered now: {}", definitions.versionCount(), location,
                    SurveyDefinitions.FOLDER, definitions.offered().stream().map(Survey::id).toList());
            return definitions;
        } catch (InvalidSurveyException refused) {
            log.error("Survey files in {} refused, no survey is offered. {}", location, refused.getMessage());
            return SurveyDefinitions.none();
        }
    }
}
