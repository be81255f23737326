package uk.plymouth.wellbeing.signposting.directory.imports;

/** A source could not be read: the message says why in plain words, for the source's status line. */
class FeedException extends Exception {

    FeedException(String message) {
        super(message);
    }

    FeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
