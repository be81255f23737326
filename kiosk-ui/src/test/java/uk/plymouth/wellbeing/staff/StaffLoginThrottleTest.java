package uk.plymouth.wellbeing.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import uk.plymouth.wellbeing.signposting.staff.StaffAccounts;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;
import uk.plymouth.wellbeing.signposting.staff.StaffSummary;
import uk.plymouth.wellbeing.signposting.testsupport.MutableClock;

/**
 * Failed staff logins over HTTP from several client addresses, as a proxy in front of the app reports them
 * ({@code X-Forwarded-For}, trusted here from 127.0.0.1 only): an attacker's failures slow the attacker, not the real
 * user at their usual place; one address's failures are capped whatever the username; every failure checks one
 * password and takes at least {@code hub.staff.login.failure-time}, whatever its reason; an admin clears a delay.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "hub.staff.admin-username=" + TestStaff.ADMIN,
        "hub.staff.admin-password=" + TestStaff.ADMIN_PASSWORD,
        "hub.staff.bcrypt-strength=4",
        "hub.staff.login.failure-time=300ms",
        "server.forward-headers-strategy=native",
        "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1",
        "server.tomcat.remoteip.remote-ip-header=X-Forwarded-For"})
@ActiveProfiles("test")
@Import({TestStaff.ClockConfiguration.class, StaffLoginThrottleTest.CountedPasswordChecks.class})
class StaffLoginThrottleTest {

    static final String ERROR = "/staff/login?error";
    static final String HOME = "198.51.100.7";
    static final String ATTACKER = "203.0.113.66";

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    CountedPasswordChecks checks;

    private StaffSession from(String address) {
        return new StaffSession(port, address);
    }

    private String logIn(String username, String password, String address) {
        return StaffSession.location(from(address).logIn(username, password));
    }

    private StaffSummary summary(String username) {
        return accounts.list(TestStaff.ADMIN).stream().filter(s -> s.username().equals(username)).findFirst()
                .orElseThrow();
    }

    @Test
    void anAttackersFailuresFromOneAddressDoNotStopTheRealUserFromTheirOwn() {
        String admin = TestStaff.create(accounts, StaffRole.ADMIN);
        assertThat(logIn(admin, TestStaff.PASSWORD, HOME)).isEqualTo("/staff");

        for (int i = 0; i < 15; i++) {
            assertThat(logIn(admin, "Guess-Number-" + i, ATTACKER)).isEqualTo(ERROR);
        }
        assertThat(logIn(admin, TestStaff.PASSWORD, ATTACKER)).as("the attacker, even with the password")
                .isEqualTo(ERROR);

        assertThat(logIn(admin, TestStaff.PASSWORD, HOME)).as("the real user at home").isEqualTo("/staff");
    }

    @Test
    void failuresFromOneAddressGetSlowerAndAreCapped() {
        String username = TestStaff.create(accounts, StaffRole.STAFF);
        String address = "203.0.113.77";
        for (int i = 0; i < 5; i++) {
            logIn(username, "Guess-Number-" + i, address);
        }
        Instant first = summary(username).lockedUntil();
        assertThat(first).isEqualTo(clock.instant().plusSeconds(30));
        clock.set(first);
        logIn(username, "Guess-Number-5", address);
        assertThat(summary(username).lockedUntil()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));

        // and, whatever the usernames, at most 30 failures from one address in 15 minutes
        String busy = "203.0.113.88";
        for (int i = 0; i < 30; i++) {
            logIn("nobody-" + i, "Guess-Number-" + i, busy);
        }
        String other = TestStaff.create(accounts, StaffRole.STAFF);
        assertThat(logIn(other, TestStaff.PASSWORD, busy)).isEqualTo(ERROR);
        assertThat(logIn(other, TestStaff.PASSWORD, "203.0.113.89")).isEqualTo("/staff");
    }

    @Test
    void everyKindOfFailureChecksOnePasswordAndTakesTheSameMinimumTime() {
        String known = TestStaff.create(accounts, StaffRole.STAFF);
        String disabled = TestStaff.create(accounts, StaffRole.STAFF);
        accounts.disable(TestStaff.ADMIN, disabled);
        String delayed = TestStaff.create(accounts, StaffRole.STAFF);
        for (int i = 0; i < 5; i++) {
            logIn(delayed, "Guess-Number-" + i, "203.0.113.99");
        }
        logIn("warm-up", "make the stand-in hash", HOME);

        Map<String, Supplier<String>> failures = new LinkedHashMap<>();
        failures.put("unknown username", () -> logIn("nobody-at-all", TestStaff.PASSWORD, HOME));
        failures.put("wrong password", () -> logIn(known, "Not-The-Password-1", HOME));
        failures.put("disabled account", () -> logIn(disabled, TestStaff.PASSWORD, HOME));
        failures.put("delayed account", () -> logIn(delayed, TestStaff.PASSWORD, "203.0.113.99"));
        failures.forEach((what, failure) -> {
            long before = checks.count.get();
            long started = System.nanoTime();
            assertThat(failure.get()).as(what).isEqualTo(ERROR);
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(checks.count.get() - before).as(what + ": passwords checked").isEqualTo(1);
            assertThat(millis).as(what + ": milliseconds").isGreaterThanOrEqualTo(300);
        });
    }

    @Test
    void anAdminCanStillClearTheThrottle() {
        String username = TestStaff.create(accounts, StaffRole.HUB_LEAD);
        for (int i = 0; i < 5; i++) {
            logIn(username, "Guess-Number-" + i, ATTACKER);
        }
        assertThat(logIn(username, TestStaff.PASSWORD, "192.0.2.44")).isEqualTo(ERROR);

        accounts.unlock(TestStaff.ADMIN, username);

        assertThat(logIn(username, TestStaff.PASSWORD, "192.0.2.44")).isEqualTo("/staff");
    }

    /** Counts the checks made by the app's own password encoder (login forms check one password each). */
    @TestConfiguration(proxyBeanMethods = false)
    static class CountedPasswordChecks {

        final AtomicLong count = new AtomicLong();

        @Bean
        static BeanPostProcessor countStaffPasswordChecks(
                org.springframework.beans.factory.ObjectProvider<CountedPasswordChecks> checks) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!"staffPasswordEncoder".equals(name) || !(bean instanceof PasswordEncoder)) {
                        return bean;
                    }
                    PasswordEncoder real = (PasswordEncoder) bean;
                    return new PasswordEncoder() {
                        @Override
                        public String encode(CharSequence raw) {
                            return real.encode(raw);
                        }

                        @Override
                        public boolean matches(CharSequence raw, String encoded) {
                            checks.getObject().count.incrementAndGet();
                            return real.matches(raw, encoded);
                        }
                    };
                }
            };
        }
    }
}
