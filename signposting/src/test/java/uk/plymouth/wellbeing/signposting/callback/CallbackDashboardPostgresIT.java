package uk.plymouth.wellbeing.signposting.callback;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.plymouth.wellbeing.signposting.testsupport.LocalPostgres;

/** {@link CallbackDashboardCases} on a real PostgreSQL server ({@link LocalPostgres}): the same SQL, the same sums. */
class CallbackDashboardPostgresIT extends CallbackDashboardCases {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        LocalPostgres.registerDataSource(registry);
    }
}
