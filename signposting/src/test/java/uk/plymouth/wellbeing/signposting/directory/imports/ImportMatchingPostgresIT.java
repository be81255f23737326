package uk.plymouth.wellbeing.signposting.directory.imports;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.plymouth.wellbeing.signposting.testsupport.LocalPostgres;

/** {@link ImportMatchingCases} on a real PostgreSQL server ({@link LocalPostgres}). */
class ImportMatchingPostgresIT extends ImportMatchingCases {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        LocalPostgres.registerDataSource(registry);
    }
}
