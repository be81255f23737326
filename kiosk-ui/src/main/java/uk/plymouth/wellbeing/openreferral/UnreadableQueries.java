package uk.plymouth.wellbeing.openreferral;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an API request whose query string Tomcat could not read ({@code search=%ZZ}, a lone {@code %}, bytes that
 * are not UTF-8). Tomcat drops such a parameter and carries on, so {@code search=%ZZ} would silently search for
 * nothing and list everything; a 400 that says why is kinder to the developer calling.
 */
final class UnreadableQueries extends OncePerRequestFilter {

    /** Set by Tomcat when it could not read every parameter (its {@code Globals.PARAMETER_PARSE_FAILED_ATTR}). */
    static final String PARSE_FAILED = "org.apache.catalina.parameter_parse_failed";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.getParameterMap(); // Tomcat reads the parameters on first use
        if (request.getAttribute(PARSE_FAILED) != null) {
            ApiErrorAnswers.write(response, HttpServletResponse.SC_BAD_REQUEST, new ApiError("bad_request",
                    "The query string could not be read: it has a broken %-escape (such as %ZZ or a lone %) or "
                            + "text that is not UTF-8. Encode each parameter's value as UTF-8 and % itself as %25."));
            return;
        }
        chain.doFilter(request, response);
    }
}
