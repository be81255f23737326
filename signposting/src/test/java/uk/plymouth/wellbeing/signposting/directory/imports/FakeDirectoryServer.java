package uk.plymouth.wellbeing.signposting.directory.imports;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A directory's server for tests, on a free loopback port, with the JDK's own HTTP server: each path (with its query,
 * or without to answer any query) gives a set status, body and delay; anything else is a 404. Records what was asked.
 */
final class FakeDirectoryServer implements AutoCloseable {

    /** What one address answers; {@code delay} before the answer stands in for a slow or hung server. */
    record Answer(int status, String body, Duration delay) {}

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<String> requested = Collections.synchronizedList(new ArrayList<>());

    private FakeDirectoryServer(HttpServer server) {
        this.server = server;
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    static FakeDirectoryServer start() throws IOException {
        // answers go out at once: without it, small answers wait ~40 ms for the client's delayed ACK (Nagle)
        System.setProperty("sun.net.httpserver.nodelay", "true");
        return new FakeDirectoryServer(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                50));
    }

    /** {@code http://127.0.0.1:<port><path>}. */
    String url(String path) {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort()
                + path;
    }

    void answer(String pathAndQuery, int status, String body) {
        answer(pathAndQuery, status, body, Duration.ZERO);
    }

    void answer(String pathAndQuery, int status, String body, Duration delay) {
        answers.put(pathAndQuery, new Answer(status, body, delay));
    }

    void forgetAnswers() {
        answers.clear();
        requested.clear();
    }

    /** Every path and query asked for, in order. */
    List<String> requested() {
        synchronized (requested) {
            return List.copyOf(requested);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        String asked = query == null ? path : path + "?" + query;
        requested.add(asked);
        Answer answer = answers.getOrDefault(asked, answers.getOrDefault(path,
                new Answer(404, "{\"code\":404,\"message\":\"not here\"}", Duration.ZERO)));
        try {
            Thread.sleep(answer.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        try (exchange; OutputStream out = exchange.getResponseBody()) {
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            out.write(body);
        } catch (IOException clientGone) {
            // the importer gave up waiting (a time-out test): nothing to answer
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
