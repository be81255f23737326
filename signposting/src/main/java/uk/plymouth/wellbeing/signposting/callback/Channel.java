package uk.plymouth.wellbeing.signposting.callback;

/** How a callback request reached us. */
public enum Channel {
    /** The resident used a kiosk's form. */
    KIOSK,
    /** The resident texted us. */
    SMS,
    /** A member of staff took the request, at the desk or on the phone. */
    STAFF
}
