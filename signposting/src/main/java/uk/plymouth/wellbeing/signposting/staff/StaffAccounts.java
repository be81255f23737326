package uk.plymouth.wellbeing.signposting.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.staff.store.StaffAccount;
import uk.plymouth.wellbeing.signposting.staff.store.StaffStore;

/**
 * Staff accounts, for the staff UI's login and its admin screens. Usernames are case-insensitive everywhere.
 *
 * <p>Logging in is {@link StaffLogins}'; failed logins slow further tries down ({@code hub.staff.login.*}) and an admin
 * can clear that ({@link #unlock}).
 *
 * <p>Managing staff: every method that takes {@code admin} first checks that it names an enabled, unlocked
 * {@link StaffRole#ADMIN} and throws {@link NotPermittedException} otherwise, changing nothing. Hub leads manage no
 * one: they only see more (their hubs' dashboards). There is always at least one enabled admin: a change that would
 * leave none is refused with {@link IllegalStateException}. Accounts are disabled, never deleted. An unknown username
 * gives {@link StaffNotFoundException}; bad input {@link IllegalArgumentException} whose message starts with the
 * field's name; a weak password {@link WeakPasswordException}.
 */
@Service
@Transactional
public class StaffAccounts {

    private static final Logger log = LoggerFactory.getLogger(StaffAccounts.class);

    private final StaffStore store;
    private final Catalogue catalogue;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;
    private final Clock clock;

    StaffAccounts(StaffStore store, Catalogue catalogue, PasswordEncoder staffPasswordEncoder,
            LoginThrottle throttle, Clock clock) {
        this.store = store;
        this.catalogue = catalogue;
        this.passwordEncoder = staffPasswordEncoder;
        this.throttle = throttle;
        this.clock = clock;
    }

    // ---- logging in ----

    /** The account behind a username as typed, with its hash; empty if none. */
    @Transactional(readOnly = true)
    public Optional<StaffLogin> forLogin(String username) {
        return store.find(StaffAccount.canonicalUsername(username)).map(a -> new StaffLogin(a.username(),
                a.passwordHash(), a.role(), a.isEnabled(), a.hubIds()));
    }

    /** Who a logged-in member of staff is and what they may see. */
    @Transactional(readOnly = true)
    public StaffIdentity member(String username) {
        StaffAccount a = store.find(StaffAccount.canonicalUsername(username))
                .orElseThrow(() -> new StaffNotFoundException(username));
        return new StaffIdentity(a.username(), a.displayName(), a.role(), a.hubIds());
    }

    /**
     * A member of staff changes their own password.
     *
     * @return false, changing nothing, when {@code currentPassword} is wrong (counted as a failed login from an
     *     unfamiliar place, so guessing it from an unattended session is slowed down as a stranger's guesses are) or
     *     the account's tries are being delayed
     * @throws WeakPasswordException when the new password will not do, or is the current one
     */
    public boolean changeOwnPassword(String username, String currentPassword, String newPassword) {
        StaffAccount account = forUpdate(username);
        Instant now = clock.instant();
        if (!account.isEnabled() || throttle.accountBlocked(account.username(), now)) {
            return false;
        }
        if (!passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throttle.failedInSession(account.username(), now);
            log.info("Staff {} gave a wrong current password when changing it", account.username());
            return false;
        }
        if (newPassword.equals(currentPassword)) {
            throw new WeakPasswordException("it is the same as the current password");
        }
        PasswordPolicy.check(account.username(), newPassword);
        account.changePasswordHash(passwordEncoder.encode(newPassword), now);
        log.info("Staff {} changed their password", account.username());
        return true;
    }

    // ---- managing staff (admins only) ----

    /** A new account. */
    public StaffSummary create(String admin, NewStaff staff) {
        String actor = requireAdmin(admin);
        String username = StaffAccount.checkedUsername(staff.username());
        if (store.exists(username)) {
            throw new IllegalArgumentException("username: '" + username + "' is taken (usernames ignore case)");
        }
        PasswordPolicy.check(username, staff.password());
        StaffAccount account = StaffAccount.create(username, staff.displayName(),
                passwordEncoder.encode(staff.password()), staff.role(), knownHubs(staff.hubIds()), clock.instant());
        store.add(account);
        log.info("Staff account {} ({}) created by {}", username, staff.role(), actor);
        return summary(account);
    }

    /** Replaces the hubs they work for. */
    public StaffSummary setHubs(String admin, String username, Set<String> hubIds) {
        String actor = requireAdmin(admin);
        StaffAccount account = forUpdate(username);
        account.assignHubs(knownHubs(hubIds), clock.instant());
        log.info("Staff {} now works for hubs {} (set by {})", account.username(), hubIds, actor);
        return summary(account);
    }

    public StaffSummary setRole(String admin, String username, StaffRole role) {
        String actor = requireAdmin(admin);
        StaffAccount account = forUpdate(username);
        if (role != StaffRole.ADMIN) {
            keepAnAdmin(account, "Making " + account.username() + " " + role);
        }
        account.changeRole(role, clock.instant());
        log.info("Staff {} is now {} (set by {})", account.username(), role, actor);
        return summary(account);
    }

    /** Stops them logging in; their name stays in the records. */
    public StaffSummary disable(String admin, String username) {
        String actor = requireAdmin(admin);
        StaffAccount account = forUpdate(username);
        keepAnAdmin(account, "Disabling " + account.username());
        account.disable(clock.instant());
        log.info("Staff account {} disabled by {}", account.username(), actor);
        return summary(account);
    }

    public StaffSummary enable(String admin, String username) {
        String actor = requireAdmin(admin);
        StaffAccount account = forUpdate(username);
        account.enable(clock.instant());
        log.info("Staff account {} enabled by {}", account.username(), actor);
        return summary(account);
    }

    /** Sets a new password for them (which they should change) and clears any delay on their logins. */
    public StaffSummary resetPassword(String admin, String username, String newPassword) {
        String actor = requireAdmin(admin);
        StaffAccount account = forUpdate(username);
        PasswordPolicy.check(account.username(), newPassword);
        account.changePasswordHash(passwordEncoder.encode(newPassword), clock.instant());
        throttle.clear(account.username(), clock.instant());
        log.info("Password of staff {} reset by {}", account.username(), actor);
        return summary(account);
    }

    /** Forgets the failed logins counted against them, ending any delay on their tries at once. */
    public StaffSummary unlock(String admin, String username) {
        String actor = requireAdmin(admin);
        StaffAccount account = forUpdate(username);
        throttle.clear(account.username(), clock.instant());
        log.info("Failed logins of staff {} cleared by {}", account.username(), actor);
        return summary(account);
    }

    /** Every account, by username. */
    @Transactional(readOnly = true)
    public List<StaffSummary> list(String admin) {
        requireAdmin(admin);
        return store.all().stream().map(this::summary).toList();
    }

    // ---- the first admin, for AdminBootstrap ----

    @Transactional(readOnly = true)
    boolean hasAccounts() {
        return !store.isEmpty();
    }

    /** Creates an admin from checked details if there are still no accounts at all; whether it did. */
    boolean createFirstAdmin(String username, String password) {
        if (!store.isEmpty()) {
            return false;
        }
        store.add(StaffAccount.create(username, "Administrator", passwordEncoder.encode(password), StaffRole.ADMIN,
                Set.of(), clock.instant()));
        return true;
    }

    // ---- helpers ----

    private String requireAdmin(String admin) {
        return store.find(StaffAccount.canonicalUsername(admin))
                .filter(a -> a.isAdmin() && a.isEnabled())
                .map(StaffAccount::username)
                .orElseThrow(() -> new NotPermittedException(admin));
    }

    private StaffAccount forUpdate(String username) {
        return store.findForUpdate(StaffAccount.canonicalUsername(username))
                .orElseThrow(() -> new StaffNotFoundException(username));
    }

    private void keepAnAdmin(StaffAccount account, String change) {
        if (account.isAdmin() && account.isEnabled() && store.enabledAdmins() <= 1) {
            throw new IllegalStateException(change + " would leave no enabled admin: make someone else an admin"
                    + " first");
        }
    }

    private Set<String> knownHubs(Set<String> hubIds) {
        for (String hubId : hubIds) {
            if (catalogue.hub(hubId).isEmpty()) {
                throw new IllegalArgumentException("hubIds: there is no hub '" + hubId + "' in the directory");
            }
        }
        return hubIds;
    }

    private StaffSummary summary(StaffAccount a) {
        LoginThrottle.Standing standing = throttle.standing(a.username(), clock.instant());
        return new StaffSummary(a.username(), a.displayName(), a.role(), a.hubIds(), a.isEnabled(),
                standing.delayedUntil() != null, standing.delayedUntil(), standing.failures(), a.lastLoginAt(),
                a.createdAt());
    }
}
