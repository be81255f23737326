package uk.plymouth.wellbeing.system;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * Decides who may read {@code /actuator/prometheus}: a caller with the bearer token, or one of the allowed addresses
 * connecting directly (not through the proxy). Forwarded headers are looked for on the request as it arrived, before
 * any filter rewrote or hid them; a client cannot remove the ones the proxy adds, so a request from the internet
 * through the proxy is refused even though the proxy itself connects from an allowed address.
 */
final class MetricsAccess {

    static final List<String> PROXY_HEADERS = List.of("X-Forwarded-For", "Forwarded", "X-Real-IP");

    private final List<IpAddressMatcher> allowed;
    private final byte @Nullable [] token;

    MetricsAccess(MetricsProperties properties) {
        this.allowed = properties.allowedAddresses().stream().map(IpAddressMatcher::new).toList();
        this.token = properties.token() == null ? null : properties.token().getBytes(StandardCharsets.UTF_8);
    }

    boolean allows(HttpServletRequest request) {
        if (token != null && sentToken(request)) {
            return true;
        }
        ServletRequest arrived = asArrived(request);
        return !proxied(request) && !proxied(arrived) && fromAllowedAddress(arrived.getRemoteAddr());
    }

    private boolean sentToken(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] sent = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(token, sent);
    }

    private boolean fromAllowedAddress(@Nullable String address) {
        if (address == null) {
            return false;
        }
        for (IpAddressMatcher matcher : allowed) {
            try {
                if (matcher.matches(address)) {
                    return true;
                }
            } catch (IllegalArgumentException notAnAddress) {
                return false;
            }
        }
        return false;
    }

    private static boolean proxied(ServletRequest request) {
        if (!(request instanceof HttpServletRequest)) {
            return false;
        }
        HttpServletRequest http = (HttpServletRequest) request;
        return PROXY_HEADERS.stream().anyMatch(name -> http.getHeader(name) != null);
    }

    /** The container's own request, under the wrappers of Spring's forwarded-header filter and Spring Security. */
    private static ServletRequest asArrived(ServletRequest request) {
        ServletRequest inner = request;
        while (inner instanceof ServletRequestWrapper) {
            inner = ((ServletRequestWrapper) inner).getRequest();
        }
        return inner;
    }
}
