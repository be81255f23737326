package uk.plymouth.wellbeing.signposting.problems;

/** How staff dealt with a report. */
public enum Resolution {
    /** The listing was wrong and has been put right (or will be with the next content change). */
    FIXED,
    /** Checked: the listing is right, or the report was not about it. */
    DISMISSED
}
