package uk.plymouth.wellbeing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.plymouth.wellbeing.staff.RunningStaffApp;
import uk.plymouth.wellbeing.staff.StaffSession;

/**
 * Addresses that lead nowhere: a stranger is never sent to the staff login for them. A mistyped kiosk address gets
 * the kiosk's "page not found" screen (404), a missing file a plain 404; {@code /robots.txt} keeps crawlers out.
 */
@RunningStaffApp
class UnknownAddressesTest {

    @LocalServerPort
    int port;

    @Test
    void robotsTxtKeepsCrawlersOutOfEverythingAndTheStaffScreensAboveAll() {
        HttpResponse<String> robots = new StaffSession(port).get("/robots.txt");

        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
        assertThat(robots.body()).contains("User-agent: *", "Disallow: /\n", "Disallow: /staff");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/.env", "/.git/config", "/wp-login.php", "/backup.zip", "/kiosk/nothing.js",
        "/staff/secrets.txt", "/favicon.png"})
    void aMissingFileIsAPlain404(String path) {
        HttpResponse<String> answer = new StaffSession(port).get(path);

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Location")).isEmpty();
        assertThat(answer.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(answer.body()).isEqualTo("Not found\n");
    }

    /** Vaadin draws the page in the browser (KioskNotFoundIT looks at it), so the address itself answers 200. */
    @ParameterizedTest
    @ValueSource(strings = {"/resluts", "/service-problems/fg-debt-advice", "/whats-on/monday", "/help"})
    void aMistypedKioskAddressIsTheKiosksNotFoundPage(String path) {
        HttpResponse<String> answer = new StaffSession(port).get(path);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Location")).isEmpty();
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
    }

    @Test
    void theStaffScreensStillNeedALogin() {
        HttpResponse<String> answer = new StaffSession(port).get("/staff/no-such-screen");

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(StaffSession.location(answer)).isEqualTo(StaffSession.LOGIN);
    }

    @Test
    void filesThatExistAreServed() {
        assertThat(new StaffSession(port).get("/kiosk/kiosk.js").statusCode()).isEqualTo(200);
    }
}
