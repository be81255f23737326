package uk.plymouth.wellbeing.signposting.problems;

/** What a resident says is wrong with a listing. */
public enum ProblemKind {
    /** It has closed (or was closed when they went). */
    CLOSED,
    /** The day or time is wrong. */
    WRONG_TIME,
    /** The phone number does not work. */
    PHONE_NOT_WORKING,
    /** Something else: the note says what, if they wrote one. */
    OTHER;

    /** In plain words for staff screens and the audit trail: "it has closed". */
    public String inWords() {
        return switch (this) {
            case CLOSED -> "it has closed";
            case WRONG_TIME -> "the time is wrong";
            case PHONE_NOT_WORKING -> "the phone number does not work";
            case OTHER -> "something else";
        };
    }
}
