package uk.plymouth.wellbeing.signposting.survey.report;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.plymouth.wellbeing.signposting.testsupport.LocalPostgres;

/** {@link SurveyReportCases} on a real PostgreSQL server ({@link LocalPostgres}): the same SQL, the same figures. */
class SurveyReportPostgresIT extends SurveyReportCases {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        LocalPostgres.registerDataSource(registry);
    }
}
