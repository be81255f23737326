package uk.plymouth.wellbeing.signposting.texting;

import java.time.Duration;

/**
 * How many texts one number may send in a window before we stop answering them (they are still stored): the channel
 * chooses it, the inbox enforces it.
 */
public record RateLimit(int messages, Duration per) {

    public RateLimit {
        if (messages < 1) {
            throw new IllegalArgumentException("A rate limit needs at least 1 message, not " + messages);
        }
        if (per.isNegative() || per.isZero()) {
            throw new IllegalArgumentException("A rate limit's window must be more than zero, not " + per);
        }
    }

    /** 30 texts in 10 minutes: a survey by text takes about 12, and a search or a callback a few more. */
    public static RateLimit defaults() {
        return new RateLimit(30, Duration.ofMinutes(10));
    }
}
