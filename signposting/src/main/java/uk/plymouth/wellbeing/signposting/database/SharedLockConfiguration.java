package uk.plymouth.wellbeing.signposting.database;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which database it is, and named locks shared by every instance on the database (ShedLock, table {@code shedlock}): a method marked
 * {@code @SchedulerLock} runs on one instance at a time, and is skipped where another holds it. Times are the
 * database's own, so instances whose clocks differ still agree. A lock is held at most {@code lockAtMostFor} (10
 * minutes unless a job says otherwise), so one whose instance died is free again after that.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SharedLockConfiguration {

    /** Which database this is, asked once at start-up for everything that writes a statement two ways. */
    @Bean
    DatabaseKind databaseKind(JdbcTemplate jdbc) {
        return DatabaseKind.of(jdbc);
    }

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
