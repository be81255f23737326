package uk.plymouth.wellbeing.signposting.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.plymouth.wellbeing.signposting.testsupport.SignpostingTestApplication;
import uk.plymouth.wellbeing.signposting.testsupport.TwoInstances;
import uk.plymouth.wellbeing.signposting.texting.InboxRetention;

/**
 * Two app instances on one real PostgreSQL, each with the nightly jobs on its schedule: a job's run happens on one of
 * them only (ShedLock's lock on the database's clock), so the other's run at the same minute does nothing.
 */
class JobsOnTwoInstancesPostgresIT {

    private static TwoInstances instances;

    @BeforeAll
    static void startTwoInstances() {
        instances = TwoInstances.start(List.of());
        forget();
    }

    @AfterAll
    static void stop() {
        if (instances != null) {
            forget();
            instances.close();
        }
    }

    @Test
    void aNightlyJobRunsOnOneInstanceAndTheOthersRunThatMinuteIsSkipped() {
        oldText("SM-JOB-1");
        instances.a.getBean(InboxRetention.class).eraseOnSchedule();
        assertThat(phoneOf("SM-JOB-1")).as("A ran the job").isNull();

        oldText("SM-JOB-2");
        instances.b.getBean(InboxRetention.class).eraseOnSchedule();
        assertThat(phoneOf("SM-JOB-2")).as("B's run in the same minute was skipped").isNotNull();

        assertThat(instances.b.getBean(InboxRetention.class).eraseExpired()).as("called directly, not on the schedule")
                .isOne();
    }

    private static void oldText(String messageId) {
        jdbc().update("insert into sms_inbox (message_id, channel, phone, body, received_at, status, crisis, attempts)"
                + " values (?, 'test', '+447700900691', 'food bank', ?, 'ANSWERED', false, 1)", messageId,
                Timestamp.from(SignpostingTestApplication.NOW.minus(Duration.ofDays(365))));
    }

    private static String phoneOf(String messageId) {
        return jdbc().queryForObject("select phone from sms_inbox where message_id = ?", String.class, messageId);
    }

    private static JdbcTemplate jdbc() {
        return instances.jdbc();
    }

    private static void forget() {
        jdbc().update("delete from sms_inbox where message_id like 'SM-JOB-%'");
        jdbc().update("delete from shedlock where name = 'inbox-retention'");
    }
}
