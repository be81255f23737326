package uk.plymouth.wellbeing.kiosk.browser;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * A real headless Chromium (Debian's {@code /usr/bin/chromium} driven by {@code /usr/bin/chromedriver}, so Selenium
 * Manager never downloads anything) looking at the kiosk, with the few moves a resident makes: tap, tap keys on the
 * kiosk's own on-screen keyboard, wait for the server to answer.
 *
 * <p>Vaadin components are web components: tap the {@code vaadin-button} host, type into
 * {@code vaadin-text-field > input}. Every wait is explicit: for the Vaadin client to have no request in flight, for an
 * element, for an address.
 */
final class KioskBrowser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final Duration WAIT = Duration.ofSeconds(20);

    /** The kiosk's search box and its real input element. */
    static final By SEARCH_INPUT = By.cssSelector("vaadin-text-field.kiosk-search > input");
    /** The on-screen keyboard while it is shown. */
    static final By KEYBOARD = By.cssSelector(".kk-keyboard:not([hidden])");
    static final By CARDS = By.cssSelector(".kiosk-cards .kiosk-card");

    /**
     * True once the page is loaded, Vaadin's client is running, connected, and has no request in flight (the same
     * test TestBench makes before each command).
     */
    static final String VAADIN_IDLE = """
            if (document.readyState !== 'complete') { return false; }
            var v = window.Vaadin;
            if (!v || !v.Flow || !v.Flow.clients) { return false; }
            var clients = 0;
            for (var key in v.Flow.clients) {
              var client = v.Flow.clients[key];
              if (client && typeof client.isActive === 'function') {
                clients++;
                if (client.isActive()) { return false; }
              }
            }
            if (clients === 0) { return false; }
            return !v.connectionState || v.connectionState.state === 'connected';
            """;

    final ChromeDriver driver;
    final WebDriverWait wait;
    final String baseUrl;
    private final Path profile;

    KioskBrowser(String baseUrl, int width, int height) {
        this.baseUrl = baseUrl;
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("The browser tests need Debian's Chromium and its driver: "
                    + "sudo apt-get install chromium chromium-driver (./scripts/test installs them when run as root)");
        }
        try {
            this.profile = Files.createTempDirectory("kiosk-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--force-device-scale-factor=1", "--hide-scrollbars", "--lang=en-GB");
        // the console, so tests can see what the browser refused (Content-Security-Policy violations)
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        try {
            this.driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            FileSystemUtils.deleteRecursively(profile.toFile());
            throw e;
        }
        this.wait = waitUpTo(WAIT);
        try {
            fitViewport(width, height);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * New headless Chromium counts its (invisible) window frame in --window-size, so the page gets less height than
     * asked; grow the window by the difference so the page itself is exactly width x height, as on the kiosk.
     */
    private void fitViewport(int width, int height) {
        @SuppressWarnings("unchecked")
        List<Number> inner = (List<Number>) js("return [window.innerWidth, window.innerHeight];");
        int missingWidth = width - inner.get(0).intValue();
        int missingHeight = height - inner.get(1).intValue();
        if (missingWidth != 0 || missingHeight != 0) {
            Dimension outer = driver.manage().window().getSize();
            driver.manage().window().setSize(
                    new Dimension(outer.getWidth() + missingWidth, outer.getHeight() + missingHeight));
        }
    }

    /** An explicit wait that looks every 50 ms (Selenium's default of 500 ms would slow every step). */
    WebDriverWait waitUpTo(Duration timeout) {
        WebDriverWait longer = new WebDriverWait(driver, timeout, Duration.ofMillis(50));
        longer.ignoring(StaleElementReferenceException.class);
        return longer;
    }

    static KioskBrowser portrait(String baseUrl) {
        return new KioskBrowser(baseUrl, 1080, 1920);
    }

    static KioskBrowser landscape(String baseUrl) {
        return new KioskBrowser(baseUrl, 1920, 1080);
    }

    // ---- moving about ------------------------------------------------------------------------------------------

    /** Opens a path of the app and waits for Vaadin to settle. */
    void open(String path) {
        driver.get(baseUrl + path);
        waitForVaadin();
    }

    /** What "Start again" does: a fresh server session and the Home screen (also the test's clean slate). */
    void startAgain() {
        open("/start-again");
        waitForHome();
    }

    void waitForHome() {
        wait.until(d -> "/".equals(path()));
        wait.until(ExpectedConditions.presenceOfElementLocated(SEARCH_INPUT));
        waitForVaadin();
    }

    void waitForVaadin() {
        wait.until(d -> Boolean.TRUE.equals(js(VAADIN_IDLE)));
    }

    void waitForPath(String prefix) {
        waitUpTo(WAIT).withMessage(() -> "waiting for " + prefix + ", at " + driver.getCurrentUrl())
                .until(d -> path().startsWith(prefix));
        waitForVaadin();
    }

    /** The path of the address the browser shows, e.g. "/results". */
    String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    // ---- tapping -----------------------------------------------------------------------------------------------

    /** Taps an element (for a Vaadin component, its host) once it can be tapped, then waits for the server. */
    void tap(By what) {
        waitForOverlaysToSettle();
        tap(wait.until(ExpectedConditions.elementToBeClickable(what)));
    }

    /** A Vaadin dialog opening or closing is still moving (Lumo animates it): wait until it stands still. */
    void waitForOverlaysToSettle() {
        wait.until(d -> Boolean.TRUE.equals(js("return !document.querySelector('[opening], [closing]');")));
    }

    void tap(WebElement element) {
        element.click();
        waitForVaadin();
    }

    /** The vaadin-button whose visible words are exactly these (ignoring spacing). */
    static By button(String words) {
        return By.xpath("//vaadin-button[normalize-space(.)=" + xpathLiteral(words) + "]");
    }

    /**
     * Taps a key of the on-screen keyboard by its name ("s", "space", "enter", "delete", "done", "7"). The keys are
     * there as soon as the keyboard is, so this looks once (two round trips to the driver per key), and only waits
     * if the keyboard was just redrawn.
     */
    void tapKey(String key) {
        By selector = By.cssSelector(".kk-keyboard:not([hidden]) .kk-key[data-key='" + key + "']");
        try {
            driver.findElement(selector).click();
        } catch (NoSuchElementException | StaleElementReferenceException e) {
            wait.until(ExpectedConditions.elementToBeClickable(selector)).click();
        }
    }

    /** Types lower-case words, digits on the phone pad, and spaces on the on-screen keyboard, one tap per key. */
    void typeOnScreen(String text) {
        for (char c : text.toCharArray()) {
            tapKey(c == ' ' ? "space" : String.valueOf(c));
        }
    }

    /**
     * Taps a text field's input, as a finger would, and waits for the on-screen keyboard to have slid all the way up
     * (a key tapped while it is still moving may be below the screen's edge).
     */
    WebElement tapField(By input) {
        waitForOverlaysToSettle();
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(input));
        field.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(KEYBOARD));
        wait.until(d -> Boolean.TRUE.equals(js("""
                var kb = document.querySelector('.kk-keyboard:not([hidden])');
                return !!kb && kb.getAnimations({subtree: true}).every(function (a) {
                  return a.playState !== 'running';
                }) && kb.getBoundingClientRect().bottom <= window.innerHeight + 1;
                """)));
        return field;
    }

    /** From Home: taps the search box, types the words on the on-screen keyboard, taps its Search key. */
    void searchFor(String words) {
        tapField(SEARCH_INPUT);
        typeOnScreen(words);
        tapKey("enter");
        waitForPath("/results");
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(CARDS, 0));
    }

    /** From the results: taps the first card and waits for its details; returns the name it showed. */
    String openFirstResult() {
        WebElement first = cards().get(0);
        String id = first.getDomAttribute("data-item");
        String name = first.findElement(By.cssSelector("h3")).getText();
        tap(first);
        waitForPath("/service/" + id);
        return name;
    }

    // ---- reading -----------------------------------------------------------------------------------------------

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    List<WebElement> cards() {
        return driver.findElements(CARDS);
    }

    String value(By input) {
        return driver.findElement(input).getDomProperty("value");
    }

    /**
     * What the browser's console said about the Content-Security-Policy since the last call (Chromium logs every
     * script, style, image or connection it refused, and every refused eval, as such a line).
     */
    List<String> contentSecurityPolicyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")
                        || message.contains("Content-Security-Policy"))
                .toList();
    }

    // ---- evidence ----------------------------------------------------------------------------------------------

    /** Saves what the screen shows (the viewport, as a resident sees it) as a PNG, replacing any earlier one. */
    Path screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(shot.toPath());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Logs in at the staff login page and waits for the staff home (the callback queue). */
    void logInAsStaff(String username, String password) {
        driver.get(baseUrl + "/staff");
        waitForPath("/staff/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")))
                .sendKeys(username);
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password);
        tap(button("Log in"));
        waitUpTo(WAIT).withMessage("the queue after logging in").until(d -> "/staff".equals(path()));
        waitForVaadin();
    }

    /** Once the page is idle, axe-core's serious and critical violations, one line each (rule, impact, elements). */
    @SuppressWarnings("unchecked")
    List<String> seriousAxeProblems() {
        waitForVaadin();
        Map<String, Object> result = axe();
        return ((List<Map<String, Object>>) result.get("violations")).stream()
                .filter(v -> java.util.Set.of("serious", "critical").contains(String.valueOf(v.get("impact"))))
                .map(v -> v.get("id") + " [" + v.get("impact") + "] " + v.get("help") + " "
                        + ((List<Map<String, Object>>) v.get("nodes")).stream().map(n -> n.get("target")).toList())
                .toList();
    }

    /**
     * Runs axe-core (vendored under {@code src/test/resources/axe/}) over the whole page with its default rules.
     * Returns {@code {version, passes, incomplete: [rule ids], violations: [{id, impact, help, helpUrl, tags,
     * nodes: [{target, html, failureSummary}]}]}}.
     */
    @SuppressWarnings("unchecked")
    Map<String, Object> axe() {
        if (!Boolean.TRUE.equals(js("return typeof window.axe === 'object';"))) {
            js(AXE_SOURCE);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document).then(function (r) {
                  done({version: axe.version, passes: r.passes.length,
                    incomplete: r.incomplete.map(function (v) {
                      return v.id + ' ' + JSON.stringify(v.nodes.map(function (n) { return n.target; }));
                    }),
                    violations: r.violations.map(function (v) {
                      return {id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl, tags: v.tags,
                        nodes: v.nodes.map(function (n) {
                          return {target: JSON.stringify(n.target), html: n.html, failureSummary: n.failureSummary};
                        })};
                    })});
                }).catch(function (e) {
                  done({version: '?', passes: 0, incomplete: [],
                    violations: [{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]});
                });
                """);
    }

    private static final String AXE_SOURCE = resource("/axe/axe.min.js");

    static String resource(String name) {
        try (InputStream in = KioskBrowser.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository's root folder (where {@code mvnw} is), whichever module folder the tests run in. */
    static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("mvnw")) && Files.isDirectory(p.resolve("kiosk-ui"))) {
                return p;
            }
        }
        throw new IllegalStateException("not inside the repository: " + here);
    }

    private static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }
}
