package uk.plymouth.wellbeing.signposting.catalogue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How often an activity repeats. */
public enum Frequency {
    WEEKLY("weekly", 1),
    FORTNIGHTLY("fortnightly", 2);

    private final String id;
    private final int intervalWeeks;

    Frequency(String id, int intervalWeeks) {
        this.id = id;
        this.intervalWeeks = intervalWeeks;
    }

    public String id() {
        return id;
    }

    public int intervalWeeks() {
        return intervalWeeks;
    }

    public static Optional<Frequency> fromId(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst();
    }
}
