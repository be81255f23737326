package uk.plymouth.wellbeing.staff;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may open what. The kiosk, its scripts, the open data API, the SMS webhooks and the health check are open to
 * everyone; every staff screen needs a login (form login at {@value LoginView#PATH}, passwords checked against the
 * BCrypt hashes in the database by {@link StaffUserDetails}), and each staff view names the roles it admits.
 * CSRF protection stays on everywhere except the Twilio webhooks, which carry Twilio's signature instead, and the
 * read-only open data API.
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
                .permitAll());
        // the webhooks carry Twilio's signature instead; the open data API is read-only, anonymous and sessionless
        http.csrf(csrf -> csrf.ignoringRequestMatchers(antMatcher("/sms/**"), antMatcher("/api/**")));
        http.headers(headers -> headers
                .referrerPolicy(policy -> policy.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/staff")
                .defaultSuccessUrl("/staff", false));
        return http.build();
    }

    /** Tells {@link StaffLoginEvents} about every login, so failures count towards the lockout. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }
}
