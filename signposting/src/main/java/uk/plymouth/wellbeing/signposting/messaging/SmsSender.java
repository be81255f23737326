package uk.plymouth.wellbeing.signposting.messaging;

/**
 * Sends text messages: the port a carrier (Twilio, in sms-gateway) implements. Until one is configured,
 * {@link LoggingSmsSender} stands in.
 */
public interface SmsSender {

    /** Hands the text over for delivery; an implementation may throw if the carrier refuses it. */
    void send(TextMessage message);
}
