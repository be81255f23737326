package uk.plymouth.wellbeing.kiosk.browser;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole app on a random port with the "test" profile (in-memory H2, the bundled content, texts kept by the
 * console sender). Browser tests that need nothing else extend this, so they share one Spring context.
 * Vaadin's development tools are switched off: they are not part of the kiosk, and would show in screenshots and
 * accessibility scans.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@ActiveProfiles("test")
abstract class RunningKiosk {

    @LocalServerPort
    int port;

    String baseUrl() {
        return "http://localhost:" + port;
    }
}
