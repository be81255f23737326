package uk.plymouth.wellbeing.signposting.directory.imports;

import org.springframework.test.context.TestPropertySource;

/** {@link OpenActiveCases} on H2 in PostgreSQL mode, in memory. */
@TestPropertySource(properties = {
    "spring.datasource.url=jdbc:h2:mem:directory-import-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa",
    "spring.datasource.password="
})
class OpenActiveTest extends OpenActiveCases {}
