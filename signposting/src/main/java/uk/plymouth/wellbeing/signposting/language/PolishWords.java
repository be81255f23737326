package uk.plymouth.wellbeing.signposting.language;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words as the Polish lexicon reads them: lower case, Polish letters and accents folded to plain ones (residents
 * often type "zywnosci" for "żywności"), apostrophes dropped, anything else that is not a letter or digit a gap.
 */
final class PolishWords {

    /** Longer texts are read only this far: enough for any real need. */
    static final int MAX_WORDS = 60;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}'\u2019]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POLISH_LETTERS = Pattern.compile("[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]");

    private PolishWords() {}

    /**
     * One word of a text.
     *
     * @param typed as the resident typed it
     * @param folded as the lexicon reads it
     */
    record Word(String typed, String folded) {

        boolean hasPolishLetters() {
            return PolishWords.hasPolishLetters(typed);
        }
    }

    static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('\u0142', 'l').replace("'", "").replace("\u2019", "");
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    static boolean hasPolishLetters(String text) {
        return POLISH_LETTERS.matcher(text).find();
    }

    /** The words of a text, at most {@value #MAX_WORDS}. */
    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find() && words.size() < MAX_WORDS) {
            String folded = fold(word.group());
            if (!folded.isEmpty()) {
                words.add(new Word(word.group(), folded));
            }
        }
        return words;
    }

    /**
     * Whether two words are at most one slip apart: one letter added, dropped, changed, or two side by side
     * swapped ("jedzenei" for "jedzenie").
     */
    static boolean oneSlipApart(String a, String b) {
        int m = a.length();
        int n = b.length();
        if (Math.abs(m - n) > 1) {
            return false;
        }
        int[][] d = new int[m + 1][n + 1];
        for (int i = 0; i <= m; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= n; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= n; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[m][n] <= 1;
    }
}
