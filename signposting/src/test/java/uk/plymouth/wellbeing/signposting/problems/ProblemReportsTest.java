package uk.plymouth.wellbeing.signposting.problems;

import org.springframework.test.context.TestPropertySource;

/** {@link ProblemReportsCases} on H2 in PostgreSQL mode, in memory: the database of the quickstart and most tests. */
@TestPropertySource(properties = {
    "spring.datasource.url=jdbc:h2:mem:problem-reports-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa",
    "spring.datasource.password="
})
class ProblemReportsTest extends ProblemReportsCases {}
