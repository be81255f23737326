package uk.plymouth.wellbeing.signposting.directory.imports;

/** The kinds of directory we can import from. */
public enum SourceKind {
    /** An Open Referral UK 3.0 API: its {@code /services} list, and each service's details. Gives services. */
    ORUK("Open Referral UK 3.0 API"),
    /** An OpenActive RPDE sessions feed (SessionSeries and ScheduledSession items). Gives activities. */
    OPENACTIVE("OpenActive sessions feed");

    private final String label;

    SourceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
