package uk.plymouth.wellbeing.signposting.catalogue.content;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;

/** "Did you mean ...?" for misspelt field names and values in content files (directory and surveys). */
public final class FieldNames {

    private FieldNames() {}

    /** " (did you mean 'options'?)" for the nearest known name (ties: the first alphabetically), or "". */
    public static String suggestion(String typed, Collection<String> known) {
        String lower = typed.toLowerCase(Locale.ROOT);
        return known.stream()
                .filter(k -> distance(lower, k) <= Math.max(1, k.length() / 3))
                .min(Comparator.comparingInt((String k) -> distance(lower, k)).thenComparing(k -> k))
                .map(k -> " (did you mean '" + k + "'?)")
                .orElse("");
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
