package uk.plymouth.wellbeing.system;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * {@code /actuator/prometheus} in a security chain of its own, ahead of the staff screens' chain: no session, no
 * login page, no CSRF (read-only); {@link MetricsAccess} decides, and everyone else gets 403. The reverse proxy
 * should not pass the path on at all (docs/deploy/nginx).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MetricsProperties.class)
class MetricsSecurityConfiguration {

    static final String PATH = "/actuator/prometheus";

    @Bean
    @Order(1)
    SecurityFilterChain metricsSecurity(HttpSecurity http, MetricsProperties properties) throws Exception {
        MetricsAccess access = new MetricsAccess(properties);
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(PATH))
                .authorizeHttpRequests(requests -> requests.anyRequest()
                        .access((authentication, context) -> new AuthorizationDecision(
                                access.allows(context.getRequest()))))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(refusal -> refusal
                        .authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.FORBIDDEN))
                        .accessDeniedHandler((request, response, denied) ->
                                response.sendError(HttpStatus.FORBIDDEN.value())));
        return http.build();
    }
}
