package uk.plymouth.wellbeing.signposting.assistant;

/** Where a question came from: it sets how long a reply may be and how services are shown. */
public enum AssistantChannel {
    /** A text message: at most two segments, plain GSM-7 characters, services listed by number. */
    SMS,
    /** The hub's touchscreen: a few short sentences, with the services shown as cards under them. */
    KIOSK
}
