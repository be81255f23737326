package uk.plymouth.wellbeing.signposting.staff;

/**
 * A new password that will not do. Its message (and {@link #reason()}) says why in words staff can be shown, and
 * never contains the password.
 */
public class WeakPasswordException extends IllegalArgumentException {

    private final String reason;

    public WeakPasswordException(String reason) {
        super("password is too weak: " + reason);
        this.reason = reason;
    }

    /** Why, e.g. "it is shorter than 12 characters". */
    public String reason() {
        return reason;
    }
}
