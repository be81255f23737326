package uk.plymouth.wellbeing.staff;

import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.staff.StaffLogin;
import uk.plymouth.wellbeing.signposting.staff.StaffLogins;

/**
 * Spring Security's check of the staff login form, handed whole to {@link StaffLogins}: the username, the password
 * and the client's address (as the servlet sees it, so behind a trusted proxy the resident's own). A right password
 * gives the account's role as {@code ROLE_STAFF}, {@code ROLE_HUB_LEAD} or {@code ROLE_ADMIN}. Every failure is the
 * same {@link BadCredentialsException}, after the same minimum time, whether the username is unknown, the password
 * wrong, the account disabled or its tries delayed.
 */
@Component
class StaffAuthentication implements AuthenticationProvider {

    static final String UNKNOWN_ADDRESS = "unknown";

    private final StaffLogins logins;

    StaffAuthentication(StaffLogins logins) {
        this.logins = logins;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        StaffLogin login = logins.logIn(attempt.getName(), password, clientAddress(attempt))
                .orElseThrow(() -> new BadCredentialsException("Bad credentials"));
        UserDetails user = User.withUsername(login.username()).password("")
                .authorities(List.of(new SimpleGrantedAuthority("ROLE_" + login.role().name()))).build();
        UsernamePasswordAuthenticationToken done = UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities());
        done.setDetails(attempt.getDetails());
        return done;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String clientAddress(Authentication attempt) {
        if (attempt.getDetails() instanceof WebAuthenticationDetails) {
            String address = ((WebAuthenticationDetails) attempt.getDetails()).getRemoteAddress();
            if (address != null && !address.isBlank()) {
                return address;
            }
        }
        return UNKNOWN_ADDRESS;
    }
}
