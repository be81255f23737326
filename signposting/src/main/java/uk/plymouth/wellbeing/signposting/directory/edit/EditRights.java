package uk.plymouth.wellbeing.signposting.directory.edit;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import uk.plymouth.wellbeing.signposting.catalogue.ItemKind;
import uk.plymouth.wellbeing.signposting.staff.StaffIdentity;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;

/**
 * Who may do what to the directory. Staff edit their own hubs' items as drafts; hub leads also publish them;
 * admins do everything, including adding or archiving hubs. An item shared by several hubs belongs to each.
 */
final class EditRights {

    private EditRights() {}

    static boolean maySee(StaffIdentity who, Collection<String> hubIds) {
        return who.isAdmin() || hubIds.stream().anyMatch(who.hubIds()::contains);
    }

    /** Checks an edit that takes an item from hubs {@code before} (empty: new) to hubs {@code after}. */
    static void checkEdit(StaffIdentity who, ItemKind kind, Collection<String> before, Collection<String> after) {
        if (who.isAdmin()) {
            return;
        }
        if (kind == ItemKind.HUB && before.isEmpty()) {
            throw new EditNotAllowedException("Only an admin can add a hub.");
        }
        Set<String> moved = new HashSet<>(before);
        moved.addAll(after);
        Set<String> kept = new HashSet<>(before);
        kept.retainAll(after);
        moved.removeAll(kept);
        if (!maySee(who, before.isEmpty() ? after : before) || !who.hubIds().containsAll(moved)) {
            throw new EditNotAllowedException("You can only change items at your own hubs.");
        }
    }

    static boolean mayPublish(StaffIdentity who, Collection<String> hubIds) {
        return who.isAdmin() || (who.role() == StaffRole.HUB_LEAD && maySee(who, hubIds));
    }

    static void checkPublish(StaffIdentity who, Collection<String> hubIds) {
        if (!mayPublish(who, hubIds)) {
            throw new EditNotAllowedException("Only a hub lead for this hub, or an admin, can publish changes.");
        }
    }

    static void checkArchiveHub(StaffIdentity who) {
        if (!who.isAdmin()) {
            throw new EditNotAllowedException("Only an admin can archive a hub.");
        }
    }
}
