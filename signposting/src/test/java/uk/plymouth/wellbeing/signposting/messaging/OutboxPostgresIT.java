package uk.plymouth.wellbeing.signposting.messaging;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.plymouth.wellbeing.signposting.testsupport.LocalPostgres;

/**
 * {@link OutboxCases} on a real PostgreSQL server ({@link LocalPostgres}): the claims really skip each other's locked
 * rows, as two app instances on one database would.
 */
class OutboxPostgresIT extends OutboxCases {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        LocalPostgres.registerDataSource(registry);
    }
}
