package uk.plymouth.wellbeing.signposting.staff;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A staff account as admins see it in the list: never the password or its hash.
 *
 * @param locked locked after failed logins, as of the clock
 * @param lockedUntil when that lock ends; null when not locked
 * @param failedLogins failed logins in a row since the last success or unlock
 * @param lastLoginAt null until they first log in
 */
public record StaffSummary(String username, String displayName, StaffRole role, Set<String> hubIds, boolean enabled,
        boolean locked, @Nullable Instant lockedUntil, int failedLogins, @Nullable Instant lastLoginAt,
        Instant createdAt) {

    public StaffSummary {
        hubIds = Set.copyOf(hubIds);
    }
}
