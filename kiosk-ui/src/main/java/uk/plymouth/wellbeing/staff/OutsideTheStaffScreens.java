package uk.plymouth.wellbeing.staff;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A page asked for outside the staff screens ({@code /staff/**}), the app's own endpoints and Vaadin's internals:
 * a kiosk page, or an address that leads nowhere. Anyone may ask; the kiosk answers an unknown address with its
 * "page not found" screen (404) and a missing file gets a plain 404, instead of sending a resident to the staff
 * login. Every screen that needs a login lives under {@code /staff} (ArchitectureTest checks), and Vaadin checks
 * each view's roles again whatever the address.
 */
final class OutsideTheStaffScreens implements RequestMatcher {

    private static final List<String> ELSEWHERE = List.of("/staff", "/actuator", "/VAADIN", "/api", "/sms");

    @Override
    public boolean matches(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return ELSEWHERE.stream().noneMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }
}
