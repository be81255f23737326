package uk.plymouth.wellbeing.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** {@code hub.web.trusted-proxies} replaces the default: here only 127.0.0.2 is the proxy, not 127.0.0.1. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hub.web.trusted-proxies=127.0.0.2")
@ActiveProfiles("test")
class ConfiguredProxiesTest {

    @LocalServerPort
    int port;

    @Test
    void onlyTheConfiguredProxyIsBelieved() {
        FromAddress.Answer fromProxy = new FromAddress("127.0.0.2", port).get("/staff",
                ForwardedHeadersTest.FORWARDED_HTTPS);
        FromAddress.Answer fromLoopback = new FromAddress("127.0.0.1", port).get("/staff",
                ForwardedHeadersTest.FORWARDED_HTTPS);

        assertThat(fromProxy.header("location")).hasValue("https://evil.example/staff/login");
        assertThat(fromLoopback.status()).isEqualTo(302);
        assertThat(fromLoopback.header("location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("evil.example"));
    }
}
