package uk.plymouth.wellbeing.signposting.callback;

/** When the resident would rather be called. */
public enum BestTime {
    MORNING("in the morning"),
    AFTERNOON("in the afternoon"),
    EVENING("in the evening"),
    ANY("soon");

    private final String inWords;

    BestTime(String inWords) {
        this.inWords = inWords;
    }

    /** "in the morning", as in "We'll call you in the morning". */
    public String inWords() {
        return inWords;
    }
}
