package uk.plymouth.wellbeing.signposting.messaging;

/** Where an outbound text is, as our outbox and the carrier's delivery reports say. */
public enum DeliveryState {
    /** In our outbox, not yet handed to the carrier (or waiting to try again). */
    PENDING,
    /** Not sent because the number had opted out when its turn came. */
    SUPPRESSED,
    /** Handed to the carrier, which queued it. */
    QUEUED,
    SENT,
    DELIVERED,
    UNDELIVERED,
    /** The carrier refused it for good, or we gave up retrying; staff can see it. */
    FAILED
}
