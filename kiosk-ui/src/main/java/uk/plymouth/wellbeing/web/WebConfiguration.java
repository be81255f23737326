package uk.plymouth.wellbeing.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebProperties.class)
class WebConfiguration {

    @Bean
    TrustedProxies trustedProxies(WebProperties properties) {
        return new TrustedProxies(properties.trustedProxies());
    }

    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders(WebProperties properties) {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(
                new SecurityHeaders(properties.contentSecurityPolicy(), properties.permissionsPolicy()));
        registration.addUrlPatterns("/*");
        registration.setName("securityHeaders");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Before Spring Security, which would send a stranger to the staff login, and Vaadin, which would show a page. */
    @Bean
    FilterRegistrationBean<MissingFiles> missingFiles() {
        FilterRegistrationBean<MissingFiles> registration = new FilterRegistrationBean<>(new MissingFiles());
        registration.addUrlPatterns("/*");
        registration.setName("missingFiles");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
