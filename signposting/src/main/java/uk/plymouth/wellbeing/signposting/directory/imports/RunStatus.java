package uk.plymouth.wellbeing.signposting.directory.imports;

/** How the last run of a source went. */
public enum RunStatus {
    /** Every page was read; items with problems may have been skipped (the message says which). */
    OK,
    /** The source could not be read, or not all of it: nothing was archived. The message says why. */
    FAILED
}
