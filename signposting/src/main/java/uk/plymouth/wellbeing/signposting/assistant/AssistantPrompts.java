package uk.plymouth.wellbeing.signposting.assistant;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * The model's instructions, kept as resource files next to this class: {@code rules.txt} for every channel, then
 * {@code sms.txt} or {@code kiosk.txt}. Read once.
 */
final class AssistantPrompts {

    private final Map<AssistantChannel, String> prompts = new EnumMap<>(AssistantChannel.class);

    AssistantPrompts() {
        String rules = read("rules.txt");
        prompts.put(AssistantChannel.SMS, rules + read("sms.txt"));
        prompts.put(AssistantChannel.KIOSK, rules + read("kiosk.txt"));
    }

    String forChannel(AssistantChannel channel) {
        return prompts.get(channel);
    }

    private static String read(String name) {
        try (InputStream in = AssistantPrompts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The assistant's prompt " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the assistant's prompt " + name, e);
        }
    }
}
