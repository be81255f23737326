package uk.plymouth.wellbeing.signposting.catalogue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whether a service or activity is running. Temporarily closed items stay findable and say so. */
public enum ItemStatus {
    ACTIVE("active"),
    TEMPORARILY_CLOSED("temporarily-closed");

    private final String id;

    ItemStatus(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<ItemStatus> fromId(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.id.equals(wanted)).findFirst();
    }
}
