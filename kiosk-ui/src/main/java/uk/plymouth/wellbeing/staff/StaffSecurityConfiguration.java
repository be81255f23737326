package uk.plymouth.wellbeing.staff;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may open what. The kiosk, its scripts, the open data API, the SMS webhooks and the health check are open to
 * everyone; every staff screen needs a login (form login at {@value LoginView#PATH}, passwords checked against the
 * BCrypt hashes in the database, failures slowing further tries down, by {@link StaffAuthentication}), and each staff view names the roles it admits.
 * CSRF protection stays on everywhere except the Twilio webhooks, which carry Twilio's signature instead, and the
 * read-only open data API. That includes the login form: Vaadin leaves a Flow login view's path out of CSRF checks
 * (vaadin/flow#17427), which would let another site log a staff browser in to an account of its choosing, so
 * {@link LoginCsrfCheck} checks the token the login page puts in the form.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class StaffSecurityConfiguration {

    @Bean
    SecurityFilterChain staffSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(antMatcher("/api/**"), antMatcher("/sms/**"), antMatcher("/kiosk/**"),
                        antMatcher("/start-again"), antMatcher("/actuator/health/**"), antMatcher("/images/**"),
                        antMatcher("/icons/**"), antMatcher("/favicon.ico"), antMatcher("/error"))
                .permitAll()
                .requestMatchers(new OutsideTheStaffScreens()).permitAll());
        // the webhooks carry Twilio's signature instead; the open data API is read-only, anonymous and sessionless
        http.csrf(csrf -> csrf.ignoringRequestMatchers(antMatcher("/sms/**"), antMatcher("/api/**")));
        http.headers(headers -> headers
                .referrerPolicy(policy -> policy.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/staff")
                .defaultSuccessUrl("/staff", false));
        http.addFilterAfter(new LoginCsrfCheck(), CsrfFilter.class);
        return http.build();
    }

    /**
     * Refuses a login post without this session's CSRF token, as Spring's {@link CsrfFilter} would if Vaadin did not
     * exempt the login path, by sending the browser back to a fresh login page ("your login page had expired")
     * instead of a bare 403: a login page left open for longer than a session lasts is the usual cause. Runs after that filter, which has loaded the session's token; the login page gives
     * the token to the form masked, as {@link XorCsrfTokenRequestAttributeHandler} expects.
     */
    static final class LoginCsrfCheck extends OncePerRequestFilter {

        private final RequestMatcher loginPost = PathPatternRequestMatcher.withDefaults()
                .matcher(HttpMethod.POST, LoginView.PATH);
        private final XorCsrfTokenRequestAttributeHandler tokens = new XorCsrfTokenRequestAttributeHandler();

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (loginPost.matches(request)) {
                var deferred = (DeferredCsrfToken) request.getAttribute(DeferredCsrfToken.class.getName());
                if (deferred == null) {
                    throw new IllegalStateException("Spring's CsrfFilter must run before " + getClass().getName());
                }
                CsrfToken expected = deferred.get();
                String sent = tokens.resolveCsrfTokenValue(request, expected);
                if (sent == null || !MessageDigest.isEqual(bytes(expected.getToken()), bytes(sent))) {
                    // no login; back to a fresh login page (a login page left open past the session's end, or a
                    // post from another site: either way nobody is logged in)
                    response.sendRedirect(request.getContextPath() + LoginView.PATH + "?expired");
                    return;
                }
            }
            chain.doFilter(request, response);
        }

        private static byte[] bytes(String token) {
            return token.getBytes(StandardCharsets.UTF_8);
        }
    }
}
