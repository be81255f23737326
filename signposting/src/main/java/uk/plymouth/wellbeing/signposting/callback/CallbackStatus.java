package uk.plymouth.wellbeing.signposting.callback;

/** Where a callback request is in its life. NEW and CLAIMED are open; DONE and UNABLE_TO_CONTACT are closed. */
public enum CallbackStatus {
    NEW,
    CLAIMED,
    DONE,
    UNABLE_TO_CONTACT;

    public boolean isOpen() {
        return this == NEW || this == CLAIMED;
    }
}
