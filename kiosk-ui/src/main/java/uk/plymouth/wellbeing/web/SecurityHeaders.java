package uk.plymouth.wellbeing.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Content-Security-Policy} and {@code Permissions-Policy} on every answer, set before anything else answers
 * (the other security headers come from Spring Security). Browsers apply them to pages only, so they cost the open
 * data API and static files nothing.
 */
final class SecurityHeaders extends OncePerRequestFilter {

    static final String CSP = "Content-Security-Policy";
    static final String PERMISSIONS = "Permissions-Policy";

    private final String contentSecurityPolicy;
    private final String permissionsPolicy;

    SecurityHeaders(String contentSecurityPolicy, String permissionsPolicy) {
        this.contentSecurityPolicy = contentSecurityPolicy;
        this.permissionsPolicy = permissionsPolicy;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!contentSecurityPolicy.isBlank()) {
            response.setHeader(CSP, contentSecurityPolicy);
        }
        if (!permissionsPolicy.isBlank()) {
            response.setHeader(PERMISSIONS, permissionsPolicy);
        }
        chain.doFilter(request, response);
    }
}
