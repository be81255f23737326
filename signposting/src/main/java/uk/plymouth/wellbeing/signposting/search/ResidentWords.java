package uk.plymouth.wellbeing.signposting.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;

/**
 * The words of a search as typed and as mended: unknown words that look like slips of the keyboard are searched
 * for as the nearest known word as well.
 *
 * @param typed the words as typed (lower case, at most the configured number)
 * @param mended the same with slips mended
 */
record ResidentWords(String typed, String mended, List<SpellingFix> fixes, boolean hasMeaning) {

    private static final Analyzer PLAIN = ResidentAnalyzers.plain();

    static ResidentWords of(String text, SpellingCorrector spelling, int maxWords, Analyzer queryAnalyzer,
            java.util.function.Predicate<String> inIndex) {
        List<String> tokens = Tokens.of(PLAIN, text);
        if (tokens.size() > maxWords) {
            tokens = tokens.subList(0, maxWords);
        }
        List<String> mended = new ArrayList<>();
        List<SpellingFix> fixes = new ArrayList<>();
        for (String token : tokens) {
            Optional<String> fix = spelling.knows(token) || inIndex.test(token) ? Optional.empty()
                    : spelling.mend(token);
            String word = fix.orElse(token);
            fix.ifPresent(w -> fixes.add(new SpellingFix(token, w)));
            mended.add(word);
        }
        String mendedText = String.join(" ", mended);
        boolean meaning = Tokens.of(queryAnalyzer, mendedText).stream()
                .anyMatch(token -> !ResidentAnalyzers.STEMMED_STOP_WORDS.contains(token));
        return new ResidentWords(String.join(" ", tokens), mendedText, List.copyOf(fixes), meaning);
    }
}
