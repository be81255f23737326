package uk.plymouth.wellbeing.signposting.crisis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A text as the crisis rules read it: lower case, accents and Polish letters folded to plain ones (residents often
 * type "chce sie zabic" for "chcę się zabić"), apostrophes dropped ("don't" is "dont"), a laughing face the word
 * "lol", anything else that is not a letter or digit a space. Phrases in the rule files are folded the same way, so they may be written either way.
 */
final class TidyWords {

    /** Longer texts are read only this far: enough for any real message, cheap for 1,600 characters of noise. */
    static final int MAX_WORDS = 400;
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019\u02bc`\u00b4]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    /** Laughing faces: read as the word "lol", so the rules' doubt words see a joke the way they see "lol". */
    private static final Pattern LAUGHING = Pattern.compile(
            "\\x{1F602}|\\x{1F923}|\\x{1F606}|\\x{1F605}|\\x{1F639}|\\x{1F648}|\\x{1F61C}|\\x{1F61D}");

    private TidyWords() {}

    /** Lower case, folded, apostrophes gone, one space between words. */
    static String fold(String text) {
        String laughing = LAUGHING.matcher(text).replaceAll(" lol ");
        String lower = laughing.toLowerCase(Locale.ROOT).replace('\u0142', 'l').replace('\u00f8', 'o');
        String folded = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return NOT_WORD.matcher(APOSTROPHES.matcher(folded).replaceAll("")).replaceAll(" ").strip();
    }

    /** The folded words, at most {@value #MAX_WORDS}. */
    static List<String> of(String text) {
        String head = text.length() > MAX_WORDS * 12 ? text.substring(0, MAX_WORDS * 12) : text;
        List<String> words = new ArrayList<>();
        for (String word : fold(head).split(" ")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
            if (words.size() >= MAX_WORDS) {
                break;
            }
        }
        return words;
    }
}
