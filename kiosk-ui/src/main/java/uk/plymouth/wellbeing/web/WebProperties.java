package uk.plymouth.wellbeing.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the app meets the web.
 *
 * @param trustedProxies the IP addresses of the reverse proxies whose {@code X-Forwarded-For}, {@code -Proto},
 *     {@code -Host} and {@code -Port} headers are believed (each address exactly, IPv4 or IPv6); a request from any
 *     other address is taken as it arrived, whatever headers it carries. Loopback only by default: a proxy on the
 *     same server
 * @param contentSecurityPolicy the {@code Content-Security-Policy} of every page (Vaadin needs inline and eval'd
 *     scripts and inline styles; everything else comes from this app only)
 * @param permissionsPolicy the {@code Permissions-Policy} of every page: the kiosk and staff screens need none of
 *     the browser's powerful features
 */
@ConfigurationProperties("hub.web")
public record WebProperties(
        @DefaultValue({"127.0.0.1", "::1"}) List<String> trustedProxies,
        @DefaultValue(DEFAULT_CSP) String contentSecurityPolicy,
        @DefaultValue(DEFAULT_PERMISSIONS) String permissionsPolicy) {

    static final String DEFAULT_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; media-src 'self' data: blob:; worker-src 'self' blob:; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    static final String DEFAULT_PERMISSIONS = "accelerometer=(), ambient-light-sensor=(), autoplay=(), "
            + "battery=(), bluetooth=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), hid=(), "
            + "idle-detection=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), "
            + "screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()";

    public WebProperties {
        trustedProxies = List.copyOf(trustedProxies);
    }
}
