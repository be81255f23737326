package uk.plymouth.wellbeing.signposting.directory.edit;

/** The member of staff may not make this change; the message says why, in plain words. */
public class EditNotAllowedException extends RuntimeException {

    public EditNotAllowedException(String message) {
        super(message);
    }
}
