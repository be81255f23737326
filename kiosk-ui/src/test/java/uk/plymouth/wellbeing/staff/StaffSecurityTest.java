package uk.plymouth.wellbeing.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.plymouth.wellbeing.signposting.staff.StaffAccounts;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;
import uk.plymouth.wellbeing.signposting.staff.StaffSummary;
import uk.plymouth.wellbeing.signposting.testsupport.MutableClock;

/**
 * The staff login through the running app, as a browser meets it: which addresses need a login, the login form with
 * its CSRF token, delays after repeated wrong passwords (on a clock the test moves; more in
 * {@link StaffLoginThrottleTest}), disabled accounts, and the
 * cookie and headers that protect a staff session. The kiosk, open data API and health check stay open.
 */
@RunningStaffApp
class StaffSecurityTest {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    MutableClock clock;

    // ---------------------------------------------------------------- who may open what

    @ParameterizedTest
    @ValueSource(strings = {"/staff", "/staff/accounts", "/staff/dashboard", "/staff/password", "/staff/surveys",
        "/staff/surveys/enter", "/staff/sms-simulator", "/staff/problems", "/staff/directory",
        "/staff/directory/service/fg-debt-advice", "/staff/directory/activity", "/staff/directory/hub/four-greens",
        "/staff/content-files", "/staff/residents-words", "/staff/postcode-places", "/staff/imports"})
    void staffScreensSendStrangersToTheLogin(String path) {
        HttpResponse<String> response = new StaffSession(port).get(path);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(StaffSession.location(response)).isEqualTo(StaffSession.LOGIN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/services?search=food", "/api/taxonomies", "/actuator/health", "/staff/login",
        "/service-problem/fg-debt-advice"})
    void theKioskOpenDataAndHealthNeedNoLogin(String path) {
        assertThat(new StaffSession(port).get(path).statusCode()).isEqualTo(200);
    }

    @Test
    void startAgainNeedsNoLogin() {
        HttpResponse<String> response = new StaffSession(port).get("/start-again");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(StaffSession.location(response)).startsWith("/?hub=");
    }

    // ---------------------------------------------------------------- the login form

    @Test
    void theRightPasswordOpensTheStaffScreensInANewSession() {
        StaffSession browser = new StaffSession(port);
        String csrf = browser.csrfToken();
        String anonymousSession = browser.cookie("JSESSIONID").map(HttpCookie::getValue).orElseThrow();

        HttpResponse<String> login = browser.postLogin(TestStaff.ADMIN, TestStaff.ADMIN_PASSWORD, csrf);

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(StaffSession.location(login)).isEqualTo("/staff");
        assertThat(browser.cookie("JSESSIONID").map(HttpCookie::getValue)).get().isNotEqualTo(anonymousSession);
        assertThat(browser.get("/staff/password").statusCode()).isEqualTo(200);
        assertThat(browser.get("/staff/accounts").statusCode()).isEqualTo(200);
    }

    @Test
    void aLoginReturnsToTheStaffScreenFirstAskedFor() {
        StaffSession browser = new StaffSession(port);
        assertThat(browser.get("/staff/accounts").statusCode()).isEqualTo(302);

        HttpResponse<String> login = browser.logIn(TestStaff.ADMIN, TestStaff.ADMIN_PASSWORD);

        assertThat(StaffSession.location(login)).isEqualTo("/staff/accounts?continue");
    }

    @Test
    void usernamesIgnoreCase() {
        String username = TestStaff.create(accounts, StaffRole.STAFF);

        HttpResponse<String> login = new StaffSession(port).logIn(username.toUpperCase(), TestStaff.PASSWORD);

        assertThat(StaffSession.location(login)).isEqualTo("/staff");
    }

    @Test
    void aWrongPasswordGoesBackToTheLoginWithAnError() {
        StaffSession browser = new StaffSession(port);

        HttpResponse<String> login = browser.logIn(TestStaff.ADMIN, "Not-The-Password-12");

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(StaffSession.location(login)).isEqualTo("/staff/login?error");
        assertThat(browser.get("/staff/password").statusCode()).isEqualTo(302);
    }

    @Test
    void anUnknownUsernameGetsTheSameAnswerAsAWrongPassword() {
        HttpResponse<String> login = new StaffSession(port).logIn("nobody-here", TestStaff.PASSWORD);

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(StaffSession.location(login)).isEqualTo("/staff/login?error");
    }

    @Test
    void aLoginWithoutTheCsrfTokenLogsNobodyInAndAsksAgain() {
        StaffSession browser = new StaffSession(port);
        browser.csrfToken();

        HttpResponse<String> login = browser.postLogin(TestStaff.ADMIN, TestStaff.ADMIN_PASSWORD, null);

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(StaffSession.location(login)).isEqualTo("/staff/login?expired");
        assertThat(browser.get("/staff/password").statusCode()).isEqualTo(302);
    }

    @Test
    void aLoginWithAnotherSessionsCsrfTokenLogsNobodyIn() {
        String someoneElsesToken = new StaffSession(port).csrfToken();
        StaffSession browser = new StaffSession(port);
        browser.csrfToken();

        HttpResponse<String> login = browser.postLogin(TestStaff.ADMIN, TestStaff.ADMIN_PASSWORD, someoneElsesToken);

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(StaffSession.location(login)).isEqualTo("/staff/login?expired");
        assertThat(browser.get("/staff/password").statusCode()).isEqualTo(302);
    }

    // ---------------------------------------------------------------- failed logins and disabled accounts

    @Test
    void fiveWrongPasswordsDelayTheNextTryFromThereByThirtySeconds() {
        String username = TestStaff.create(accounts, StaffRole.STAFF);
        StaffSession browser = new StaffSession(port);
        for (int i = 0; i < 5; i++) {
            assertThat(StaffSession.location(browser.logIn(username, "Wrong-Guess-Number-" + i)))
                    .isEqualTo("/staff/login?error");
        }

        assertThat(StaffSession.location(browser.logIn(username, TestStaff.PASSWORD))).isEqualTo("/staff/login?error");
        clock.advance(Duration.ofSeconds(29));
        assertThat(StaffSession.location(browser.logIn(username, TestStaff.PASSWORD))).isEqualTo("/staff/login?error");
        assertThat(summary(username).locked()).isTrue();

        clock.advance(Duration.ofSeconds(1));
        HttpResponse<String> login = browser.logIn(username, TestStaff.PASSWORD);

        assertThat(StaffSession.location(login)).isEqualTo("/staff");
        assertThat(browser.get("/staff/password").statusCode()).isEqualTo(200);
    }

    @Test
    void fourWrongPasswordsDoNotDelayTheNextTry() {
        String username = TestStaff.create(accounts, StaffRole.STAFF);
        StaffSession browser = new StaffSession(port);
        for (int i = 0; i < 4; i++) {
            browser.logIn(username, "Wrong-Guess-Number-" + i);
        }

        assertThat(StaffSession.location(browser.logIn(username, TestStaff.PASSWORD))).isEqualTo("/staff");
    }

    @Test
    void anAdminCanClearTheDelayAtOnce() {
        String username = TestStaff.create(accounts, StaffRole.HUB_LEAD);
        StaffSession browser = new StaffSession(port);
        for (int i = 0; i < 5; i++) {
            browser.logIn(username, "Wrong-Guess-Number-" + i);
        }
        assertThat(StaffSession.location(browser.logIn(username, TestStaff.PASSWORD))).isEqualTo("/staff/login?error");

        accounts.unlock(TestStaff.ADMIN, username);

        assertThat(StaffSession.location(browser.logIn(username, TestStaff.PASSWORD))).isEqualTo("/staff");
    }

    @Test
    void aDisabledAccountCannotLogIn() {
        String username = TestStaff.create(accounts, StaffRole.STAFF);
        accounts.disable(TestStaff.ADMIN, username);
        StaffSession browser = new StaffSession(port);

        HttpResponse<String> login = browser.logIn(username, TestStaff.PASSWORD);

        assertThat(StaffSession.location(login)).isEqualTo("/staff/login?error");
        assertThat(browser.get("/staff/password").statusCode()).isEqualTo(302);

        accounts.enable(TestStaff.ADMIN, username);
        assertThat(StaffSession.location(new StaffSession(port).logIn(username, TestStaff.PASSWORD)))
                .isEqualTo("/staff");
    }

    private StaffSummary summary(String username) {
        return accounts.list(TestStaff.ADMIN).stream().filter(s -> s.username().equals(username)).findFirst()
                .orElseThrow();
    }

    // ---------------------------------------------------------------- cookies and headers

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        HttpResponse<String> login = new StaffSession(port).logIn(TestStaff.ADMIN, TestStaff.ADMIN_PASSWORD);

        String sessionCookie = login.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(sessionCookie).containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Lax");
    }

    @Test
    void theLoginPageForbidsFramingAndSniffing() {
        HttpResponse<String> page = new StaffSession(port).get(StaffSession.LOGIN);

        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    }
}
