package uk.plymouth.wellbeing.signposting.messaging;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Every text we send goes through here. {@link #enqueue(OutgoingText)} joins the caller's transaction, so a text is
 * queued if and only if what it talks about was saved; a worker sends it afterwards, retrying what may pass later,
 * checking opt-outs at the moment of sending, and never sending one text twice, even with two app instances on one
 * PostgreSQL. Carriers' delivery reports update each text's state.
 *
 * <p>INTERIM (issue 5 in progress): sends at once through the {@link SmsSender}, without a table or retries. The
 * signatures here are the contract the SMS gateway and the conversation code against.
 */
@Service
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final SmsSender sender;
    private final OptOuts optOuts;

    Outbox(SmsSender sender, OptOuts optOuts) {
        this.sender = sender;
        this.optOuts = optOuts;
    }

    /** Queues a text; returns its id in the outbox. */
    public UUID enqueue(OutgoingText text) {
        UUID id = UUID.randomUUID();
        if (optOuts.isOptedOut(text.to()) && text.purpose() != TextPurpose.OPT_OUT_CONFIRMATION) {
            log.info("Text {} ({}) suppressed: opted out", id, text.purpose());
            return id;
        }
        sender.send(new TextMessage(text.to(), text.body()));
        return id;
    }

    /**
     * A carrier's delivery report for a text it took.
     *
     * @param errorCode the carrier's error code, if any (Twilio's 21610 means the number opted out with the carrier)
     */
    public void deliveryReport(String providerMessageId, DeliveryState state, @Nullable String errorCode) {
        log.info("Delivery report for {}: {} {}", providerMessageId, state, errorCode == null ? "" : errorCode);
    }
}
