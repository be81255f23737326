package uk.plymouth.wellbeing.signposting.callback;

import org.springframework.test.context.TestPropertySource;

/** {@link CallbackQueueCrisisCases} on H2 in PostgreSQL mode, in memory, as {@code CallbackQueueTest}. */
@TestPropertySource(properties = {
    "spring.datasource.url=jdbc:h2:mem:callback-queue-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa",
    "spring.datasource.password="
})
class CallbackQueueCrisisTest extends CallbackQueueCrisisCases {}
