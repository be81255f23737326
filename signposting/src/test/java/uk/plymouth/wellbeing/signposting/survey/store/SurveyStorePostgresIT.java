package uk.plymouth.wellbeing.signposting.survey.store;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.plymouth.wellbeing.signposting.testsupport.LocalPostgres;

/** {@link SurveyStoreCases} on a real PostgreSQL server ({@link LocalPostgres}). */
class SurveyStorePostgresIT extends SurveyStoreCases {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        LocalPostgres.registerDataSource(registry);
    }
}
