package uk.plymouth.wellbeing.signposting.staff;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Staff accounts: how passwords are hashed and where the first admin comes from (how failed logins slow further tries
 * down is {@link LoginThrottleProperties}). Its {@link #toString()} never shows the admin password.
 *
 * @param adminUsername the first admin's username, used only while there are no staff accounts at all (the staff
 *     UI binds it from {@code ADMIN_USERNAME}); no default
 * @param adminPassword the first admin's password, likewise (from {@code ADMIN_PASSWORD}); no default
 * @param requireStrongAdmin refuse to start when there are no accounts and the first admin's username or password
 *     is missing or the password weak (default false; the {@code postgres} profile sets it)
 * @param bcryptStrength BCrypt's log2 work factor for new hashes (default 12, about a quarter of a second per hash);
 *     lower only in tests
 */
@ConfigurationProperties("hub.staff")
public record StaffProperties(
        @Nullable String adminUsername,
        @Nullable String adminPassword,
        @DefaultValue("false") boolean requireStrongAdmin,
        @DefaultValue("12") int bcryptStrength) {

    public StaffProperties {
        if (bcryptStrength < 4 || bcryptStrength > 31) {
            throw new IllegalArgumentException("hub.staff.bcrypt-strength must be from 4 to 31, not "
                    + bcryptStrength);
        }
    }

    /** The defaults above, with no first admin. */
    public static StaffProperties defaults() {
        return new StaffProperties(null, null, false, 12);
    }

    @Override
    public String toString() {
        return "StaffProperties[adminUsername=" + adminUsername + ", adminPassword=" + (adminPassword == null ? "(not set)" : "(set)")
                + ", requireStrongAdmin=" + requireStrongAdmin + ", bcryptStrength=" + bcryptStrength + "]";
    }
}
