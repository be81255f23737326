package uk.plymouth.wellbeing.signposting.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A hub as residents name it: "Four Greens" for "Four Greens Wellbeing and Family Hub", and back again. */
public final class HubNames {

    private static final int SHORTEST_WORDS = 3;

    private HubNames() {}

    /** "Four Greens" for "Four Greens Wellbeing and Family Hub", "Jan Cutting" for "... Healthy Living Centre". */
    public static String shortName(Hub hub) {
        String label = hub.name().replaceFirst("(?i)(\\s+(wellbeing|and|family|healthy|living|community|sports|hub"
                + "|centre))+$", "");
        return label.isBlank() ? hub.name() : label;
    }

    /**
     * The hub some words name (three letters or more): words of its full name ("four greens"), or more words around
     * its short name ("the four greens hub"); the first such hub, or empty.
     */
    public static Optional<Hub> named(List<Hub> hubs, String words) {
        String wanted = tidy(words);
        if (wanted.length() < SHORTEST_WORDS) {
            return Optional.empty();
        }
        return hubs.stream().filter(hub -> tidy(hub.name()).contains(wanted)
                || wanted.contains(tidy(shortName(hub)))).findFirst();
    }

    /** Lower case, apostrophes dropped, anything but letters and digits made one space. */
    private static String tidy(String text) {
        return text.toLowerCase(Locale.UK).replaceAll("['\u2018\u2019`]", "").replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}
