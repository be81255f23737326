package uk.plymouth.wellbeing.signposting.messaging;

import java.time.Clock;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A real {@link Outbox} without Spring: a fresh in-memory H2 database in PostgreSQL mode with the migrations run,
 * the outbox, its worker and the opt-out register, for plain unit tests of what queues texts.
 */
final class OutboxOnH2 {

    final JdbcTemplate jdbc;
    final OptOuts optOuts;
    final OutboxWorker worker;
    final Outbox outbox;

    OutboxOnH2(SmsSender sender, Clock clock) {
        DriverManagerDataSource database = new DriverManagerDataSource("jdbc:h2:mem:outbox-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(database);
        optOuts = new OptOuts(jdbc, uk.plymouth.wellbeing.signposting.database.DatabaseKind.H2, clock);
        OutboxStore store = new OutboxStore(jdbc);
        OutboxProperties properties = OutboxProperties.defaults().withEnabled(false);
        worker = new OutboxWorker(store, sender, optOuts, properties, event -> { }, new DataSourceTransactionManager(
                database), clock);
        outbox = new Outbox(store, worker, optOuts, properties, event -> { }, clock);
    }

    DeliveryState onlyState() {
        return DeliveryState.valueOf(jdbc.queryForObject("select state from sms_outbox", String.class));
    }

    int count() {
        return jdbc.queryForObject("select count(*) from sms_outbox", Integer.class);
    }
}
