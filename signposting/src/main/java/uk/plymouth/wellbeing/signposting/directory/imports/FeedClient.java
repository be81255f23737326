package uk.plymouth.wellbeing.signposting.directory.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.stereotype.Component;

/**
 * Reads JSON from a source's server with the JDK's HTTP client, within the time-outs and size set in
 * {@code hub.imports.*}: the request time-out covers the whole answer, body included. Every way it can fail becomes
 * a {@link FeedException} with a plain message.
 */
@Component
class FeedClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final ImportProperties properties;

    FeedClient(ImportProperties properties) {
        this.properties = properties;
        this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    JsonNode get(URI uri) throws FeedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(properties.requestTimeout())
                .header("Accept", "application/json").header("User-Agent", "Plymouth Wellbeing Hubs importer")
                .GET().build();
        long limit = properties.maxAnswerSize().toBytes();
        CompletableFuture<HttpResponse<byte[]>> answer = http.sendAsync(request, info -> new LimitedBody(limit));
        try {
            HttpResponse<byte[]> response = answer.get(properties.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
            if (response.statusCode() != 200) {
                throw new FeedException(uri + " answered " + response.statusCode() + " instead of 200");
            }
            return parse(uri, response.body());
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw noAnswer(uri, e);
        } catch (ExecutionException e) {
            throw failed(uri, e.getCause() == null ? e : e.getCause());
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new FeedException("the import was stopped while reading " + uri, e);
        }
    }

    private FeedException failed(URI uri, Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException || cause instanceof ConnectException) {
            return new FeedException("could not connect to " + uri.getHost() + ":" + port(uri), cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return noAnswer(uri, cause);
        }
        if (cause instanceof LimitedBody.TooLargeException) {
            return new FeedException(uri + " gave more than " + properties.maxAnswerSize().toMegabytes()
                    + " MB, more than an import reads", cause);
        }
        return new FeedException("reading " + uri + " failed (" + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")", cause);
    }

    private FeedException noAnswer(URI uri, Throwable cause) {
        return new FeedException(uri + " gave no answer within " + properties.requestTimeout().toSeconds() + " s",
                cause);
    }

    private static JsonNode parse(URI uri, byte[] body) throws FeedException {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new FeedException(uri + " gave an empty answer instead of JSON");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new FeedException(uri + " did not give valid JSON (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new FeedException("reading " + uri + " failed: " + e.getMessage(), e);
        }
    }

    private static int port(URI uri) {
        return uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    }
}
