package uk.plymouth.wellbeing.signposting.staff.store;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;

/**
 * A member of staff who can log in: username (lower-case), role, hubs, password hash and when they last logged in.
 * Failed logins are counted elsewhere ({@code staff_login_throttle}): they slow tries down, never lock an account.
 * Rules a change breaks give {@link IllegalStateException}; bad values give {@link IllegalArgumentException}
 * whose message starts with the field's name.
 */
@Entity
@Table(name = "staff_account")
public class StaffAccount {

    public static final int MAX_USERNAME = 100;
    public static final int MAX_DISPLAY_NAME = 100;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]*");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = MAX_USERNAME, updatable = false)
    private String username = "";

    @Column(name = "display_name", nullable = false, length = MAX_DISPLAY_NAME)
    private String displayName = "";

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash = "";

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private StaffRole role = StaffRole.STAFF;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "last_login_at")
    private @Nullable Instant lastLoginAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Version
    private @Nullable Integer version;

    @ElementCollection
    @CollectionTable(name = "staff_hub", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "hub_id", nullable = false, length = 64)
    private Set<String> hubIds = new HashSet<>();

    protected StaffAccount() {}

    /**
     * A new, enabled, unlocked account.
     *
     * @param username as typed: trimmed and lower-cased here, then checked
     * @param passwordHash already hashed, never the password itself
     */
    public static StaffAccount create(String username, String displayName, String passwordHash, StaffRole role,
            Set<String> hubIds, Instant now) {
        StaffAccount account = new StaffAccount();
        account.username = checkedUsername(username);
        account.displayName = checkedDisplayName(displayName);
        account.passwordHash = checkedHash(passwordHash);
        account.role = role;
        account.hubIds = new HashSet<>(hubIds);
        account.createdAt = now;
        account.updatedAt = now;
        return account;
    }

    /** The form usernames are stored and looked up in: trimmed, lower-case. */
    public static String canonicalUsername(String typed) {
        return typed.strip().toLowerCase(Locale.ROOT);
    }

    /** The username as stored, or {@link IllegalArgumentException} saying what is wrong with it. */
    public static String checkedUsername(String typed) {
        String username = canonicalUsername(typed);
        if (username.length() < 2 || username.length() > MAX_USERNAME) {
            throw new IllegalArgumentException("username: must be 2 to " + MAX_USERNAME + " characters long");
        }
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("username: may only have letters, digits and . _ - @, and must start"
                    + " with a letter or digit");
        }
        return username;
    }

    // ---- logging in ----

    /** A right password: notes when. Refused while disabled. */
    public void recordSuccessfulLogin(Instant now) {
        requireEnabled("log in");
        lastLoginAt = now;
        updatedAt = now;
    }

    // ---- what admins and the staff member change ----

    /** A new password (already hashed). */
    public void changePasswordHash(String newHash, Instant now) {
        passwordHash = checkedHash(newHash);
        updatedAt = now;
    }

    public void changeRole(StaffRole newRole, Instant now) {
        role = newRole;
        updatedAt = now;
    }

    public void assignHubs(Set<String> newHubIds, Instant now) {
        hubIds.clear();
        hubIds.addAll(newHubIds);
        updatedAt = now;
    }

    public void disable(Instant now) {
        enabled = false;
        updatedAt = now;
    }

    public void enable(Instant now) {
        enabled = true;
        updatedAt = now;
    }

    // ---- reading ----

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public StaffRole role() {
        return role;
    }

    public boolean isAdmin() {
        return role == StaffRole.ADMIN;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public @Nullable Instant lastLoginAt() {
        return lastLoginAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Set<String> hubIds() {
        return Set.copyOf(hubIds);
    }

    @Override
    public String toString() {
        return "StaffAccount[" + username + ", " + role + (enabled ? "" : ", disabled") + "]";
    }

    private void requireEnabled(String action) {
        if (!enabled) {
            throw new IllegalStateException("Staff account " + username + " is disabled: it cannot " + action);
        }
    }

    private static String checkedDisplayName(String typed) {
        String name = typed.strip();
        if (name.isEmpty() || name.length() > MAX_DISPLAY_NAME) {
            throw new IllegalArgumentException("displayName: must be 1 to " + MAX_DISPLAY_NAME + " characters long");
        }
        return name;
    }

    private static String checkedHash(String hash) {
        // a hash always names its algorithm; anything else is a password passed by mistake
        if (!hash.startsWith("{") || hash.length() > 200) {
            throw new IllegalArgumentException("passwordHash: must be a hash with its algorithm, e.g. {bcrypt}...");
        }
        return hash;
    }
}
