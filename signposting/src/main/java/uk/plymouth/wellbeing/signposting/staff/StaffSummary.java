package uk.plymouth.wellbeing.signposting.staff;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A staff account as admins see it in the list: never the password or its hash.
 *
 * @param locked whether failed logins delay some of their tries now (from unfamiliar places, or from one place)
 * @param lockedUntil when the longest such delay ends; null when none
 * @param failedLogins the most failed logins in a row counted against them (from one place, or from unfamiliar
 *     places), until an admin clears them or a day passes without one
 * @param lastLoginAt null until they first log in
 */
public record StaffSummary(String username, String displayName, StaffRole role, Set<String> hubIds, boolean enabled,
        boolean locked, @Nullable Instant lockedUntil, int failedLogins, @Nullable Instant lastLoginAt,
        Instant createdAt) {

    public StaffSummary {
        hubIds = Set.copyOf(hubIds);
    }
}
