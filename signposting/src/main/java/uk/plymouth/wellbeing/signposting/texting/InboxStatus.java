package uk.plymouth.wellbeing.signposting.texting;

/** Where a stored text is; see {@code V8__sms_inbox.sql}. */
enum InboxStatus {
    RECEIVED,
    ANSWERED,
    RETRY,
    ANSWERED_LATER,
    GAVE_UP,
    RATE_LIMITED,
    NOT_UK,
    UNREADABLE_SENDER;

    /** Whether it was (or is being) answered by the conversation, so it counts towards the sender's rate limit. */
    boolean processed() {
        return this != RATE_LIMITED && this != NOT_UK && this != UNREADABLE_SENDER;
    }
}
