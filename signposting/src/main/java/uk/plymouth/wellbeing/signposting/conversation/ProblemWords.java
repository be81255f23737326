package uk.plymouth.wellbeing.signposting.conversation;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.problems.ProblemKind;

/**
 * A text saying a listing is wrong: WRONG, or "that's wrong", "its wrong", "it was closed", "it's closed", "wrong
 * number", "wrong time", at the start, and the rest of the words as the note ("WRONG they moved to Tuesdays"). What
 * is wrong comes from those words when they say (closed, a time or day, the number), else it is something else.
 *
 * @param kind what is wrong
 * @param note the words after the keyword, or null
 */
record ProblemWords(ProblemKind kind, @Nullable String note) {

    private static final String APOSTROPHE = "['\u2018\u2019`]?";
    private static final Pattern REPORT = Pattern.compile("^[\\s\\p{P}]*("
            + "wrong(?:\\s+(?:phone\\s+)?(?:number|time|times|day|days|hours))?"
            + "|that" + APOSTROPHE + "s\\s+(?:wrong|not\\s+right)|that\\s+is\\s+(?:wrong|not\\s+right)"
            + "|it" + APOSTROPHE + "s\\s+(?:wrong|closed|shut)|it\\s+is\\s+(?:wrong|closed|shut)"
            + "|it\\s+was\\s+(?:closed|shut|wrong))(?![\\p{L}\\p{N}])[\\s\\p{P}]*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    /** "wrong number" alone: from someone just sent a listing, its number; else we texted the wrong person. */
    private static final Pattern WRONG_NUMBER_ALONE = Pattern.compile("^(thats the |the )?wrong (phone )?number$");
    private static final Pattern CLOSED = Pattern.compile("\\b(closed|shut|closing|locked|not open|no one there"
            + "|nobody there|finished|stopped|gone)\\b");
    private static final Pattern NUMBER = Pattern.compile("\\b(number|phone|no answer|nobody answers|ring|rang)\\b");
    private static final Pattern TIME = Pattern.compile("\\b(times?|days?|hours|opening|am|pm|mornings?"
            + "|afternoons?|evenings?|(mon|tues|wednes|thurs|fri|satur|sun)days?|weekly|fortnightly)\\b");

    /** The report a text makes, or null when it does not start by saying something is wrong. */
    static @Nullable ProblemWords read(String text) {
        if (text.length() > 1000) {
            return null;
        }
        Matcher report = REPORT.matcher(text);
        if (!report.matches()) {
            return null;
        }
        String note = report.group(2).strip();
        return new ProblemWords(kind(Keywords.tidy(report.group(1)), Keywords.tidy(note)),
                note.isEmpty() ? null : note);
    }

    /** "wrong number" and nothing else, which means "you texted the wrong person" unless a listing was just sent. */
    static boolean isWrongNumberAlone(String text) {
        return text.length() <= 40 && WRONG_NUMBER_ALONE.matcher(Keywords.tidy(text)).matches();
    }

    private static ProblemKind kind(String keyword, String note) {
        for (String words : new String[] {keyword, note}) {
            String lower = words.toLowerCase(Locale.UK);
            if (CLOSED.matcher(lower).find()) {
                return ProblemKind.CLOSED;
            }
            if (NUMBER.matcher(lower).find()) {
                return ProblemKind.PHONE_NOT_WORKING;
            }
            if (TIME.matcher(lower).find()) {
                return ProblemKind.WRONG_TIME;
            }
        }
        return ProblemKind.OTHER;
    }
}
