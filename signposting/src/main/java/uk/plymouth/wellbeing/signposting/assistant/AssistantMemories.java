package uk.plymouth.wellbeing.signposting.assistant;

import dev.langchain4j.data.message.ChatMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each conversation's memory for the model, in this process only: the last messages (capped) and the facts the
 * tools returned. A conversation untouched for {@code forgetAfter} is forgotten, and so is the longest-idle one
 * when {@value #MAX_CONVERSATIONS} are held. Never written to disk or logged.
 */
final class AssistantMemories {

    static final int MAX_CONVERSATIONS = 5_000;

    /** One conversation's memory: its messages, and the phone numbers, times and names the tools gave it. */
    record Memory(List<ChatMessage> messages, Set<String> phones, Set<Integer> times, Set<String> names,
            Instant lastUsed) {

        Memory {
            messages = List.copyOf(messages);
            phones = Set.copyOf(phones);
            times = Set.copyOf(times);
            names = Set.copyOf(names);
        }

        static Memory empty(Instant now) {
            return new Memory(List.of(), Set.of(), Set.of(), Set.of(), now);
        }

        GroundingFacts facts(Set<String> knownNames) {
            return new GroundingFacts(phones, times, names, knownNames);
        }
    }

    private final Clock clock;
    private final Duration forgetAfter;
    private final Map<String, Memory> memories = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Memory> eldest) {
            return size() > MAX_CONVERSATIONS;
        }
    };

    AssistantMemories(Clock clock, Duration forgetAfter) {
        this.clock = clock;
        this.forgetAfter = forgetAfter;
    }

    /** The conversation's memory, or an empty one if it has none or it went idle too long. */
    synchronized Memory recall(String conversationId) {
        Instant now = clock.instant();
        memories.values().removeIf(memory -> memory.lastUsed().plus(forgetAfter).isBefore(now));
        Memory memory = memories.get(conversationId);
        return memory != null ? memory : Memory.empty(now);
    }

    synchronized void keep(String conversationId, List<ChatMessage> messages, GroundingFacts facts) {
        memories.put(conversationId, new Memory(messages, facts.phones(), facts.times(), facts.names(),
                clock.instant()));
    }

    synchronized void forget(String conversationId) {
        memories.remove(conversationId);
    }

    synchronized int size() {
        return memories.size();
    }
}
