package uk.plymouth.wellbeing.signposting.messaging;

/** A text to send to one phone. Its {@link #toString()} masks the number. */
public record TextMessage(PhoneNumber to, String body) {

    public TextMessage {
        if (body.isBlank()) {
            throw new IllegalArgumentException("A text message needs something to say");
        }
    }

    /** How many segments it is sent (and billed) as. */
    public int segments() {
        return SmsText.segments(body);
    }

    @Override
    public String toString() {
        return "TextMessage[to=" + to.masked() + ", body=" + body + "]";
    }
}
