package uk.plymouth.wellbeing.staff;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import uk.plymouth.wellbeing.HubApplication;
import uk.plymouth.wellbeing.signposting.staff.NewStaff;
import uk.plymouth.wellbeing.signposting.staff.StaffAccounts;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;
import uk.plymouth.wellbeing.signposting.testsupport.MutableClock;

/**
 * Staff accounts for tests of the staff screens: the first admin that {@link RunningStaffApp} (and any test with the
 * same properties) starts with, and fresh accounts with unique usernames and strong passwords, made through the real
 * {@link StaffAccounts} in the first admin's name.
 */
public final class TestStaff {

    /** The first admin's username, from {@code hub.staff.admin-username}. */
    public static final String ADMIN = "first-admin";
    /** The first admin's password: strong enough for the policy, so strict start-ups accept it too. */
    public static final String ADMIN_PASSWORD = "Granite-Harbour-Lantern-73";
    /** A password every account made by {@link #create} has; strong enough for the policy. */
    public static final String PASSWORD = "Quiet-Orchard-Ferry-29";
    /** A hub in the bundled sample content. */
    public static final String FOUR_GREENS = "four-greens";

    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestStaff() {}

    /** A username no other test has used in this JVM, starting with the given word. */
    public static String newUsername(String word) {
        return word + "-" + NEXT.incrementAndGet();
    }

    /**
     * Makes an enabled account with {@link #PASSWORD}, working for Four Greens.
     *
     * @return its username
     */
    public static String create(StaffAccounts accounts, StaffRole role) {
        String username = newUsername(role.name().toLowerCase().replace('_', '-'));
        accounts.create(ADMIN, new NewStaff(username, "Test " + username, role, Set.of(FOUR_GREENS), PASSWORD));
        return username;
    }

    /**
     * Replaces the app's clock with a {@link MutableClock} on Plymouth time, starting at Tuesday 24 November 2026,
     * 10:00 GMT. Autowire {@link MutableClock} to move it on.
     */
    @TestConfiguration(proxyBeanMethods = false)
    public static class ClockConfiguration {

        public static final Instant START = Instant.parse("2026-11-24T10:00:00Z");

        @Bean
        @Primary
        public MutableClock mutableClock() {
            return new MutableClock(START, HubApplication.PLYMOUTH);
        }
    }
}
