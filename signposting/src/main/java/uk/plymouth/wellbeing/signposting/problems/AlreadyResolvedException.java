package uk.plymouth.wellbeing.signposting.problems;

/** Someone dealt with the report first (two members of staff at once, or a page left open); it says who and how. */
public class AlreadyResolvedException extends RuntimeException {

    private final String resolvedBy;
    private final Resolution resolution;

    AlreadyResolvedException(String resolvedBy, Resolution resolution) {
        super("This report has already been dealt with by " + resolvedBy + " ("
                + (resolution == Resolution.FIXED ? "fixed" : "not a problem") + ").");
        this.resolvedBy = resolvedBy;
        this.resolution = resolution;
    }

    public String resolvedBy() {
        return resolvedBy;
    }

    public Resolution resolution() {
        return resolution;
    }
}
