package uk.plymouth.wellbeing.openreferral;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The CORS header Open Referral UK requires on every response of the open data API. (Room for long search texts in
 * the URL is set in application.properties.)
 */
@Configuration(proxyBeanMethods = false)
class OpenReferralWebConfiguration {

    @Bean
    FilterRegistrationBean<OpenDataCors> openDataCors() {
        FilterRegistrationBean<OpenDataCors> registration = new FilterRegistrationBean<>(new OpenDataCors());
        registration.addUrlPatterns("/api/*");
        registration.setName("openDataCors");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1); // so every answer has the header, whoever answers
        return registration;
    }

    /** {@code Access-Control-Allow-Origin: *} on every response, errors included; answers preflight requests. */
    static final class OpenDataCors extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
            boolean preflight = "OPTIONS".equals(request.getMethod())
                    && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null;
            if (preflight) {
                response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET, HEAD, OPTIONS");
                String headers = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS);
                if (headers != null) {
                    response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, headers);
                }
                response.setHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "86400");
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
