package uk.plymouth.wellbeing.signposting.staff;

import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.staff.store.LoginThrottleStore;

/**
 * Nightly, forgets strangers' failed logins older than {@code hub.staff.login.forget-after} with none since, so the
 * table keeps one row per address that failed lately, not one per address that ever failed (on one instance only).
 */
@Component
public class LoginThrottleHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottleHousekeeping.class);

    private final LoginThrottleStore store;
    private final LoginThrottleProperties properties;
    private final Clock clock;

    LoginThrottleHousekeeping(LoginThrottleStore store, LoginThrottleProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${hub.staff.login.forget-cron:0 50 3 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "login-throttle-forget", lockAtLeastFor = "PT1M")
    public void forgetOnSchedule() {
        int forgotten = forgetOldFailures();
        log.info("Login throttle: {} old counts of failed logins forgotten", forgotten);
    }

    /** Forgets what is due now; how many counts that was. */
    public int forgetOldFailures() {
        Instant now = clock.instant();
        return store.forgetFailuresBefore(now.minus(properties.forgetAfter()), now);
    }
}
