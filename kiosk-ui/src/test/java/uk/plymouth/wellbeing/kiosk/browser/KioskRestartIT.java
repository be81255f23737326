package uk.plymouth.wellbeing.kiosk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.plymouth.wellbeing.HubApplication;

/**
 * The server goes away and comes back (a deploy, a crash, a power cut in the server room): the kiosk shows a calm
 * message instead of a broken page (kiosk.js watches Vaadin's connection state), and once the server answers again
 * ({@code /actuator/health}) it goes back to Home by itself, with nobody there to press anything. The app is started
 * here, twice, on one fixed free port, with the "test" profile.
 *
 * <p>Known gap, kept as a disabled test: the message needs a request to fail first. On an untouched kiosk Vaadin
 * keeps reopening the push websocket quietly and reports "connected" until its next heartbeat (300 s by default).
 */
class KioskRestartIT {

    static final By OFFLINE = By.cssSelector(".kiosk-offline[role='status']");
    static final String OFFLINE_TEXT = "Sorry, this screen has lost its connection. It will start again by itself in "
            + "a moment. If you need help now, please ask a member of staff.";

    final int port = freePort();
    ConfigurableApplicationContext app;
    KioskBrowser browser;

    @Test
    void aTapWhileTheServerIsAwayBringsACalmMessageThenHomeOnceItIsBack() {
        serverGoesAwayDuringAVisit();
        // the resident taps a chip: the request fails, Vaadin starts reconnecting, kiosk.js shows its message
        long tapped = System.nanoTime();
        browser.driver.findElement(KioskBrowser.button("Today")).click();
        waitForTheCalmMessage(Duration.ofSeconds(15));
        System.out.printf("[kiosk] offline message %.1f s after the tap%n", since(tapped));
        serverComesBackAndTheKioskStartsAgain();
    }

    /**
     * Nobody touches the screen while the server is away. Fails today: with {@code @Push} over websocket + XHR,
     * Vaadin reopens the lost push connection quietly every 5 s and keeps {@code connectionState} "connected"; only
     * a request (a tap, or the heartbeat, every 300 s by default) notices. Measured with
     * {@code vaadin.heartbeatInterval=10}: the message came 8 s after the server stopped.
     */
    @Test
    void withNobodyTouchingTheMessageComesByItself() {
        serverGoesAwayDuringAVisit();
        waitForTheCalmMessage(Duration.ofSeconds(30));
        serverComesBackAndTheKioskStartsAgain();
    }

    private long stopped;

    private void serverGoesAwayDuringAVisit() {
        app = startApp();
        browser = KioskBrowser.portrait("http://localhost:" + port);
        browser.startAgain();
        // a resident part-way through: a topic's results
        browser.tap(By.cssSelector("button.kiosk-tile[data-category='food']"));
        browser.waitForPath("/results");
        browser.js("window.kioskTestPage = 'before the restart';");

        long stopping = System.nanoTime();
        app.close();
        app = null;
        stopped = System.nanoTime();
        System.out.printf("[kiosk] server stopped in %.1f s%n", (stopped - stopping) / 1e9);
    }

    private void waitForTheCalmMessage(Duration within) {
        WebElement offline = browser.waitUpTo(within).withMessage("the offline message")
                .until(ExpectedConditions.visibilityOfElementLocated(OFFLINE));
        System.out.printf("[kiosk] offline message shown %.1f s after the server stopped%n", since(stopped));
        assertThat(offline.getText()).isEqualTo(OFFLINE_TEXT);
        assertThat(browser.js("return window.kioskTestPage;")).isEqualTo("before the restart");
    }

    private void serverComesBackAndTheKioskStartsAgain() {
        long starting = System.nanoTime();
        app = startApp();
        long started = System.nanoTime();
        System.out.printf("[kiosk] server started again in %.1f s%n", (started - starting) / 1e9);

        browser.waitUpTo(Duration.ofSeconds(60)).withMessage("the kiosk back at Home by itself")
                .until(d -> browser.js("return window.kioskTestPage;") == null && "/".equals(browser.path()));
        browser.waitForHome();
        System.out.printf("[kiosk] Home again %.1f s after the server was back%n", since(started));
        assertThat(browser.driver.findElements(OFFLINE)).isEmpty();
        assertThat(browser.driver.findElement(By.cssSelector(".kiosk-main h1")).getText()).startsWith("Welcome");
        assertThat(browser.value(KioskBrowser.SEARCH_INPUT)).isEmpty();

        // and it works: a topic can be chosen again
        browser.tap(By.cssSelector("button.kiosk-tile[data-category='food']"));
        browser.waitForPath("/results");
        assertThat(browser.cards()).isNotEmpty();
    }

    @AfterEach
    void stopEverything() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (app != null) {
                app.close();
            }
        }
    }

    private ConfigurableApplicationContext startApp() {
        // as arguments, which outrank application.properties (builder "properties" are only defaults)
        return new SpringApplicationBuilder(HubApplication.class)
                .profiles("test")
                .run("--server.port=" + port, "--vaadin.devmode.devTools.enabled=false");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double since(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }
}
