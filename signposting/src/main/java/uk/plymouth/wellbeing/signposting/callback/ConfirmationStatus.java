package uk.plymouth.wellbeing.signposting.callback;

/** The confirmation text a resident may ask for when they request a callback. */
public enum ConfirmationStatus {
    /** They did not ask for one. */
    NOT_WANTED,
    /** Asked for; sent once the request is saved. */
    PENDING,
    /** Handed to the SMS carrier. */
    SENT,
    /** The carrier refused it or could not be reached: staff can see this and say the reference on the call. */
    FAILED,
    /** Not sent: the resident had asked us to stop texting them. */
    OPTED_OUT
}
