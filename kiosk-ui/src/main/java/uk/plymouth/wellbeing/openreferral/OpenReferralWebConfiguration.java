package uk.plymouth.wellbeing.openreferral;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The CORS header Open Referral UK requires on every response of the open data API, and JSON errors (with that
 * header) for API requests that fail before the API's controller answers: an unreadable query string, an error page,
 * an address Tomcat refuses. (Room for long search texts in the URL is set in application.properties.)
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

    @Bean
    FilterRegistrationBean<UnreadableQueries> unreadableQueries() {
        FilterRegistrationBean<UnreadableQueries> registration = new FilterRegistrationBean<>(new UnreadableQueries());
        registration.addUrlPatterns("/api/*");
        registration.setName("openDataUnreadableQueries");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2); // after the CORS header, before anything else reads
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiErrorPages> openDataErrorPages() {
        FilterRegistrationBean<ApiErrorPages> registration = new FilterRegistrationBean<>(new ApiErrorPages());
        registration.addUrlPatterns("/*");
        registration.setDispatcherTypes(DispatcherType.ERROR);
        registration.setName("openDataErrorPages");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * Tomcat's error answers for the whole server come from {@link ApiErrorReportValve} instead of Spring Boot's
     * plain {@link ErrorReportValve} (which it replaces, after Boot has added it).
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> openDataErrorReports() {
        return new ErrorReportCustomizer();
    }

    static final class ErrorReportCustomizer
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                StandardHost host = (StandardHost) context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.setErrorReportValveClass(ApiErrorReportValve.class.getName());
                host.getPipeline().addValve(new ApiErrorReportValve());
            });
        }
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
