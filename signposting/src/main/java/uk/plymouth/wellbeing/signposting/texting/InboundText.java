package uk.plymouth.wellbeing.signposting.texting;

/**
 * A text as a channel received it, before we know whether its sender is a number we can answer. Its
 * {@link #toString()} leaves out the sender and what they wrote.
 *
 * @param messageId the channel's own id for the text (Twilio's MessageSid); the same text delivered twice has the same
 * @param channel which channel brought it, e.g. "twilio" or "simulator" (at most 16 characters)
 * @param from the sender as the channel gave it: usually E.164 ("+447700900123"), but may be anything
 * @param body what they wrote, as received (may be empty, long, any script or emoji)
 */
public record InboundText(String messageId, String channel, String from, String body) {

    public InboundText {
        if (messageId.isBlank() || messageId.length() > 64) {
            throw new IllegalArgumentException("A message id needs 1 to 64 characters, not " + messageId.length());
        }
        if (channel.isBlank() || channel.length() > 16) {
            throw new IllegalArgumentException("A channel name needs 1 to 16 characters");
        }
    }

    @Override
    public String toString() {
        return "InboundText[messageId=" + messageId + ", channel=" + channel + ", length=" + body.length() + "]";
    }
}
