package uk.plymouth.wellbeing.signposting.conversation;

import java.util.List;

/**
 * What to text back, in order: usually one message, two when a crisis reply comes first. Empty means say nothing
 * (e.g. a second STOP). Texts use GSM-7 characters only.
 *
 * @param crisis the message looked like a crisis: the first message holds the crisis lines (an urgent callback is
 *     offered; staff hear of it only if the resident accepts)
 */
public record ConversationReply(List<String> messages, boolean crisis) {

    public ConversationReply {
        messages = List.copyOf(messages);
    }

    public static ConversationReply of(String... messages) {
        return new ConversationReply(List.of(messages), false);
    }

    /** A reply to crisis language: the crisis lines first, then anything else. */
    public static ConversationReply crisis(String... messages) {
        return new ConversationReply(List.of(messages), true);
    }

    /** A reply to crisis language: the crisis lines first, then these. */
    public static ConversationReply crisis(String lines, List<String> then) {
        List<String> messages = new java.util.ArrayList<>();
        messages.add(lines);
        messages.addAll(then);
        return new ConversationReply(messages, true);
    }

    public static ConversationReply silence() {
        return new ConversationReply(List.of(), false);
    }

    @Override
    public String toString() {
        return "ConversationReply[messages=" + messages.size() + ", crisis=" + crisis + "]";
    }
}
