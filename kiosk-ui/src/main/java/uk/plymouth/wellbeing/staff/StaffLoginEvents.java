package uk.plymouth.wellbeing.staff;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.staff.StaffAccounts;

/**
 * Counts logins: a wrong password (or a try at a locked or disabled account) counts towards the lockout; a right
 * one clears the count.
 */
@Component
class StaffLoginEvents {

    private final StaffAccounts accounts;

    StaffLoginEvents(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        accounts.loginFailed(event.getAuthentication().getName());
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        accounts.loginSucceeded(event.getAuthentication().getName());
    }
}
