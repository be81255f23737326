package uk.plymouth.wellbeing.signposting.callback;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.plymouth.wellbeing.signposting.testsupport.LocalPostgres;

/**
 * {@link CallbackQueueCases} on a real PostgreSQL server ({@link LocalPostgres}): the same migrations, the same
 * entities validated against them, the same concurrent claims decided by the same row versions.
 */
class CallbackQueuePostgresIT extends CallbackQueueCases {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        LocalPostgres.registerDataSource(registry);
    }
}
