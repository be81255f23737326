package uk.plymouth.wellbeing.signposting.messaging;

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

    /** What the carrier said when it took a text. */
    record SentText(String providerMessageId) {}
}
