package uk.plymouth.wellbeing.signposting.staff;

import org.springframework.test.context.TestPropertySource;

/** {@link StaffAccountsCases} on H2 in PostgreSQL mode, in memory: the database of the quickstart and most tests. */
@TestPropertySource(properties = {
    "spring.datasource.url=jdbc:h2:mem:staff-accounts-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa",
    "spring.datasource.password="
})
class StaffAccountsTest extends StaffAccountsCases {}
