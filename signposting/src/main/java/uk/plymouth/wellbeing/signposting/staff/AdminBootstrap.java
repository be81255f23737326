package uk.plymouth.wellbeing.signposting.staff;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.staff.store.StaffAccount;

/**
 * Makes the first admin from {@code hub.staff.admin-username} and {@code hub.staff.admin-password} (the staff UI
 * binds them from {@code ADMIN_USERNAME} and {@code ADMIN_PASSWORD}) while there are no staff accounts at all. Once
 * any account exists the two are ignored, so changing them never overwrites anyone and they can be removed from the
 * environment.
 *
 * <p>With {@code hub.staff.require-strong-admin} (the {@code postgres} profile) a first start with either value
 * missing, an invalid username or a weak password (see {@link PasswordPolicy}) throws, so the application refuses to
 * start before it takes any request. Without it, missing values leave a warning that no staff can log in yet, and a
 * weak password is used with a warning. Messages name the variable and never contain the password.
 */
@Component
public class AdminBootstrap implements SmartInitializingSingleton {

    public static final String USERNAME_VARIABLE = "ADMIN_USERNAME";
    public static final String PASSWORD_VARIABLE = "ADMIN_PASSWORD";
    static final String USERNAME_PROPERTY = "hub.staff.admin-username";
    static final String PASSWORD_PROPERTY = "hub.staff.admin-password";

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final StaffAccounts accounts;
    private final StaffProperties properties;

    AdminBootstrap(StaffAccounts accounts, StaffProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    /** At start-up, once every bean is ready and before the web server takes requests. */
    @Override
    public void afterSingletonsInstantiated() {
        ensureFirstAdmin(properties.adminUsername(), properties.adminPassword(), properties.requireStrongAdmin());
    }

    /**
     * Creates the first admin if there are no staff accounts yet.
     *
     * @param username the admin's username; null or blank when not set
     * @param password the admin's password; null or blank when not set
     * @param strict refuse missing values and weak passwords instead of warning
     * @return whether an admin was created
     * @throws IllegalStateException in strict mode, when there are no accounts and the values will not do; the
     *     message names the variable to set and never contains the password
     */
    public boolean ensureFirstAdmin(@Nullable String username, @Nullable String password, boolean strict) {
        if (accounts.hasAccounts()) {
            if (!isBlank(password)) {
                log.info("{} is set but not used: staff accounts exist already, so it can be removed", PASSWORD_VARIABLE);
            }
            return false;
        }
        if (isBlank(username) || isBlank(password)) {
            String missing = isBlank(username) && isBlank(password)
                    ? USERNAME_VARIABLE + " and " + PASSWORD_VARIABLE + " are"
                    : isBlank(username) ? USERNAME_VARIABLE + " (" + USERNAME_PROPERTY + ") is"
                    : PASSWORD_VARIABLE + " (" + PASSWORD_PROPERTY + ") is";
            return refuseOrWarn(strict, "There are no staff accounts and " + missing + " not set, so no staff can"
                    + " log in. Set both to create the first admin.");
        }
        String checkedUsername;
        try {
            checkedUsername = StaffAccount.checkedUsername(username);
        } catch (IllegalArgumentException e) {
            return refuseOrWarn(strict, USERNAME_VARIABLE + " (" + USERNAME_PROPERTY + ") will not do for the first"
                    + " admin: " + e.getMessage());
        }
        Optional<String> weakness = PasswordPolicy.problem(checkedUsername, password);
        if (weakness.isPresent()) {
            String problem = PASSWORD_VARIABLE + " (" + PASSWORD_PROPERTY + ") is too weak for the first admin: "
                    + weakness.get() + ". It needs at least " + PasswordPolicy.MIN_LENGTH + " characters, must not be"
                    + " a common password or the username.";
            if (strict) {
                throw new IllegalStateException(problem);
            }
            log.warn("{} Creating the admin anyway because hub.staff.require-strong-admin is false; change the"
                    + " password after logging in.", problem);
        }
        boolean created = accounts.createFirstAdmin(checkedUsername, password);
        if (created) {
            log.info("Created the first admin account {} from {}", checkedUsername, USERNAME_VARIABLE);
        }
        return created;
    }

    private static boolean refuseOrWarn(boolean strict, String problem) {
        if (strict) {
            throw new IllegalStateException(problem);
        }
        log.warn(problem);
        return false;
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
