package uk.plymouth.wellbeing.signposting.staff;

import java.util.Set;

/**
 * Who a logged-in member of staff is and which hubs they may see, for the staff screens. The callback queue has its
 * own {@code callback.StaffMember} (username, hubs, admin): {@code new StaffMember(id.username(), id.hubIds(),
 * id.isAdmin())}.
 *
 * @param username lower-case, as stored
 * @param hubIds the hubs they work for
 */
public record StaffIdentity(String username, String displayName, StaffRole role, Set<String> hubIds) {

    public StaffIdentity {
        hubIds = Set.copyOf(hubIds);
    }

    public boolean isAdmin() {
        return role == StaffRole.ADMIN;
    }

    /** Admins see every hub; everyone else sees the hubs they work for. */
    public boolean canSee(String hubId) {
        return isAdmin() || hubIds.contains(hubId);
    }

    /** Hub leads see their own hubs' dashboards; admins see every hub's; staff none. */
    public boolean canSeeDashboardOf(String hubId) {
        return isAdmin() || (role == StaffRole.HUB_LEAD && hubIds.contains(hubId));
    }
}
