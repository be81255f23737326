package uk.plymouth.wellbeing.signposting.callback;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.plymouth.wellbeing.signposting.testsupport.LocalPostgres;

/** {@link CallbackDashboardCrisisCases} on a real PostgreSQL server ({@link LocalPostgres}). */
class CallbackDashboardCrisisPostgresIT extends CallbackDashboardCrisisCases {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        LocalPostgres.registerDataSource(registry);
    }
}
