package uk.plymouth.wellbeing.signposting.texting;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.plymouth.wellbeing.signposting.testsupport.SignpostingTestApplication;
import uk.plymouth.wellbeing.signposting.texting.InboundAnswer.Outcome;

/**
 * The inbox while a request holds an {@code EntityManager} open, as open-in-view does (the app turns it off, but
 * nothing stops a deployment turning it on): that EntityManager keeps the connection it first used, so the inbox must
 * share it rather than take a second one. The pool has two connections and the test holds one (Flyway needs two at
 * start), so taking a second would time out.
 */
@SpringBootTest(classes = SignpostingTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:inbox-open-em;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
            "spring.datasource.hikari.maximum-pool-size=2",
            "spring.datasource.hikari.connection-timeout=2000",
            "hub.catalogue.location=classpath:fixtures/content/",
            "hub.catalogue.check-for-changes-every=0s"
        })
class InboxOpenEntityManagerTest {

    @Autowired
    Inbox inbox;

    @Autowired
    EntityManagerFactory entityManagers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void aRequestHoldingAnEntityManagerOpenNeedsNoSecondConnection() throws SQLException {
        InboundAnswer[] answers;
        try (Connection elsewhere = dataSource.getConnection()) {
            assertThat(elsewhere.isValid(1)).isTrue();
            answers = receiveTwiceWithAnEntityManagerOpen(
                    new InboundText("SMopen1", "test", "+447700900321", "food bank PL5"));
        }
        InboundAnswer first = answers[0];
        InboundAnswer again = answers[1];

        assertThat(first.outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(first.messages()).isNotEmpty();
        assertThat(again.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(again.messages()).isEqualTo(first.messages());
        assertThat(jdbc.queryForObject("select status from sms_inbox where message_id = 'SMopen1'", String.class))
                .isEqualTo("ANSWERED");
    }

    private InboundAnswer[] receiveTwiceWithAnEntityManagerOpen(InboundText text) {
        EntityManager held = entityManagers.createEntityManager();
        TransactionSynchronizationManager.bindResource(entityManagers, new EntityManagerHolder(held));
        try {
            return new InboundAnswer[] {inbox.receive(text, RateLimit.defaults()),
                inbox.receive(text, RateLimit.defaults())};
        } finally {
            TransactionSynchronizationManager.unbindResource(entityManagers);
            held.close();
        }
    }
}
