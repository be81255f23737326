package uk.plymouth.wellbeing.staff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One browser's session with the running app (see {@link RunningStaffApp}), over plain HTTP: the JDK client with its
 * own cookie jar, never following redirects, so tests see each 302 and where it points.
 *
 * <p>Logging in works as the staff login page does in a browser: {@link #csrfToken()} opens {@code /staff/login} and
 * reads the token Vaadin puts in the page ({@code <meta name="_csrf" content="...">}, which the login form posts as
 * {@code _csrf}); {@link #logIn} then posts {@code username}, {@code password} and {@code _csrf} to
 * {@code /staff/login}. A right password answers 302 to {@code /staff}; a wrong one, or a locked or disabled account,
 * 302 to {@code /staff/login?error}.
 *
 * <pre>{@code
 * StaffSession session = new StaffSession(port);
 * assertThat(StaffSession.location(session.logIn(TestStaff.ADMIN, TestStaff.ADMIN_PASSWORD))).isEqualTo("/staff");
 * assertThat(session.get("/staff/password").statusCode()).isEqualTo(200);
 * }</pre>
 */
public final class StaffSession {

    public static final String LOGIN = "/staff/login";
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final @Nullable String forwardedFor;

    public StaffSession(int port) {
        this(port, null);
    }

    /**
     * A browser behind a proxy that says, in {@code X-Forwarded-For}, that it is at {@code clientAddress}; the app
     * believes it only where it trusts the proxy (a test that sets {@code server.forward-headers-strategy=native}).
     */
    public StaffSession(int port, @Nullable String clientAddress) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(cookies).build();
        this.forwardedFor = clientAddress;
    }

    /** GET a path of the app, e.g. {@code /staff/accounts}, with this session's cookies. */
    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    /** The CSRF token of this session, as the login page gives it to the login form. */
    public String csrfToken() {
        HttpResponse<String> page = get(LOGIN);
        if (page.statusCode() != 200) {
            throw new IllegalStateException("The login page answered " + page.statusCode());
        }
        Matcher token = CSRF_META.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("The login page has no _csrf meta tag");
        }
        return token.group(1);
    }

    /** Opens the login page for its CSRF token, then posts the login form. */
    public HttpResponse<String> logIn(String username, String password) {
        return postLogin(username, password, csrfToken());
    }

    /** Posts the login form as given; {@code csrfToken} null leaves the {@code _csrf} field out. */
    public HttpResponse<String> postLogin(String username, String password, @Nullable String csrfToken) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("password", password);
        if (csrfToken != null) {
            form.put("_csrf", csrfToken);
        }
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + LOGIN))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** This session's cookie of that name, if the app has set one. */
    public Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst();
    }

    /** Where a redirect points, as a path with its query ({@code /staff/login?error}); empty when none. */
    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").map(URI::create)
                .map(uri -> uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()))
                .orElse("");
    }

    private HttpResponse<String> send(HttpRequest request) {
        if (forwardedFor != null) {
            request = HttpRequest.newBuilder(request, (name, value) -> true).header("X-Forwarded-For", forwardedFor)
                    .build();
        }
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the app", e);
        }
    }
}
