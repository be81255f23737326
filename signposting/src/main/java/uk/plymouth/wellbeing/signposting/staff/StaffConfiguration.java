package uk.plymouth.wellbeing.signposting.staff;

import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Staff settings and the password encoder. Hashes carry their algorithm ({@code {bcrypt}$2a$12$...}), so the staff
 * UI's Spring Security can check them with this bean (the only {@link PasswordEncoder} in the context) or with its
 * own default delegating encoder, and a later move to another algorithm can keep the old hashes working.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({StaffProperties.class, LoginThrottleProperties.class})
class StaffConfiguration {

    static final String BCRYPT = "bcrypt";

    @Bean
    PasswordEncoder staffPasswordEncoder(StaffProperties properties) {
        return passwordEncoder(properties.bcryptStrength());
    }

    static PasswordEncoder passwordEncoder(int bcryptStrength) {
        return new DelegatingPasswordEncoder(BCRYPT, Map.of(BCRYPT, new BCryptPasswordEncoder(bcryptStrength)));
    }
}
