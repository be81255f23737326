package uk.plymouth.wellbeing.signposting.assistant;

import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.service.AiServices;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.plymouth.wellbeing.signposting.catalogue.CatalogueSnapshot;

/**
 * A configured language model answering through a LangChain4j AI service with our own tools ({@link AssistantTools})
 * and a per-conversation memory ({@link AssistantMemories}). A reply is only given back when it came within the
 * time allowed, fits the channel ({@link AssistantReplies}) and passes {@link GroundingCheck} against what the tools
 * returned in this conversation; otherwise the answer is empty and the channel sends its deterministic reply. A
 * turn that fails leaves the memory as it was. Logs never hold what was written, only what happened.
 */
final class LanguageModelAssistant implements ModelAssistant {

    private static final Logger log = LoggerFactory.getLogger(LanguageModelAssistant.class);
    /** Tool calls one reply may make before it is given up: a search, some details and an offer are plenty. */
    static final int MAX_TOOL_CALLS = 6;
    static final int MAX_MESSAGE_LENGTH = 1_000;

    private final ChatModel model;
    private final AssistantProperties properties;
    private final AssistantPrompts prompts;
    private final AssistantMemories memories;
    private final ExecutorService executor;
    private final AssistantSources sources;
    private volatile @Nullable KnownNames knownNames;

    LanguageModelAssistant(ChatModel model, AssistantProperties properties, AssistantMemories memories,
            ExecutorService executor, AssistantSources sources) {
        this.model = model;
        this.properties = properties;
        this.prompts = new AssistantPrompts();
        this.memories = memories;
        this.executor = executor;
        this.sources = sources;
    }

    @Override
    public Optional<ModelAnswer> answer(String conversationId, AssistantChannel channel, String text) {
        String message = text.strip();
        if (message.isEmpty() || message.length() > MAX_MESSAGE_LENGTH) {
            return Optional.empty();
        }
        AssistantMemories.Memory before = memories.recall(conversationId);
        MessageWindowChatMemory memory = MessageWindowChatMemory.builder().maxMessages(properties.memoryMessages())
                .build();
        before.messages().forEach(memory::add);
        TurnFindings findings = new TurnFindings(sources.catalogue());
        HubAssistantModel assistant = AiServices.builder(HubAssistantModel.class)
                .chatModel(model)
                .systemMessage(prompts.forChannel(channel))
                .chatMemory(memory)
                .tools(new AssistantTools(sources, findings))
                .maxSequentialToolsInvocations(MAX_TOOL_CALLS)
                .beforeToolExecution(call -> findings.used(call.request().name()))
                .hallucinatedToolNameStrategy(call -> ToolExecutionResultMessage.from(call,
                        "There is no tool called " + call.name() + ". You can only search services, read their"
                                + " details, see what is on, and offer a call back or a survey."))
                .build();
        long started = System.nanoTime();
        Optional<String> reply = replyInTime(assistant, message, channel);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        if (reply.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> shaped = AssistantReplies.shaped(reply.get(), channel);
        if (shaped.isEmpty() && findings.offer() == ModelAnswer.Offer.NONE) {
            log.info("Model reply on {} not used: empty or too long for the channel ({} ms)", channel, millis);
            return Optional.empty();
        }
        GroundingFacts facts = findings.addedTo(before.facts(knownNames()));
        Grounding grounding = GroundingCheck.check(shaped.orElse(""), facts);
        if (!grounding.grounded()) {
            log.warn("Model reply on {} not used: it gave facts no tool returned {} ({} ms, tools {})", channel,
                    grounding, millis, findings.toolsUsed());
            return Optional.empty();
        }
        memories.keep(conversationId, memory.messages(), facts);
        log.info("Model replied on {} in {} ms (tools {}, offer {})", channel, millis, findings.toolsUsed(),
                findings.offer());
        return Optional.of(new ModelAnswer(shaped.orElse(""), findings.items(), findings.offer()));
    }

    private Optional<String> replyInTime(HubAssistantModel assistant, String message, AssistantChannel channel) {
        Future<String> reply;
        try {
            reply = executor.submit(() -> assistant.reply(message));
        } catch (RejectedExecutionException busy) {
            log.warn("Model not asked on {}: too many questions waiting", channel);
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(reply.get(properties.timeout().toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException late) {
            reply.cancel(true);
            log.warn("Model took longer than {} on {}: the usual reply was sent", properties.timeout(), channel);
        } catch (InterruptedException interrupted) {
            reply.cancel(true);
            Thread.currentThread().interrupt();
        } catch (ExecutionException failed) {
            // the cause may quote the message: its class only
            log.warn("Model failed on {}: {}", channel, failed.getCause() == null ? "?"
                    : failed.getCause().getClass().getName());
        }
        return Optional.empty();
    }

    /**
     * Every name in the directory, so a known service the tools did not return is caught: worked out once for each
     * loaded directory, not on every reply.
     */
    private Set<String> knownNames() {
        CatalogueSnapshot snapshot = sources.catalogue().snapshot();
        KnownNames known = knownNames;
        if (known == null || known.snapshot() != snapshot) {
            Set<String> names = new HashSet<>();
            snapshot.services().values().forEach(service -> names.add(service.title().toLowerCase(Locale.UK)));
            snapshot.activities().values().forEach(activity -> names.add(activity.title().toLowerCase(Locale.UK)));
            snapshot.hubs().values().forEach(hub -> names.add(hub.name().toLowerCase(Locale.UK)));
            known = new KnownNames(snapshot, Set.copyOf(names));
            knownNames = known;
        }
        return known.names();
    }

    /** The directory's names, and the loaded directory they are from. */
    private record KnownNames(CatalogueSnapshot snapshot, Set<String> names) {}

    @Override
    public void forget(String conversationId) {
        memories.forget(conversationId);
    }

    @Override
    public boolean configured() {
        return true;
    }
}
