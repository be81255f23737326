package uk.plymouth.wellbeing.signposting.staff;

import java.util.Set;

/**
 * What the staff UI's login needs to know about an account, as {@link StaffLogins#logIn} or
 * {@link StaffAccounts#forLogin(String)} found it. Its {@link #toString()} leaves out the hash.
 *
 * @param username lower-case, as stored
 * @param passwordHash with its algorithm in front ({@code {bcrypt}$2a$12$...}), for Spring Security to check
 * @param enabled false once an admin has disabled the account
 * @param hubIds the hubs they work for (admins see every hub whatever this holds)
 */
public record StaffLogin(String username, String passwordHash, StaffRole role, boolean enabled,
        Set<String> hubIds) {

    public StaffLogin {
        hubIds = Set.copyOf(hubIds);
    }

    @Override
    public String toString() {
        return "StaffLogin[username=" + username + ", role=" + role + ", enabled=" + enabled + ", hubIds=" + hubIds
                + "]";
    }
}
