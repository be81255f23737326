package uk.plymouth.wellbeing.signposting.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.plymouth.wellbeing.signposting.testsupport.LocalPostgres;

/**
 * {@link StaffAccountsCases} on a real PostgreSQL server ({@link LocalPostgres}): the same migrations, the same
 * entities validated against them, the same row locks counting concurrent failed logins.
 */
class StaffAccountsPostgresIT extends StaffAccountsCases {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        LocalPostgres.registerDataSource(registry);
    }

    @Test
    void keepsTimesWithTheirZoneAndUsernamesUnique() {
        List<String> columns = jdbc.queryForList("""
                select column_name || ' ' || data_type from information_schema.columns
                where table_schema = current_schema() and table_name in ('staff_account', 'staff_login_throttle')
                  and column_name in ('last_login_at', 'blocked_until', 'username')""", String.class);
        assertThat(columns).containsExactlyInAnyOrder("last_login_at timestamp with time zone",
                "blocked_until timestamp with time zone", "username character varying",
                "username character varying");
        assertThat(jdbc.queryForList("""
                select constraint_name from information_schema.table_constraints
                where table_schema = current_schema() and table_name = 'staff_account'
                  and constraint_type = 'UNIQUE'""", String.class)).containsExactly("staff_account_username");
    }
}
