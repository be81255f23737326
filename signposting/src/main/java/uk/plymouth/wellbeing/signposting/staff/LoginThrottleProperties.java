package uk.plymouth.wellbeing.signposting.staff;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed staff logins slow down further tries ({@code hub.staff.login.*}). Nothing locks an account: failures
 * delay the next try that is checked, per account from unfamiliar places, per account and client address, and per
 * client address whatever the username. A place (client address) the account has logged in from before is exempt
 * from the first and the last, so strangers cannot keep the real user out.
 *
 * @param freeFailures failures in a row, per account and place or per account from unfamiliar places, before tries
 *     are delayed (default 5)
 * @param firstDelay the delay after the {@code freeFailures}th failure; it doubles with each failure after that
 *     (default {@code 30s})
 * @param longestDelay the cap on that doubling (default {@code 15m})
 * @param failuresPerAddress failed tries from one client address, whatever the username, before that address is
 *     refused for {@code addressWindow} (default 30)
 * @param addressWindow how long those failures are counted, and how long the address is then refused (default
 *     {@code 15m})
 * @param forgetAfter failures older than this (none since) are forgotten (default {@code 24h})
 * @param failureTime every failed login answers after at least this long, whatever the reason (unknown username,
 *     wrong password, disabled account, delayed), so the time taken tells nothing (default {@code 500ms})
 */
@ConfigurationProperties("hub.staff.login")
public record LoginThrottleProperties(
        @DefaultValue("5") int freeFailures,
        @DefaultValue("30s") Duration firstDelay,
        @DefaultValue("15m") Duration longestDelay,
        @DefaultValue("30") int failuresPerAddress,
        @DefaultValue("15m") Duration addressWindow,
        @DefaultValue("24h") Duration forgetAfter,
        @DefaultValue("500ms") Duration failureTime) {

    public LoginThrottleProperties {
        if (freeFailures < 1) {
            throw new IllegalArgumentException("hub.staff.login.free-failures must be at least 1, not "
                    + freeFailures);
        }
        positive(firstDelay, "first-delay");
        positive(longestDelay, "longest-delay");
        if (longestDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("hub.staff.login.longest-delay must not be shorter than first-delay");
        }
        if (failuresPerAddress < freeFailures) {
            throw new IllegalArgumentException("hub.staff.login.failures-per-address must be at least free-failures ("
                    + freeFailures + "), not " + failuresPerAddress);
        }
        positive(addressWindow, "address-window");
        positive(forgetAfter, "forget-after");
        if (failureTime.isNegative()) {
            throw new IllegalArgumentException("hub.staff.login.failure-time must not be negative");
        }
    }

    /** The defaults above. */
    public static LoginThrottleProperties defaults() {
        return new LoginThrottleProperties(5, Duration.ofSeconds(30), Duration.ofMinutes(15), 30,
                Duration.ofMinutes(15), Duration.ofHours(24), Duration.ofMillis(500));
    }

    /**
     * The delay after {@code failures} failures in a row: none up to {@code freeFailures - 1}, then
     * {@code firstDelay}, doubling each time, at most {@code longestDelay}.
     */
    public Duration delayAfter(int failures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures, 30);
        Duration delay = firstDelay;
        for (int i = 0; i < doublings && delay.compareTo(longestDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
    }

    private static void positive(Duration value, String key) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("hub.staff.login." + key + " must be more than zero, not " + value);
        }
    }
}
