package uk.plymouth.wellbeing.signposting.directory.imports;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.plymouth.wellbeing.signposting.testsupport.LocalPostgres;

/** {@link OpenActiveCases} on a real PostgreSQL server ({@link LocalPostgres}). */
class OpenActivePostgresIT extends OpenActiveCases {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        LocalPostgres.registerDataSource(registry);
    }
}
