package uk.plymouth.wellbeing.signposting.callback;

import java.util.Set;

/**
 * Who is working the queue: a staff login (the users themselves live in the staff UI) and the hubs they work for.
 * Staff see and change only their hubs' requests; admins see every hub's.
 */
public record StaffMember(String username, Set<String> hubIds, boolean admin) {

    public StaffMember {
        if (username.isBlank()) {
            throw new IllegalArgumentException("A staff member needs a username");
        }
        if (username.length() > 100) {
            throw new IllegalArgumentException("A staff username can be at most 100 characters");
        }
        hubIds = Set.copyOf(hubIds);
    }

    /** A member of staff at one or more hubs. */
    public static StaffMember at(String username, String... hubIds) {
        return new StaffMember(username, Set.of(hubIds), false);
    }

    /** An admin, who sees every hub. */
    public static StaffMember admin(String username) {
        return new StaffMember(username, Set.of(), true);
    }

    public boolean worksFor(String hubId) {
        return admin || hubIds.contains(hubId);
    }
}
