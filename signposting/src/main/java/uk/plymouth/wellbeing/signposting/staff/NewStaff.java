package uk.plymouth.wellbeing.signposting.staff;

import java.util.Set;

/**
 * A staff account an admin is about to create, as typed: {@link StaffAccounts#create(String, NewStaff)} checks it.
 * Its {@link #toString()} leaves out the password.
 *
 * @param username letters, digits and {@code . _ - @}, at most 100 characters; stored lower-case, so {@code Sam}
 *     and {@code sam} are the same person
 * @param hubIds hubs from the directory; may be empty (for admins it makes no difference)
 * @param password the first password, which must pass the {@link PasswordPolicy}
 */
public record NewStaff(String username, String displayName, StaffRole role, Set<String> hubIds, String password) {

    public NewStaff {
        hubIds = Set.copyOf(hubIds);
    }

    @Override
    public String toString() {
        return "NewStaff[username=" + username + ", displayName=" + displayName + ", role=" + role + ", hubIds="
                + hubIds + "]";
    }
}
