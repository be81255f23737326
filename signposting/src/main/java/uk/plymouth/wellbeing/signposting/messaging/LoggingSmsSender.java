package uk.plymouth.wellbeing.signposting.messaging;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link SmsSender} used until a real carrier is configured: sends nothing, logs each text with the number
 * masked (the body is directory information, not personal data) and keeps the last {@value #KEPT} for the SMS
 * simulator and tests. Registered by {@code MessagingConfiguration} only when no other sender exists.
 */
public class LoggingSmsSender implements SmsSender {

    static final int KEPT = 50;
    private static final Logger log = LoggerFactory.getLogger(LoggingSmsSender.class);

    private final Deque<TextMessage> recent = new ArrayDeque<>();

    @Override
    public SentText send(TextMessage message) {
        int segments = message.segments();
        log.info("Text to {} ({} {}): {}", message.to().masked(), segments, segments == 1 ? "segment" : "segments",
                message.body());
        synchronized (recent) {
            recent.addLast(message);
            while (recent.size() > KEPT) {
                recent.removeFirst();
            }
        }
        return new SentText("log-" + UUID.randomUUID());
    }

    /** The last {@value #KEPT} texts, oldest first. */
    public List<TextMessage> recent() {
        synchronized (recent) {
            return List.copyOf(recent);
        }
    }

    public void clear() {
        synchronized (recent) {
            recent.clear();
        }
    }
}
