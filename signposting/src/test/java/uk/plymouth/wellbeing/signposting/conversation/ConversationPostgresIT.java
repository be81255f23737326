package uk.plymouth.wellbeing.signposting.conversation;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.plymouth.wellbeing.signposting.testsupport.LocalPostgres;

/**
 * {@link ConversationCases} on a real PostgreSQL server ({@link LocalPostgres}): the same migration, the same state
 * store, expiry and sweep, the same callback requests.
 */
class ConversationPostgresIT extends ConversationCases {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        LocalPostgres.registerDataSource(registry);
    }
}
