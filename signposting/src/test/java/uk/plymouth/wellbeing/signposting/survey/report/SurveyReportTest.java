package uk.plymouth.wellbeing.signposting.survey.report;

import org.springframework.test.context.TestPropertySource;

/** {@link SurveyReportCases} on H2 in PostgreSQL mode, as the quickstart runs. */
@TestPropertySource(properties = {
    "spring.datasource.url=jdbc:h2:mem:survey-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa",
    "spring.datasource.password="
})
class SurveyReportTest extends SurveyReportCases {}
