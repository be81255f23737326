package uk.plymouth.wellbeing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.plymouth.wellbeing.staff.RunningStaffApp;

/**
 * {@code X-Forwarded-*} headers are believed from the trusted proxies only (by default the same server: 127.0.0.1
 * and ::1), and the session cookie is marked {@code Secure} when the browser reached the proxy over HTTPS. The test
 * poses as a stranger from 127.0.0.2, which is loopback but not a trusted proxy.
 */
@RunningStaffApp
class ForwardedHeadersTest {

    static final Map<String, String> FORWARDED_HTTPS = Map.of("X-Forwarded-Host", "evil.example",
            "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.9");

    @LocalServerPort
    int port;

    @Test
    void aStrangersForwardedHostIsIgnored() {
        FromAddress.Answer answer = new FromAddress("127.0.0.2", port).get("/staff", FORWARDED_HTTPS);

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("location")).hasValueSatisfying(location -> assertThat(location)
                .doesNotContain("evil.example").doesNotStartWith("https:").endsWith("/staff/login"));
    }

    @Test
    void theTrustedProxysForwardedHostAndSchemeAreHonoured() {
        FromAddress.Answer answer = new FromAddress("127.0.0.1", port).get("/staff", FORWARDED_HTTPS);

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("location")).hasValue("https://evil.example/staff/login");
    }

    @Test
    void theSessionCookieIsSecureWhenTheBrowserUsedHttpsThroughTheProxy() {
        FromAddress.Answer answer = new FromAddress("127.0.0.1", port).get("/staff/login", FORWARDED_HTTPS);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(sessionCookie(answer)).containsIgnoringCase("; Secure").containsIgnoringCase("; HttpOnly");
        assertThat(answer.header("strict-transport-security")).isPresent();
    }

    @Test
    void theSessionCookieIsNotSecureOverPlainHttpOrWhenAStrangerClaimsHttps() {
        FromAddress.Answer plain = new FromAddress("127.0.0.1", port).get("/staff/login", Map.of());
        FromAddress.Answer claimed = new FromAddress("127.0.0.2", port).get("/staff/login", FORWARDED_HTTPS);

        assertThat(sessionCookie(plain)).doesNotContainIgnoringCase("secure");
        assertThat(sessionCookie(claimed)).doesNotContainIgnoringCase("secure");
        assertThat(claimed.header("strict-transport-security")).isEmpty();
    }

    private static String sessionCookie(FromAddress.Answer answer) {
        return answer.all("set-cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + answer.headers()));
    }
}
