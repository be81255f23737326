package uk.plymouth.wellbeing.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Lets only the configured proxies speak for the browser. With {@code server.forward-headers-strategy=native}
 * Spring Boot puts Tomcat's {@link RemoteIpValve} in front of the app; this narrows the addresses it believes from
 * Boot's default (every private network, where kiosks and staff PCs also sit) to {@code hub.web.trusted-proxies}.
 * Tomcat then takes the browser's address, scheme and host from a trusted proxy's {@code X-Forwarded-*} headers,
 * so that redirects, {@code request.isSecure()} and with it the session cookie's {@code Secure} flag and HSTS follow
 * the scheme the browser used; from anyone else those headers are ignored.
 */
final class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final String internalProxies;

    TrustedProxies(List<String> addresses) {
        this.internalProxies = regex(addresses);
    }

    /** After Spring Boot's own customizer, which adds the valve. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        for (Valve valve : factory.getEngineValves()) {
            if (valve instanceof RemoteIpValve) {
                RemoteIpValve remoteIp = (RemoteIpValve) valve;
                remoteIp.setInternalProxies(internalProxies);
                remoteIp.setTrustedProxies(null);
            }
        }
    }

    /**
     * The addresses as the regular expression Tomcat matches the connecting address against, each exactly. IPv6
     * addresses are written as Tomcat reports them ({@code ::1} is {@code 0:0:0:0:0:0:0:1}). An empty list trusts no
     * one.
     */
    static String regex(List<String> addresses) {
        Set<String> exact = new LinkedHashSet<>();
        for (String address : addresses) {
            exact.add(canonical(address.strip()));
        }
        if (exact.isEmpty()) {
            return "(?!)"; // matches nothing
        }
        List<String> quoted = new ArrayList<>();
        for (String address : exact) {
            quoted.add(Pattern.quote(address));
        }
        return quoted.stream().collect(Collectors.joining("|"));
    }

    private static String canonical(String address) {
        boolean ipv4 = IPV4.matcher(address).matches()
                && java.util.Arrays.stream(address.split("\\.")).allMatch(part -> Integer.parseInt(part) <= 255);
        if (!ipv4 && !IPV6.matcher(address).matches()) {
            throw new IllegalArgumentException("hub.web.trusted-proxies takes IP addresses (such as 127.0.0.1 or "
                    + "::1), not \"" + address + "\"");
        }
        try {
            // a literal address: no name is looked up
            return InetAddress.getByName(address).getHostAddress();
        } catch (UnknownHostException notAnAddress) {
            throw new IllegalArgumentException("hub.web.trusted-proxies: \"" + address + "\" is not an IP address",
                    notAnAddress);
        }
    }
}
