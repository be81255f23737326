package uk.plymouth.wellbeing.signposting.callback;

/** What an audit row records: every look at a request and every change to it. */
public enum AuditAction {
    REQUESTED,
    VIEWED,
    CLAIMED,
    RELEASED,
    ATTEMPT_LOGGED,
    COMPLETED,
    REOPENED,
    MARKED_URGENT,
    NOTE_ADDED,
    CONFIRMATION_SENT,
    CONFIRMATION_FAILED,
    OPTED_OUT,
    TEXT_SENT,
    RESIDENT_TEXTED,
    PERSONAL_DATA_ERASED
}
