package uk.plymouth.wellbeing.signposting.messaging;

/**
 * A typed phone number we cannot use. The message is a plain-English sentence for the resident who typed it, saying
 * what to change; it never repeats the number.
 */
public class InvalidPhoneNumberException extends RuntimeException {

    /** What is wrong, for screens that word it themselves (in another language, say). */
    public enum Problem {
        EMPTY,
        NOT_DIGITS,
        TOO_SHORT,
        TOO_LONG,
        NOT_UK,
        NOT_MOBILE,
        NOT_IN_USE
    }

    private final Problem problem;

    public InvalidPhoneNumberException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
