package uk.plymouth.wellbeing.signposting.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.plymouth.wellbeing.signposting.logging.LogSafe;
import uk.plymouth.wellbeing.signposting.staff.store.LoginThrottleStore;
import uk.plymouth.wellbeing.signposting.staff.store.LoginThrottleStore.Count;

/**
 * Counts failed staff logins and says when the next try may be checked ({@link LoginThrottleProperties}). Three
 * counts, all in the database so every app instance sees them:
 * <ul>
 * <li>per account and client address (a "place"): delays grow after {@code free-failures}; a place the account has
 * logged in from is familiar;</li>
 * <li>per account, from unfamiliar places only: the same delays, so many addresses together are slowed too, while the
 * real user at a familiar place is not;</li>
 * <li>per client address, whatever the username: at most {@code failures-per-address} in {@code address-window},
 * again not for the familiar places of an account.</li>
 * </ul>
 * Usernames that do not exist are counted only against the address (people type passwords into the username box).
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final LoginThrottleStore store;
    private final LoginThrottleProperties properties;

    LoginThrottle(LoginThrottleStore store, LoginThrottleProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    /** Whether a try may be checked now, and whether it comes from a place the account has logged in from. */
    record Verdict(boolean blocked, boolean familiar) {}

    @Transactional(readOnly = true)
    Verdict check(String username, String address, Instant now) {
        Map<String, Count> counts = store.find(List.of(accountKey(username), placeKey(username, address),
                addressKey(address)));
        Count place = counts.get(placeKey(username, address));
        boolean familiar = place != null && place.familiar();
        boolean blocked = place != null && place.blockedAt(now);
        if (!familiar) {
            blocked = blocked || blockedAt(counts.get(accountKey(username)), now)
                    || blockedAt(counts.get(addressKey(address)), now);
        }
        return new Verdict(blocked, familiar);
    }

    /**
     * Counts a failed try: always against the address; against the account and place only for an existing account
     * whose password was checked (a try refused for a delay does not lengthen it).
     */
    @Transactional
    void failed(String username, boolean accountExists, String address, Verdict verdict, Instant now) {
        // rows are locked in the order of their keys ("account:" < "address:" < "place:"), so two instances never
        // wait for each other's locks
        if (accountExists && !verdict.blocked() && !verdict.familiar()) {
            Count account = counted(store.lockOrCreate(accountKey(username), username, now), now);
            store.save(account, now);
            if (account.blockedUntil() != null) {
                log.warn("Logins to staff {} from unfamiliar places delayed until {} after {} failures", username,
                        account.blockedUntil(), account.failures());
            }
        }
        Count byAddress = countedInWindow(store.lockOrCreate(addressKey(address), null, now), now);
        store.save(byAddress, now);
        if (byAddress.failures() == properties.failuresPerAddress()) {
            log.warn("Staff logins from {} refused until {}: {} failures within {}", LogSafe.text(address),
                    byAddress.blockedUntil(), byAddress.failures(), properties.addressWindow());
        }
        if (accountExists && !verdict.blocked()) {
            Count place = counted(store.lockOrCreate(placeKey(username, address), username, now), now);
            store.save(place, now);
            log.info("Failed login for staff {} from {} ({} in a row from there)", username, LogSafe.text(address),
                    place.failures());
        }
    }

    /** A right password from this place: its failures are forgotten and it is familiar from now on. */
    @Transactional
    void succeeded(String username, String address, Instant now) {
        Count place = store.lockOrCreate(placeKey(username, address), username, now);
        store.save(new Count(place.key(), username, 0, null, null, true), now);
    }

    /** A wrong current password given in a logged-in session: counted as a failure from an unfamiliar place. */
    @Transactional
    void failedInSession(String username, Instant now) {
        store.save(counted(store.lockOrCreate(accountKey(username), username, now), now), now);
    }

    /** Whether tries on the account from unfamiliar places (and in-session password changes) must wait now. */
    @Transactional(readOnly = true)
    boolean accountBlocked(String username, Instant now) {
        return blockedAt(store.find(List.of(accountKey(username))).get(accountKey(username)), now);
    }

    /** An admin's clearing: every failure counted against this member of staff is forgotten. */
    @Transactional
    void clear(String username, Instant now) {
        store.clear(username, now);
    }

    /** What the admin screen shows: when the longest delay on this member of staff ends, and the failures. */
    @Transactional(readOnly = true)
    Standing standing(String username, Instant now) {
        Instant until = null;
        int failures = 0;
        for (Count count : store.about(username)) {
            if (count.blockedAt(now) && (until == null || count.blockedUntil().isAfter(until))) {
                until = count.blockedUntil();
            }
            failures = Math.max(failures, count.failures());
        }
        return new Standing(until, failures);
    }

    /** @param delayedUntil null when no try on the account is delayed now */
    record Standing(@Nullable Instant delayedUntil, int failures) {}

    // ---- counting ----

    private Count counted(Count count, Instant now) {
        int failures = forgotten(count, properties.forgetAfter(), now) ? 1 : count.failures() + 1;
        Duration delay = properties.delayAfter(failures);
        return new Count(count.key(), count.username(), failures, now, delay.isZero() ? null : now.plus(delay),
                count.familiar());
    }

    private Count countedInWindow(Count count, Instant now) {
        int failures = forgotten(count, properties.addressWindow(), now) ? 1 : count.failures() + 1;
        Instant blockedUntil = failures >= properties.failuresPerAddress() ? now.plus(properties.addressWindow())
                : count.blockedUntil();
        return new Count(count.key(), null, failures, now, blockedUntil, false);
    }

    private static boolean forgotten(Count count, Duration after, Instant now) {
        return count.lastFailureAt() == null || count.lastFailureAt().isBefore(now.minus(after));
    }

    private static boolean blockedAt(@Nullable Count count, Instant now) {
        return count != null && count.blockedAt(now);
    }

    // ---- keys ----

    static String accountKey(String username) {
        return "account:" + username;
    }

    static String placeKey(String username, String address) {
        return "place:" + username + ":" + sha256(address);
    }

    static String addressKey(String address) {
        return "address:" + sha256(address);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java has SHA-256", impossible);
        }
    }
}
