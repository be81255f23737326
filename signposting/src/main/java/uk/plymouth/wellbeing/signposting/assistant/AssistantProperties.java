package uk.plymouth.wellbeing.signposting.assistant;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The optional language model, set by environment ({@code HUB_ASSISTANT_BASE_URL}, {@code HUB_ASSISTANT_API_KEY},
 * {@code HUB_ASSISTANT_MODEL}): any OpenAI-compatible endpoint, hosted or local (Ollama, vLLM). None by default, and
 * everything works without one.
 *
 * @param baseUrl the endpoint, such as {@code https://api.openai.com/v1} or {@code http://localhost:11434/v1}; empty
 *     means no model
 * @param apiKey the key, if the endpoint needs one; never logged ({@link #toString()} leaves it out)
 * @param model the model's name at that endpoint
 * @param timeout how long a reply may take before the deterministic reply is sent instead
 * @param memoryMessages how many messages of a conversation the model is shown, at most
 * @param forgetAfter how long a conversation's memory is kept after its last message (the SMS conversation's own
 *     idle time; the kiosk forgets sooner, on its idle reset)
 */
@ConfigurationProperties("hub.assistant")
public record AssistantProperties(
        @DefaultValue("") String baseUrl,
        @Nullable String apiKey,
        @DefaultValue("") String model,
        @DefaultValue("8s") Duration timeout,
        @DefaultValue("20") int memoryMessages,
        @DefaultValue("30m") Duration forgetAfter) {

    public AssistantProperties {
        baseUrl = baseUrl.strip();
        if (!baseUrl.isEmpty()) {
            URI uri;
            try {
                uri = URI.create(baseUrl);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("hub.assistant.base-url is not a web address: " + baseUrl);
            }
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("hub.assistant.base-url must start with http:// or https://, not "
                        + baseUrl);
            }
            if (model.isBlank()) {
                throw new IllegalArgumentException("hub.assistant.model must name the model to use at " + baseUrl);
            }
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("hub.assistant.timeout must be more than zero, not " + timeout);
        }
        if (forgetAfter.isNegative() || forgetAfter.isZero()) {
            throw new IllegalArgumentException("hub.assistant.forget-after must be more than zero, not "
                    + forgetAfter);
        }
        if (memoryMessages < 2 || memoryMessages > 200) {
            throw new IllegalArgumentException("hub.assistant.memory-messages must be from 2 to 200, not "
                    + memoryMessages);
        }
    }

    /** Whether a model is configured. */
    public boolean configured() {
        return !baseUrl.isEmpty();
    }

    /** Leaves the key out. */
    @Override
    public String toString() {
        return "AssistantProperties[baseUrl=" + (baseUrl.isEmpty() ? "none" : baseUrl) + ", apiKey="
                + (apiKey == null || apiKey.isBlank() ? "unset" : "set") + ", model=" + model + ", timeout="
                + timeout + ", memoryMessages=" + memoryMessages + ", forgetAfter=" + forgetAfter + "]";
    }
}
