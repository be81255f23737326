package uk.plymouth.wellbeing.signposting.texting;

import java.util.List;

/**
 * What to answer a text with, in order, in the channel's own response (Twilio's TwiML). Empty means answer nothing.
 *
 * @param outcome what became of the text, for the channel's log line and tests
 */
public record InboundAnswer(List<String> messages, Outcome outcome) {

    /** What became of a text. */
    public enum Outcome {
        /** Answered now. */
        ANSWERED,
        /** Seen before: answered with what was answered the first time, nothing processed. */
        DUPLICATE,
        /** Answering failed: a holding message now, the answer later through the outbox. */
        DEFERRED,
        /** The number sent too many texts lately: stored, not processed; one polite message per window. */
        RATE_LIMITED,
        /** Not a UK number: stored, not processed; one polite message per window. */
        NOT_UK,
        /** The sender is not a phone number we could answer (a short code, a name): stored, not processed. */
        UNREADABLE_SENDER
    }

    public InboundAnswer {
        messages = List.copyOf(messages);
    }

    @Override
    public String toString() {
        return "InboundAnswer[messages=" + messages.size() + ", outcome=" + outcome + "]";
    }
}
