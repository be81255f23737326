package uk.plymouth.wellbeing.signposting.texting;

/** A simulated text could not be sent; the message says why in plain English and is safe to show to staff. */
public class TextSimulatorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TextSimulatorException(String message) {
        super(message);
    }

    public TextSimulatorException(String message, Throwable cause) {
        super(message, cause);
    }
}
