package uk.plymouth.wellbeing.signposting.problems;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.plymouth.wellbeing.signposting.testsupport.LocalPostgres;

/**
 * {@link ProblemReportsCases} on a real PostgreSQL server ({@link LocalPostgres}): the same migration and SQL, and the
 * same race between two members of staff decided by the row itself.
 */
class ProblemReportsPostgresIT extends ProblemReportsCases {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        LocalPostgres.registerDataSource(registry);
    }
}
