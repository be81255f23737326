package uk.plymouth.wellbeing.signposting.conversation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the conversation by text behaves.
 *
 * @param idleExpiry after this long without a text from a number, its search and any unfinished callback dialogue
 *     are erased (default {@code 30m})
 * @param forgetAfter after this long without a text, even the note that there was a conversation (number and time,
 *     kept so a late "2" can be told its search expired) is deleted (default {@code 24h})
 * @param defaultHubId the hub that takes callback requests and is named in HELP when the resident gave no place
 *     (default {@code central-library}; if it is not in the directory, the directory's first hub)
 * @param sweepEvery how often expired conversations are erased; read by {@code @Scheduled} as
 *     {@code hub.conversation.sweep-every} (default {@code 5m})
 */
@ConfigurationProperties("hub.conversation")
public record ConversationProperties(
        @DefaultValue("30m") Duration idleExpiry,
        @DefaultValue("24h") Duration forgetAfter,
        @DefaultValue("central-library") String defaultHubId,
        @DefaultValue("5m") Duration sweepEvery) {

    public ConversationProperties {
        if (idleExpiry.isNegative() || idleExpiry.isZero()) {
            throw new IllegalArgumentException("hub.conversation.idle-expiry must be more than zero, not "
                    + idleExpiry);
        }
        if (forgetAfter.compareTo(idleExpiry) < 0) {
            throw new IllegalArgumentException("hub.conversation.forget-after (" + forgetAfter
                    + ") must be at least hub.conversation.idle-expiry (" + idleExpiry + ")");
        }
        if (defaultHubId.isBlank()) {
            throw new IllegalArgumentException("hub.conversation.default-hub-id must name a hub");
        }
    }
}
