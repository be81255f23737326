package uk.plymouth.wellbeing.signposting.survey.store;

import org.springframework.test.context.TestPropertySource;

/** {@link SurveyStoreCases} on H2 in PostgreSQL mode, as the quickstart runs. */
@TestPropertySource(properties = {
    "spring.datasource.url=jdbc:h2:mem:survey-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa",
    "spring.datasource.password="
})
class SurveyStoreTest extends SurveyStoreCases {}
