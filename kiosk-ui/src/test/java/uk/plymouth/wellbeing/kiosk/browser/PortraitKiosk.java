package uk.plymouth.wellbeing.kiosk.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * A resident at the kiosk in portrait: one browser for the whole class (starting Chromium is the slow part), and
 * a fresh home screen ("Start again") before each test, as the next person would find it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PortraitKiosk extends RunningKiosk {

    KioskBrowser browser;

    @BeforeAll
    void openBrowser() {
        browser = KioskBrowser.portrait(baseUrl());
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void freshKiosk() {
        browser.startAgain();
    }
}
