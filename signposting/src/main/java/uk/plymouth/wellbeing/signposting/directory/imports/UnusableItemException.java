package uk.plymouth.wellbeing.signposting.directory.imports;

/** One item of a feed cannot be used (a required field is missing, say); the others go on. */
class UnusableItemException extends Exception {

    UnusableItemException(String reason) {
        super(reason);
    }
}
