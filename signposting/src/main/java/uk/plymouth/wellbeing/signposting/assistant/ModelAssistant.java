package uk.plymouth.wellbeing.signposting.assistant;

import java.util.Optional;

/**
 * The optional language model, seen from a channel. The channel checks for crisis language first (never the
 * model's job) and keeps its own commands; for free text it asks here, and sends its deterministic reply whenever
 * the answer is empty: no model configured, a time-out, an error, or a reply that named a service, number or time
 * the tools did not give.
 */
public interface ModelAssistant {

    /** No model: every answer is empty, so every channel replies as it does without one. */
    ModelAssistant NONE = new ModelAssistant() {
        @Override
        public Optional<ModelAnswer> answer(String conversationId, AssistantChannel channel, String text) {
            return Optional.empty();
        }

        @Override
        public void forget(String conversationId) {
            // nothing is kept
        }

        @Override
        public boolean configured() {
            return false;
        }
    };

    /**
     * The model's checked reply to the text, or empty (reply without it).
     *
     * @param conversationId whose memory to use: a kiosk session or an SMS conversation, never a phone number in
     *     clear
     */
    Optional<ModelAnswer> answer(String conversationId, AssistantChannel channel, String text);

    /** Forgets the conversation: the kiosk's idle reset, an SMS conversation's expiry or STOP. */
    void forget(String conversationId);

    /** Whether a model is configured. */
    boolean configured();
}
