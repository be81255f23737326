package uk.plymouth.wellbeing.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A plain 404 for a file that is not there ({@code /.env}, {@code /wp-login.php}, {@code /backup.zip}): such an
 * address is no kiosk page someone mistyped, so it gets neither the kiosk's "page not found" screen nor the staff
 * login, and no session. Files that are there (under {@code META-INF/resources}, such as {@code /robots.txt} and
 * {@code /kiosk/kiosk.js}) and the addresses Vaadin and the app's own endpoints answer are left alone.
 */
final class MissingFiles extends OncePerRequestFilter {

    /** A dot-file or dot-folder anywhere, or a last segment with a file extension. */
    private static final Pattern FILE_LIKE = Pattern.compile("(^|.*/)\\..*|.*\\.[A-Za-z][A-Za-z0-9]{0,4}");
    private static final List<String> ANSWERED_ELSEWHERE = List.of("/VAADIN/", "/webjars/", "/themes/",
            "/frontend/", "/api/", "/sms/", "/actuator/", "/HEARTBEAT/");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isMissingFile(request)) {
            byte[] body = "Not found\n".getBytes(StandardCharsets.UTF_8);
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType(MediaType.TEXT_PLAIN_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentLength(body.length);
            if (!"HEAD".equals(request.getMethod())) {
                response.getOutputStream().write(body);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean isMissingFile(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!FILE_LIKE.matcher(path).matches() || ANSWERED_ELSEWHERE.stream().anyMatch(path::startsWith)) {
            return false;
        }
        try {
            return getServletContext().getResource(path) == null;
        } catch (java.net.MalformedURLException notAPath) {
            return true;
        }
    }
}
