package uk.plymouth.wellbeing.signposting.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingDeque;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The configured model as production builds it ({@link AssistantConfiguration#chatModel}: LangChain4j's OpenAI
 * client on the JDK HTTP client) against a local server that speaks the OpenAI chat-completions protocol, as Ollama,
 * vLLM and hosted APIs do: the key goes in the header, the tools go out as functions, a tool call comes back and is
 * run, and a server slower than the time-out is not waited for.
 */
class OpenAiEndpointTest extends AssistantContext {

    private HttpServer server;
    private final LinkedBlockingDeque<String> responses = new LinkedBlockingDeque<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> authorisations = new CopyOnWriteArrayList<>();
    private volatile long delayMillis;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", this::answer);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        authorisations.add(exchange.getRequestHeaders().getFirst("Authorization"));
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String body = responses.isEmpty() ? "{\"error\": {\"message\": \"no answer scripted\"}}" : responses.poll();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(body.contains("\"error\"") ? 500 : 200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private ModelAssistant assistant(Duration timeout) {
        AssistantProperties properties = new AssistantProperties(
                "http://127.0.0.1:" + server.getAddress().getPort() + "/v1", "sk-local-test", "local-model", timeout,
                20, Duration.ofMinutes(30));
        return AssistantConfiguration.assistant(AssistantConfiguration.chatModel(properties), properties, sources);
    }

    private static String toolCall(String name, String argumentsJson) {
        return "{\"id\":\"c1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"local-model\",\"choices\":[{"
                + "\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"call_1\","
                + "\"type\":\"function\",\"function\":{\"name\":\"" + name + "\",\"arguments\":"
                + quoted(argumentsJson) + "}}]},\"finish_reason\":\"tool_calls\"}],"
                + "\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":5,\"total_tokens\":15}}";
    }

    private static String words(String text) {
        return "{\"id\":\"c2\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"local-model\",\"choices\":[{"
                + "\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":" + quoted(text) + "},"
                + "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":5,"
                + "\"total_tokens\":15}}";
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    @Test
    void aToolCallOverHttpIsRunAndTheReplyComesBackChecked() {
        responses.add(toolCall("offerCallback", "{}"));
        responses.add(words("Someone from the hub can ring you back."));

        Optional<ModelAnswer> answer = assistant(Duration.ofSeconds(8)).answer("kiosk-http", AssistantChannel.KIOSK,
                "could a person help me with my forms");

        assertThat(answer).isPresent();
        assertThat(answer.get().offer()).isEqualTo(ModelAnswer.Offer.CALLBACK);
        assertThat(answer.get().text()).isEqualTo("Someone from the hub can ring you back.");
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0)).containsPattern("\"model\"\\s*:\\s*\"local-model\"")
                .contains("\"searchServices\"", "\"offerCallback\"", "could a person help me with my forms");
        assertThat(requests.get(1)).containsPattern("\"role\"\\s*:\\s*\"tool\"").contains("The app will now ask them");
        assertThat(authorisations).containsOnly("Bearer sk-local-test");
    }

    @Test
    void aServerSlowerThanTheTimeOutIsNotWaitedFor() {
        delayMillis = 3_000;
        responses.add(words("Too late to be any use."));

        assertThat(assistant(Duration.ofMillis(500)).answer("kiosk-slow-http", AssistantChannel.KIOSK, "hello"))
                .isEmpty();
    }

    @Test
    void aServerErrorGivesNoAnswer() {
        assertThat(assistant(Duration.ofSeconds(8)).answer("kiosk-error", AssistantChannel.KIOSK, "hello")).isEmpty();
        assertThat(requests).as("no retries: the usual reply is sent at once").hasSize(1);
    }
}
