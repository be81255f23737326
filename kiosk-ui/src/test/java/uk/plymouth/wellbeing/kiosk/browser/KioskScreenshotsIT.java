package uk.plymouth.wellbeing.kiosk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Pictures of Home, Results and Detail as a resident sees them, on a portrait (1080 x 1920) and a landscape
 * (1920 x 1080) screen, saved to {@code docs/screenshots/} (replaced on every run) for the README and reviews.
 */
class KioskScreenshotsIT extends RunningKiosk {

    static final Path FOLDER = KioskBrowser.repositoryRoot().resolve("docs").resolve("screenshots");

    @Test
    void portrait() throws IOException {
        try (KioskBrowser browser = KioskBrowser.portrait(baseUrl())) {
            shoot(browser, "portrait", 1080, 1920);
        }
    }

    @Test
    void landscape() throws IOException {
        try (KioskBrowser browser = KioskBrowser.landscape(baseUrl())) {
            shoot(browser, "landscape", 1920, 1080);
        }
    }

    private void shoot(KioskBrowser browser, String orientation, int width, int height) throws IOException {
        browser.startAgain();
        save(browser, "home", orientation, width, height);
        browser.searchFor("stop smoking");
        save(browser, "results", orientation, width, height);
        browser.openFirstResult();
        save(browser, "detail", orientation, width, height);
        browser.startAgain();
        browser.tap(KioskBrowser.button("Ask a question"));
        browser.waitForPath("/ask");
        WebElement question = browser.driver.findElement(By.cssSelector("vaadin-text-field.kiosk-ask-field > input"));
        question.sendKeys("the cupboards are empty", Keys.ENTER);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".kiosk-ask-answer .kiosk-card")));
        save(browser, "ask", orientation, width, height);
    }

    private void save(KioskBrowser browser, String screen, String orientation, int width, int height)
            throws IOException {
        browser.waitForVaadin();
        // fonts and icons drawn, nothing focused, at the top, as the screen looks when someone walks up to it
        browser.driver.manage().timeouts().scriptTimeout(KioskBrowser.WAIT);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                if (document.activeElement) { document.activeElement.blur(); }
                window.scrollTo(0, 0);
                document.fonts.ready.then(function () {
                  requestAnimationFrame(function () { requestAnimationFrame(function () { done(); }); });
                });
                """);
        Path file = browser.screenshot(FOLDER.resolve(screen + "-" + orientation + ".png"));
        BufferedImage image = ImageIO.read(file.toFile());
        System.out.printf("[kiosk] screenshot %s (%d x %d)%n", KioskBrowser.repositoryRoot().relativize(file),
                image.getWidth(), image.getHeight());
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
    }
}
