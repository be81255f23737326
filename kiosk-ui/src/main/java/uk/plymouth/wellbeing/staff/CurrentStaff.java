package uk.plymouth.wellbeing.staff;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.callback.StaffMember;
import uk.plymouth.wellbeing.signposting.staff.StaffAccounts;
import uk.plymouth.wellbeing.signposting.staff.StaffIdentity;

/**
 * The member of staff behind the current request, read afresh from the database each time, so a change of hubs or
 * role applies at once. Views pass {@link #member()} to the callback queue, which enforces hub scoping itself.
 */
@Component
public class CurrentStaff {

    private final AuthenticationContext authentication;
    private final StaffAccounts accounts;

    CurrentStaff(AuthenticationContext authentication, StaffAccounts accounts) {
        this.authentication = authentication;
        this.accounts = accounts;
    }

    /** Who is logged in, their role and hubs. */
    public StaffIdentity identity() {
        String username = authentication.getPrincipalName()
                .orElseThrow(() -> new IllegalStateException("No member of staff is logged in"));
        return accounts.member(username);
    }

    /** The same person as the callback queue knows them. */
    public StaffMember member() {
        StaffIdentity identity = identity();
        return new StaffMember(identity.username(), identity.hubIds(), identity.isAdmin());
    }

    public void logout() {
        authentication.logout();
    }
}
