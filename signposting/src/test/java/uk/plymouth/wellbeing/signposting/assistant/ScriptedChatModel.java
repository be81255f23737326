package uk.plymouth.wellbeing.signposting.assistant;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A chat model that plays a script, for tests: no network. Each call takes the next step, which sees the request
 * (messages, tools) and answers with a tool call or words. Every request is kept for assertions. A call with no step
 * left fails, as a broken endpoint would.
 */
public final class ScriptedChatModel implements ChatModel {

    private final Deque<Function<ChatRequest, AiMessage>> steps = new ArrayDeque<>();
    private final List<ChatRequest> requests = new CopyOnWriteArrayList<>();

    /** Adds a step: the model's answer to the next request. */
    public synchronized ScriptedChatModel then(Function<ChatRequest, AiMessage> step) {
        steps.add(step);
        return this;
    }

    /** The model asks for a tool, with its arguments as JSON. */
    public ScriptedChatModel callsTool(String name, String argumentsJson) {
        return then(request -> AiMessage.from(ToolExecutionRequest.builder().id(UUID.randomUUID().toString())
                .name(name).arguments(argumentsJson).build()));
    }

    /** The model replies in words. */
    public ScriptedChatModel says(String words) {
        return then(request -> AiMessage.from(words));
    }

    /** The model replies in words made from the last tool result it was given, as a real model would. */
    public ScriptedChatModel saysFromLastToolResult(Function<String, String> words) {
        return then(request -> AiMessage.from(words.apply(lastToolResult(request))));
    }

    public synchronized void clear() {
        steps.clear();
        requests.clear();
    }

    public List<ChatRequest> requests() {
        return List.copyOf(requests);
    }

    public synchronized int stepsLeft() {
        return steps.size();
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        requests.add(request);
        Function<ChatRequest, AiMessage> step;
        synchronized (this) {
            step = steps.poll();
        }
        if (step == null) {
            throw new IllegalStateException("The scripted model has no step left for request " + requests.size());
        }
        return ChatResponse.builder().aiMessage(step.apply(request)).build();
    }

    /** The text of the last tool result in the request, or "" if none. */
    public static String lastToolResult(ChatRequest request) {
        List<ChatMessage> messages = request.messages();
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i) instanceof ToolExecutionResultMessage result) {
                return result.text();
            }
        }
        return "";
    }

    /** The names of the tools the request offered the model. */
    public static List<String> toolNames(ChatRequest request) {
        return request.toolSpecifications().stream().map(ToolSpecification::name).sorted().toList();
    }
}
