package uk.plymouth.wellbeing.signposting.directory.edit;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.plymouth.wellbeing.signposting.testsupport.LocalPostgres;

/** {@link DirectoryEditorCases} on a real PostgreSQL server ({@link LocalPostgres}). */
class DirectoryEditorPostgresIT extends DirectoryEditorCases {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        LocalPostgres.registerDataSource(registry);
    }
}
