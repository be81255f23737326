package uk.plymouth.wellbeing.signposting.conversation;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.plymouth.wellbeing.signposting.testsupport.LocalPostgres;

/** {@link SurveyByTextCases} on a real PostgreSQL server: the V13 step constraint and survey columns there. */
class SurveyByTextPostgresIT extends SurveyByTextCases {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        LocalPostgres.registerDataSource(registry);
    }
}
