package uk.plymouth.wellbeing.signposting.conversation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Spots crisis language (suicide, self-harm, abuse, immediate danger) in a text, by rules from the content file
 * {@code crisis/phrases.txt} (its format is in {@code content/README.md}). Rules only for now: a text is tidied (lower
 * case, apostrophes dropped, misspellings mended), the ordinary phrases ("killing time", "not suicidal") are taken
 * out, and any crisis phrase left makes it a crisis.
 *
 * <p>A plain denial such as "I am not suicidal, just need food" is taken at its word (an {@code ordinary:} line);
 * any other crisis phrase in the same text still counts. Missing a crisis costs far more than a false alarm.
 */
final class CrisisLanguage {

    static final String FILE = "crisis/phrases.txt";
    /** Longer texts are read only this far: enough for any real message, cheap for 1,600 characters of noise. */
    private static final int MAX_WORDS = 400;
    private static final int MAX_GAP = 3;
    private static final String TAKEN_OUT = "_";
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019\u02bc`\u00b4]");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern TRAILING_COMMENT = Pattern.compile("\\s+#.*$");
    private static final Pattern TIDY_PHRASE = Pattern.compile("[a-z0-9*]+( [a-z0-9*]+)*");

    private final List<List<String>> crisis;
    private final List<List<String>> ordinary;
    private final Map<String, List<String>> spellings;

    private CrisisLanguage(List<List<String>> crisis, List<List<String>> ordinary,
            Map<String, List<String>> spellings) {
        this.crisis = List.copyOf(crisis);
        this.ordinary = List.copyOf(ordinary);
        this.spellings = Map.copyOf(spellings);
    }

    /**
     * Reads the phrase file.
     *
     * @param fileName named in problem messages
     * @throws IllegalArgumentException naming the file and line of the first problem, or saying the file has no
     *     crisis phrases
     */
    static CrisisLanguage parse(String fileName, String text) {
        List<List<String>> crisis = new ArrayList<>();
        List<List<String>> ordinary = new ArrayList<>();
        Map<String, List<String>> spellings = new HashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = TRAILING_COMMENT.matcher(lines[i]).replaceFirst("").strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = fileName + ", line " + (i + 1) + ": ";
            if (line.startsWith("spell:")) {
                String[] sides = line.substring("spell:".length()).split("=", -1);
                if (sides.length != 2 || !sides[0].strip().matches("[a-z0-9]+")
                        || !TIDY_PHRASE.matcher(sides[1].strip()).matches() || sides[1].contains("*")) {
                    throw new IllegalArgumentException(where + "write a spelling as \"spell: word = words\" in lower"
                            + " case letters and digits, not \"" + line + "\"");
                }
                spellings.put(sides[0].strip(), List.of(sides[1].strip().split(" ")));
            } else if (line.startsWith("ordinary:")) {
                ordinary.add(phrase(line.substring("ordinary:".length()).strip(), where));
            } else if (line.matches("^[a-z]+:.*")) {
                throw new IllegalArgumentException(where + "unknown kind of line \"" + line.substring(0,
                        line.indexOf(':') + 1) + "\"; use a phrase, \"ordinary:\" or \"spell:\"");
            } else {
                crisis.add(phrase(line, where));
            }
        }
        if (crisis.isEmpty()) {
            throw new IllegalArgumentException(fileName + ": no crisis phrases at all; the crisis lines would never"
                    + " be sent");
        }
        return new CrisisLanguage(crisis, ordinary, spellings);
    }

    private static List<String> phrase(String phrase, String where) {
        if (!TIDY_PHRASE.matcher(phrase).matches()) {
            throw new IllegalArgumentException(where + "write phrases in lower case letters and digits separated by"
                    + " single spaces (apostrophes dropped: dont, im), not \"" + phrase + "\"");
        }
        List<String> words = List.of(phrase.split(" "));
        if (words.get(0).equals("*") || words.get(words.size() - 1).equals("*")) {
            throw new IllegalArgumentException(where + "a phrase cannot start or end with a gap (*): \"" + phrase
                    + "\"");
        }
        for (String word : words) {
            if (word.length() > 1 && word.indexOf('*') >= 0 && word.indexOf('*') != word.length() - 1) {
                throw new IllegalArgumentException(where + "* goes only at the end of a word or on its own: \""
                        + phrase + "\"");
            }
        }
        return words;
    }

    /** Whether the text holds crisis language. Any text at all is safe, including empty ones. */
    boolean isCrisis(String text) {
        String[] words = tidy(text).toArray(new String[0]);
        for (List<String> phrase : ordinary) {
            for (int start = 0; start < words.length; start++) {
                int end = matchEnd(phrase, 0, words, start);
                if (end > 0) {
                    Arrays.fill(words, start, end, TAKEN_OUT);
                }
            }
        }
        for (List<String> phrase : crisis) {
            for (int start = 0; start < words.length; start++) {
                if (matchEnd(phrase, 0, words, start) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The text's words, tidied and with spellings mended. */
    List<String> tidy(String text) {
        String lower = APOSTROPHES.matcher(text.toLowerCase(Locale.UK)).replaceAll("");
        List<String> words = new ArrayList<>();
        for (String word : NOT_WORD.matcher(lower).replaceAll(" ").strip().split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            words.addAll(spellings.getOrDefault(word, List.of(word)));
            if (words.size() >= MAX_WORDS) {
                break;
            }
        }
        return words;
    }

    /** Where a match of the phrase from element {@code p} at word {@code w} ends (exclusive), or -1. */
    private static int matchEnd(List<String> phrase, int p, String[] words, int w) {
        if (p == phrase.size()) {
            return w;
        }
        String element = phrase.get(p);
        if (element.equals("*")) {
            for (int skip = 0; skip <= MAX_GAP && w + skip <= words.length; skip++) {
                int end = matchEnd(phrase, p + 1, words, w + skip);
                if (end > 0) {
                    return end;
                }
            }
            return -1;
        }
        if (w >= words.length || !matches(element, words[w])) {
            return -1;
        }
        return matchEnd(phrase, p + 1, words, w + 1);
    }

    private static boolean matches(String element, String word) {
        if (word.equals(TAKEN_OUT)) {
            return false;
        }
        return element.endsWith("*") ? word.startsWith(element.substring(0, element.length() - 1))
                : word.equals(element);
    }

    int phraseCount() {
        return crisis.size();
    }
}
