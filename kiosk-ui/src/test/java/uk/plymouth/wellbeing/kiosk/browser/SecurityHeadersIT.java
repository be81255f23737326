package uk.plymouth.wellbeing.kiosk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The kiosk and the staff screens under their Content-Security-Policy and Permissions-Policy, in a real Chromium:
 * the headers are there, and the pages work with nothing refused in the browser's console. Also the kiosk's "page
 * not found" screen, and its way back to the start.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.devmode.devTools.enabled=false", "hub.staff.admin-username=admin",
        "hub.staff.admin-password=Plymouth-Hoe-Lighthouse-1", "hub.staff.bcrypt-strength=4"})
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityHeadersIT {

    @LocalServerPort
    int port;

    KioskBrowser browser;

    @BeforeAll
    void openBrowser() {
        browser = KioskBrowser.landscape("http://localhost:" + port);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void kioskAndStaffPagesCarryThePolicies() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String path : new String[] {"/", "/results", "/staff/login"}) {
            HttpResponse<Void> page = http.send(HttpRequest.newBuilder(URI.create(browser.baseUrl + path)).build(),
                    HttpResponse.BodyHandlers.discarding());

            assertThat(page.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp ->
                    assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
            assertThat(page.headers().firstValue("Permissions-Policy")).as(path).hasValueSatisfying(policy ->
                    assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()", "payment=()",
                            "usb=()"));
        }
    }

    @Test
    void theKioskWorksWithNothingRefused() {
        browser.startAgain();
        browser.searchFor("food bank");
        browser.openFirstResult();

        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
    }

    @Test
    void aMistypedKioskAddressSaysSoAndLeadsBackToTheStart() {
        browser.open("/resluts");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
                "Sorry, we can't find that page"));

        browser.tap(KioskBrowser.button("Back to the start"));
        browser.waitForHome();

        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
    }

    @Test
    void theStaffScreensWorkWithNothingRefused() {
        browser.logInAsStaff("admin", "Plymouth-Hoe-Lighthouse-1");
        browser.open("/staff/dashboard");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("svg")));

        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
    }
}
