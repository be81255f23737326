package uk.plymouth.wellbeing.signposting.messaging;

import java.time.Instant;
import java.util.List;

/**
 * Sends text messages: the port a carrier (Twilio, in sms-gateway) implements. Until one is configured,
 * {@link LoggingSmsSender} stands in. Only the outbox's worker should call it: everything else queues texts in the
 * {@link Outbox}, which retries, obeys opt-outs at send time and never sends a text twice.
 */
public interface SmsSender {

    /**
     * Hands the text over for delivery.
     *
     * @return the carrier's id for the message, which its delivery reports quote
     * @throws SmsSendException when the carrier refused it or could not be reached; says whether trying again later
     *     may work
     */
    SentText send(TextMessage message);

    /**
     * What the carrier's own record says about texts like this one (same number, same words) that it took at or after
     * {@code since}: asked, instead of sending again, about a send that was interrupted after it began (the carrier
     * may have taken it). A carrier that cannot be asked says {@link Lookup#cannotTell()}, the default.
     */
    default Lookup lookUp(TextMessage message, Instant since) {
        return Lookup.cannotTell();
    }

    /** What the carrier said when it took a text. */
    record SentText(String providerMessageId) {}

    /**
     * The answer to {@link #lookUp}: whether the carrier could be asked, and if so the ids of the matching texts it
     * took, newest first (none: it took no such text).
     */
    record Lookup(boolean known, List<String> providerMessageIds) {

        public Lookup {
            providerMessageIds = List.copyOf(providerMessageIds);
        }

        public static Lookup cannotTell() {
            return new Lookup(false, List.of());
        }

        public static Lookup took(List<String> providerMessageIds) {
            return new Lookup(true, providerMessageIds);
        }
    }
}
