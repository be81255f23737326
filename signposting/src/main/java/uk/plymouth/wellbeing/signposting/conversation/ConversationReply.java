package uk.plymouth.wellbeing.signposting.conversation;

import java.util.List;

/**
 * What to text back, in order: usually one message, two when a crisis reply comes first. Empty means say nothing
 * (e.g. a second STOP). Texts use GSM-7 characters only.
 *
 * @param crisis the message looked like a crisis: the first message holds the crisis lines, and staff were alerted
 */
public record ConversationReply(List<String> messages, boolean crisis) {

    public ConversationReply {
        messages = List.copyOf(messages);
    }

    public static ConversationReply of(String... messages) {
        return new ConversationReply(List.of(messages), false);
    }

    public static ConversationReply silence() {
        return new ConversationReply(List.of(), false);
    }

    @Override
    public String toString() {
        return "ConversationReply[messages=" + messages.size() + ", crisis=" + crisis + "]";
    }
}
