package uk.plymouth.wellbeing.signposting.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.plymouth.wellbeing.signposting.staff.store.StaffAccount;
import uk.plymouth.wellbeing.signposting.staff.store.StaffStore;

/**
 * Staff logging in: the one call the staff UI's security adapter makes. Every try, whatever happens, checks one
 * password against one BCrypt hash (the account's, or a stand-in's when there is no such account or the try must wait
 * for a delay), and every failure answers after at least {@code hub.staff.login.failure-time}, so neither the answer
 * nor the time taken says whether a username exists, is disabled or is being slowed down. Failures slow further tries
 * down ({@link LoginThrottle}); nothing locks an account.
 *
 * <p>No transaction is held while the password is hashed or the failure waits.
 */
@Service
public class StaffLogins {

    private static final Logger log = LoggerFactory.getLogger(StaffLogins.class);

    private final StaffStore store;
    private final LoginThrottle throttle;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottleProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private volatile @Nullable String standInHash;

    StaffLogins(StaffStore store, LoginThrottle throttle, PasswordEncoder staffPasswordEncoder,
            LoginThrottleProperties properties, Clock clock, TransactionTemplate transaction) {
        this.store = store;
        this.throttle = throttle;
        this.passwordEncoder = staffPasswordEncoder;
        this.properties = properties;
        this.clock = clock;
        this.transaction = transaction;
    }

    /**
     * Checks a username and password typed at the login form.
     *
     * @param clientAddress where the try came from (the client's IP address as the app sees it)
     * @return the account when the password is right, it is enabled and the try need not wait; empty otherwise,
     *     always after the same minimum time
     */
    public Optional<StaffLogin> logIn(String typedUsername, String password, String clientAddress) {
        long started = System.nanoTime();
        Instant now = clock.instant();
        String username = StaffAccount.canonicalUsername(typedUsername);
        Optional<StaffAccount> account = username.length() > StaffAccount.MAX_USERNAME ? Optional.empty()
                : store.find(username);
        LoginThrottle.Verdict verdict = throttle.check(username, clientAddress, now);
        String hash = account.isPresent() && !verdict.blocked() ? account.get().passwordHash() : standInHash();
        boolean rightPassword = passwordEncoder.matches(password, hash);
        if (rightPassword && account.isPresent() && !verdict.blocked() && account.get().isEnabled()) {
            StaffAccount a = account.get();
            transaction.executeWithoutResult(tx -> {
                throttle.succeeded(username, clientAddress, now);
                store.findForUpdate(username).ifPresent(found -> found.recordSuccessfulLogin(now));
            });
            log.info("Staff {} logged in", username);
            return Optional.of(new StaffLogin(a.username(), a.passwordHash(), a.role(), a.isEnabled(), a.hubIds()));
        }
        throttle.failed(username, account.isPresent(), clientAddress, verdict, now);
        if (account.isEmpty()) {
            log.info("Failed staff login for an unknown username");
        }
        waitUntil(started + properties.failureTime().toNanos());
        return Optional.empty();
    }

    /** A hash of a random password, made as the accounts' are, for tries that have no account's hash to check. */
    private String standInHash() {
        String hash = standInHash;
        if (hash == null) {
            hash = passwordEncoder.encode("stand-in " + UUID.randomUUID());
            standInHash = hash;
        }
        return hash;
    }

    private static void waitUntil(long nanoTime) {
        long left = nanoTime - System.nanoTime();
        if (left <= 0) {
            return;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(left);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
