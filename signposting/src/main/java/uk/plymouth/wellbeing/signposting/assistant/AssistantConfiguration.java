package uk.plymouth.wellbeing.signposting.assistant;

import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Clock;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.messaging.ItemDetailsText;
import uk.plymouth.wellbeing.signposting.search.ServiceSearch;
import uk.plymouth.wellbeing.signposting.timetable.Timetable;

/**
 * The optional language model: none unless {@code hub.assistant.base-url} is set, else an OpenAI-compatible chat
 * model on the JDK's own HTTP client (no retries: a late reply is replaced, not waited for twice).
 */
@Configuration
@EnableConfigurationProperties(AssistantProperties.class)
public class AssistantConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AssistantConfiguration.class);
    /** Questions the model works on at once, and how many more may wait (each within the time-out). */
    private static final int THREADS = 4;
    private static final int WAITING = 32;

    @Bean
    AssistantSources assistantSources(ServiceSearch search, Catalogue catalogue, ItemDetailsText details,
            Timetable timetable, Clock clock) {
        return new AssistantSources(search, catalogue, details, timetable, clock);
    }

    @Bean
    ModelAssistant modelAssistant(AssistantProperties properties, AssistantSources sources) {
        if (!properties.configured()) {
            log.info("No language model configured (hub.assistant.base-url): the deterministic conversation answers");
            return ModelAssistant.NONE;
        }
        log.info("Language model: {}", properties);
        return assistant(chatModel(properties), properties, sources);
    }

    /** The assistant over any chat model: the configured one, or a scripted one in tests. */
    public static ModelAssistant assistant(ChatModel model, AssistantProperties properties, AssistantSources sources) {
        return new LanguageModelAssistant(model, properties,
                new AssistantMemories(sources.clock(), properties.forgetAfter()), executor(), sources);
    }

    static ChatModel chatModel(AssistantProperties properties) {
        return OpenAiChatModel.builder()
                .httpClientBuilder(JdkHttpClient.builder())
                .baseUrl(properties.baseUrl())
                .apiKey(properties.apiKey() == null || properties.apiKey().isBlank() ? "none" : properties.apiKey())
                .modelName(properties.model())
                .timeout(properties.timeout())
                .maxRetries(0)
                .temperature(0.2)
                .logRequests(false)
                .logResponses(false)
                .build();
    }

    private static ExecutorService executor() {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(THREADS, THREADS, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(WAITING),
                task -> {
                    Thread thread = new Thread(task, "assistant-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }
}
