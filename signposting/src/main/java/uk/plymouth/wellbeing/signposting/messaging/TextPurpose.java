package uk.plymouth.wellbeing.signposting.messaging;

/** Why we text someone. */
public enum TextPurpose {
    /** An answer to a text they sent, when it could not go back in the webhook's own response. */
    REPLY,
    /** Their callback reference, which they asked for. */
    CALLBACK_CONFIRMATION,
    /** A service's details, from the kiosk's "Text this to my phone". */
    DETAILS_TO_PHONE,
    /** A member of staff replying from a callback request. */
    STAFF_REPLY,
    /** An invitation to a follow-up survey they agreed to. */
    SURVEY_FOLLOW_UP,
    /** The one confirmation after STOP or START. */
    OPT_OUT_CONFIRMATION
}
