package uk.plymouth.wellbeing.staff;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.staff.StaffAccounts;
import uk.plymouth.wellbeing.signposting.staff.StaffLogin;

/**
 * Spring Security's view of a staff account: its BCrypt hash, its role as {@code ROLE_STAFF}, {@code ROLE_HUB_LEAD}
 * or {@code ROLE_ADMIN}, and whether it is disabled or locked (then the password is not even checked).
 */
@Component
class StaffUserDetails implements UserDetailsService {

    private final StaffAccounts accounts;

    StaffUserDetails(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StaffLogin login = accounts.forLogin(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such staff account"));
        return User.withUsername(login.username())
                .password(login.passwordHash())
                .authorities(List.of(new SimpleGrantedAuthority("ROLE_" + login.role().name())))
                .disabled(!login.enabled())
                .accountLocked(login.locked())
                .build();
    }
}
