package uk.plymouth.wellbeing.signposting.problems;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A resident's few words about what is wrong, made fit to keep: phone numbers and email addresses taken out (they
 * would be someone's personal data, and staff have the listing's own), control characters dropped, whitespace made
 * single spaces, and cut to {@link #MAX_LENGTH} characters. Letters, emoji and right-to-left text are kept as typed.
 */
final class ReportNote {

    static final int MAX_LENGTH = 500;
    static final String PHONE_REMOVED = "[phone number removed]";
    static final String EMAIL_REMOVED = "[email removed]";

    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
    /**
     * A UK or international number: starting "+", "0" or "(0", then 9 to 14 more digits with spaces, hyphens or
     * brackets between them ("07700 900123", "+44 7700 900 123", "(01752) 304000", "0044-7700-900123"). Times such
     * as "9:30-12:30" or "10.30" are left alone: colons and dots never join a number.
     */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\p{N}+])(?:\\+\\s?\\p{N}|\\(?0)(?:[ ()\\-]{0,2}\\p{N}){8,14}(?!\\p{N})");
    /** C0 controls and DEL; line breaks and tabs become spaces below. */
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0E-\\x1F\\x7F]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ReportNote() {}

    /** The note to keep, or null when nothing is left. */
    static @Nullable String tidy(@Nullable String typed) {
        if (typed == null) {
            return null;
        }
        String text = CONTROLS.matcher(typed).replaceAll("");
        text = EMAIL.matcher(text).replaceAll(EMAIL_REMOVED);
        text = PHONE.matcher(text).replaceAll(PHONE_REMOVED);
        text = SPACES.matcher(text).replaceAll(" ").strip();
        if (text.isEmpty()) {
            return null;
        }
        return text.length() <= MAX_LENGTH ? text : cut(text);
    }

    /** The first {@link #MAX_LENGTH} characters, never half an emoji. */
    private static String cut(String text) {
        int end = MAX_LENGTH;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).strip();
    }
}
