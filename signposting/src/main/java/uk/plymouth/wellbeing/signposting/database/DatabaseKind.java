package uk.plymouth.wellbeing.signposting.database;

import java.sql.Connection;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which database the app runs on, for the few statements the two write differently: PostgreSQL in production (where
 * several instances share it), H2 in PostgreSQL mode embedded (one instance). A bean: ask it, not the database.
 */
public enum DatabaseKind {
    POSTGRES,
    H2;

    /** Asks the database once, through one connection. */
    public static DatabaseKind of(JdbcTemplate jdbc) {
        String product = jdbc.execute((Connection connection) -> connection.getMetaData().getDatabaseProductName());
        return product != null && product.toLowerCase(Locale.ROOT).contains("postgres") ? POSTGRES : H2;
    }
}
