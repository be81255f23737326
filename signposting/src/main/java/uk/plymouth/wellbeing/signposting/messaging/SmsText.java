package uk.plymouth.wellbeing.signposting.messaging;

import java.util.function.Predicate;

/**
 * Text messages and what they cost: the GSM-7 alphabet, segments and cutting a text to fit (see
 * ../shared/design/domain.md 4.1). One character outside GSM-7 sends the whole text as UCS-2, at 70 characters a
 * segment instead of 160, so texts are passed through {@link #toGsm(String)} first.
 */
public final class SmsText {

    static final int GSM_SINGLE = 160;
    static final int GSM_PART = 153;
    static final int UCS2_SINGLE = 70;
    static final int UCS2_PART = 67;
    private static final String ELLIPSIS = "...";

    private SmsText() {}

    /**
     * The text in the GSM-7 alphabet: curly quotes, dashes, ellipses and unusual spaces become their plain forms,
     * letters GSM lacks lose their accents (ç becomes c; é, £ and € are kept) and anything else, such as emoji, is
     * dropped.
     */
    public static String toGsm(String text) {
        StringBuilder gsm = new StringBuilder(text.length());
        text.codePoints().forEach(c -> gsm.append(GsmAlphabet.standInFor(c)));
        return gsm.toString();
    }

    /** Whether the text can go as GSM-7. */
    public static boolean isGsm(String text) {
        return text.codePoints().allMatch(GsmAlphabet::contains);
    }

    /**
     * How many segments the text is sent (and billed) as: GSM-7 160 septets in one, else 153 a part, with
     * {@code € [ ] { } ^ ~ | \} costing two; UCS-2 70 characters in one, else 67 a part. An empty text is one.
     */
    public static int segments(String text) {
        boolean gsm = isGsm(text);
        int single = gsm ? GSM_SINGLE : UCS2_SINGLE;
        int part = gsm ? GSM_PART : UCS2_PART;
        if (units(text, gsm) <= single) {
            return 1;
        }
        // a two-unit character (escape pair, surrogate pair) is never split between segments
        int segments = 1;
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int cost = gsm ? (GsmAlphabet.isExtension(c) ? 2 : 1) : Character.charCount(c);
            if (used + cost > part) {
                segments++;
                used = 0;
            }
            used += cost;
            i += Character.charCount(c);
        }
        return segments;
    }

    /**
     * The text if it fits in {@code maxSegments}, else as much of it as fits, cut after a whole word and ended with
     * "...".
     */
    public static String fit(String text, int maxSegments) {
        if (maxSegments < 1) {
            throw new IllegalArgumentException("A text needs at least one segment, not " + maxSegments);
        }
        return cut(text, Math.max(GSM_SINGLE, maxSegments * GSM_PART), t -> segments(t) <= maxSegments);
    }

    /** As {@link #fit(String, int)}, to at most {@code maxUnits} septets (GSM-7) or characters (UCS-2). */
    static String fitUnits(String text, int maxUnits) {
        return cut(text, Math.max(0, maxUnits), t -> units(t, isGsm(t)) <= maxUnits);
    }

    /**
     * As {@link #fitUnits(String, int)}, but ending after a whole sentence when that keeps at least two thirds of what
     * a cut after a word would (never "At Central Park..." when a whole sentence could have been kept).
     */
    static String fitUnitsAtSentence(String text, int maxUnits) {
        for (int end = text.lastIndexOf(". "); end > 0; end = text.lastIndexOf(". ", end - 1)) {
            int units = units(text.substring(0, end + 1), true);
            if (units <= maxUnits) {
                return units >= maxUnits * 2 / 3 ? text.substring(0, end + 1) : fitUnits(text, maxUnits);
            }
        }
        return fitUnits(text, maxUnits);
    }

    /** The longest of: the text; a prefix of it ending after a word, plus "..."; any prefix plus "..." that fits. */
    private static String cut(String text, int maxUnits, Predicate<String> fits) {
        if (fits.test(text)) {
            return text;
        }
        // every character costs at least one unit, so no longer prefix can fit
        int longest = Math.min(text.length() - 1, maxUnits);
        for (int end = longest; end > 0; end--) {
            if (Character.isWhitespace(text.charAt(end)) && !Character.isWhitespace(text.charAt(end - 1))) {
                String cut = withEllipsis(text.substring(0, end));
                if (!cut.equals(ELLIPSIS) && fits.test(cut)) {
                    return cut;
                }
            }
        }
        // a single word too long to fit: cut inside it
        for (int end = longest; end > 0; end--) {
            if (!Character.isLowSurrogate(text.charAt(end))) {
                String cut = text.substring(0, end) + ELLIPSIS;
                if (fits.test(cut)) {
                    return cut;
                }
            }
        }
        return ELLIPSIS;
    }

    private static String withEllipsis(String text) {
        String trimmed = text.stripTrailing();
        int end = trimmed.length();
        while (end > 0 && ".,;:!?-".indexOf(trimmed.charAt(end - 1)) >= 0) {
            end--;
        }
        return trimmed.substring(0, end) + ELLIPSIS;
    }

    /** Septets for GSM-7, UTF-16 code units for UCS-2. */
    static int units(String text, boolean gsm) {
        if (!gsm) {
            return text.length();
        }
        return text.codePoints().map(c -> GsmAlphabet.isExtension(c) ? 2 : 1).sum();
    }
}
