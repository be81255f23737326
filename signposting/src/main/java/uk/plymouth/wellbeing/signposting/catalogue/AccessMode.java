package uk.plymouth.wellbeing.signposting.catalogue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a resident gets to use a service. */
public enum AccessMode {
    DROP_IN("drop-in", "Just drop in"),
    APPOINTMENT("appointment", "Book an appointment"),
    REFERRAL("referral", "Needs a referral"),
    PHONE("phone", "By phone");

    private final String id;
    private final String label;

    AccessMode(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<AccessMode> fromId(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.id.equals(wanted)).findFirst();
    }
}
