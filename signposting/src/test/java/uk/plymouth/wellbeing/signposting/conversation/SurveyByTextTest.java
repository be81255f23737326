package uk.plymouth.wellbeing.signposting.conversation;

import org.springframework.test.context.TestPropertySource;

/** {@link SurveyByTextCases} on H2 in PostgreSQL mode, in memory. */
@TestPropertySource(properties = {
    "spring.datasource.url=jdbc:h2:mem:survey-by-text-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa",
    "spring.datasource.password="
})
class SurveyByTextTest extends SurveyByTextCases {}
