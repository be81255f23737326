package uk.plymouth.wellbeing.openreferral;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The error page of an API request that failed before the API's controller could answer it (Spring Security's
 * firewall refusing {@code %25} or {@code ;} in the path, an answer the caller would not accept): JSON with the CORS
 * header instead of Spring Boot's error page. Runs on the container's error dispatch only.
 */
final class ApiErrorPages extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return !(failed instanceof String) || !ApiErrorAnswers.isApiPath((String) failed);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer ? (Integer) code : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        ApiErrorAnswers.write(response, status, ApiErrorAnswers.forStatus(status));
    }
}
