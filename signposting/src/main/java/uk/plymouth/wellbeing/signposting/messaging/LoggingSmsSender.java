package uk.plymouth.wellbeing.signposting.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link SmsSender} used until a real carrier is configured: sends nothing, logs that it took each text (its made-up
 * carrier id, the number masked and the length; never the words, which with even part of a number would tie a
 * resident to what they asked about) and keeps the last {@value #KEPT} for the SMS simulator and tests. Registered by {@code MessagingConfiguration} only when no other sender exists.
 */
public class LoggingSmsSender implements SmsSender {

    static final int KEPT = 50;
    private static final Logger log = LoggerFactory.getLogger(LoggingSmsSender.class);

    private final Clock clock;
    private final Deque<LoggedText> recent = new ArrayDeque<>();
    private long sent;

    /** Times texts by the system clock, in UTC. */
    public LoggingSmsSender() {
        this(Clock.systemUTC());
    }

    public LoggingSmsSender(Clock clock) {
        this.clock = clock;
    }

    /**
     * A text this sender took, numbered in the order taken (from 1, never reused while the app runs), so a screen can
     * ask what came after the last one it showed.
     */
    public record LoggedText(long number, Instant at, TextMessage message) {}

    @Override
    public SentText send(TextMessage message) {
        int segments = message.segments();
        String id = "log-" + UUID.randomUUID();
        log.info("Text {} to {} ({} {}) taken, not sent: SMS_PROVIDER is log", id, message.to().masked(), segments,
                segments == 1 ? "segment" : "segments");
        synchronized (recent) {
            recent.addLast(new LoggedText(++sent, clock.instant(), message));
            while (recent.size() > KEPT) {
                recent.removeFirst();
            }
        }
        return new SentText(id);
    }

    /** It sends nothing to anyone, so a text whose send was cut short may as well be sent again: "not taken". */
    @Override
    public Lookup lookUp(TextMessage message, Instant since) {
        return Lookup.took(List.of());
    }

    /** The last {@value #KEPT} texts, oldest first. */
    public List<TextMessage> recent() {
        synchronized (recent) {
            return recent.stream().map(LoggedText::message).toList();
        }
    }

    /** Those of the last {@value #KEPT} texts that went to this number, oldest first. */
    public List<LoggedText> recentTo(PhoneNumber to) {
        synchronized (recent) {
            return recent.stream().filter(text -> text.message().to().equals(to)).toList();
        }
    }

    /** The {@link LoggedText#number() number} of the last text taken; 0 before the first. */
    public long lastNumber() {
        synchronized (recent) {
            return sent;
        }
    }

    /** Forgets the texts kept; their numbers are not reused. */
    public void clear() {
        synchronized (recent) {
            recent.clear();
        }
    }
}
