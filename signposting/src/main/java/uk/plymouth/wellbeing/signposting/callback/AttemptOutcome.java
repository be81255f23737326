package uk.plymouth.wellbeing.signposting.callback;

/** What happened when staff rang the resident. Everything but {@link #REACHED} counts as a failed attempt. */
public enum AttemptOutcome {
    REACHED,
    NO_ANSWER,
    VOICEMAIL_LEFT,
    WRONG_NUMBER,
    DECLINED;

    public boolean isFailure() {
        return this != REACHED;
    }
}
