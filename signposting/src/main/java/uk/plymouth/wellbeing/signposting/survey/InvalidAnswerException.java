package uk.plymouth.wellbeing.signposting.survey;

/** An answer that cannot be taken. The message is safe and clear to show or text to the person answering. */
public class InvalidAnswerException extends RuntimeException {

    public InvalidAnswerException(String message) {
        super(message);
    }
}
