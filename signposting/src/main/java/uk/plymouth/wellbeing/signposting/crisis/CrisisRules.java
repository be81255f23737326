package uk.plymouth.wellbeing.signposting.crisis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One language's crisis rules, from a phrase file ({@code crisis/phrases.txt} for English, {@code
 * crisis/phrases-pl.txt} for Polish; the format is in {@code content/README.md}). A text is tidied ({@link TidyWords}),
 * its misspellings mended, the ordinary phrases ("killing time", "not suicidal") taken out, and then every crisis
 * phrase and cue left is a {@link Match} of its kind. A phrase is sure on its own; a cue ("knife", "overdose") is a
 * word that only sometimes means danger, and counts when the meaning of the whole text agrees.
 */
final class CrisisRules {

    /** How much a matched line says on its own. */
    enum Strength {
        /** A crisis phrase: a crisis, whatever else the text says. */
        PHRASE,
        /** A word that may mean this kind of danger: it counts when the text's meaning agrees. */
        CUE
    }

    /** A phrase or cue found in a text, over words {@code start} (inclusive) to {@code end} (exclusive). */
    record Match(CrisisKind kind, Strength strength, int start, int end) {}

    /**
     * A text's words as these rules read them, and what matched.
     *
     * @param doubted the text holds words that put its crisis phrases in doubt ("lol", "years ago", "training"):
     *     they were read as cues
     */
    record Reading(List<String> words, List<Match> matches, boolean doubted) {

        boolean hasPhrase() {
            return matches.stream().anyMatch(m -> m.strength() == Strength.PHRASE);
        }

        boolean hasCue() {
            return matches.stream().anyMatch(m -> m.strength() == Strength.CUE);
        }

        /** The most urgent kind among matches of this strength, or null. */
        @Nullable CrisisKind mostUrgent(Strength strength) {
            CrisisKind most = null;
            for (Match match : matches) {
                if (match.strength() == strength) {
                    most = most == null ? match.kind() : CrisisKind.moreUrgent(most, match.kind());
                }
            }
            return most;
        }
    }

    /**
     * A line of the file: {@code firm} phrases count even in a joke (the doubt words do not soften them);
     * {@code aloneOnly} phrases are sure only when the text says nothing else, and a cue otherwise.
     */
    record Phrase(CrisisKind kind, Strength strength, List<String> words, boolean firm, boolean aloneOnly) {}

    private static final int MAX_GAP = 3;
    /** A "~" in a phrase: up to this many words between its two sides ("my son ~ bruises"). */
    private static final int MAX_WIDE_GAP = 8;
    private static final String TAKEN_OUT = "_";

    private final String language;
    private final List<Phrase> phrases;
    private final List<List<String>> ordinary;
    private final List<List<String>> doubts;
    private final Map<String, List<String>> spellings;
    private final Map<String, List<String>> groups;
    private final Set<String> markers;
    private final String letters;
    private final Set<String> filler;

    CrisisRules(String language, List<Phrase> phrases, List<List<String>> ordinary,
            List<List<String>> doubts, Map<String, List<String>> spellings, Map<String, List<String>> groups,
            Set<String> markers, String letters, Set<String> filler) {
        this.language = language;
        this.phrases = List.copyOf(phrases);
        this.ordinary = List.copyOf(ordinary);
        this.doubts = List.copyOf(doubts);
        this.spellings = Map.copyOf(spellings);
        this.groups = Map.copyOf(groups);
        this.markers = Set.copyOf(markers);
        this.letters = letters;
        this.filler = Set.copyOf(filler);
    }

    /**
     * Reads a phrase file ({@link CrisisRulesFile}).
     *
     * @throws IllegalArgumentException naming the file and line of the first problem
     */
    static CrisisRules parse(String fileName, String language, String text) {
        return CrisisRulesFile.parse(fileName, language, text);
    }

    String language() {
        return language;
    }

    int phraseCount() {
        return (int) phrases.stream().filter(p -> p.strength() == Strength.PHRASE).count();
    }

    /** The text's words, tidied and with misspellings mended. */
    List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : TidyWords.of(text)) {
            words.addAll(spellings.getOrDefault(word, List.of(word)));
        }
        return words;
    }

    /** The crisis phrases and cues in the text, after its ordinary phrases are taken out. */
    Reading read(String text) {
        List<String> tidy = words(text);
        String[] words = tidy.toArray(new String[0]);
        for (List<String> phrase : ordinary) {
            for (int start = 0; start < words.length; start++) {
                int end = matchEnd(phrase, 0, words, start);
                if (end > 0) {
                    Arrays.fill(words, start, end, TAKEN_OUT);
                }
            }
        }
        boolean doubted = doubts.stream().anyMatch(doubt -> firstMatch(doubt, words) >= 0);
        List<Match> matches = new ArrayList<>();
        for (Phrase phrase : phrases) {
            int start = firstMatch(phrase.words(), words);
            if (start >= 0) {
                int end = matchEnd(phrase.words(), 0, words, start);
                boolean softened = doubted && !phrase.firm() || phrase.aloneOnly() && saysMore(words, start, end);
                matches.add(new Match(phrase.kind(), softened ? Strength.CUE : phrase.strength(), start, end));
            }
        }
        return new Reading(tidy, matches, doubted);
    }

    /** Whether the text has words outside {@code start..end} that are not filler. */
    private boolean saysMore(String[] words, int start, int end) {
        for (int i = 0; i < words.length; i++) {
            if ((i < start || i >= end) && !words[i].equals(TAKEN_OUT) && !filler.contains(words[i])) {
                return true;
            }
        }
        return false;
    }

    /** Where the phrase first matches, or -1. */
    private int firstMatch(List<String> phrase, String[] words) {
        for (int start = 0; start < words.length; start++) {
            if (matchEnd(phrase, 0, words, start) > 0) {
                return start;
            }
        }
        return -1;
    }

    /** Whether the text looks written in this language: one of its own letters, or two of its marker words. */
    boolean looksLikeLanguage(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < letters.length(); i++) {
            if (lower.indexOf(letters.charAt(i)) >= 0) {
                return true;
            }
        }
        return TidyWords.of(text).stream().filter(markers::contains).distinct().limit(2).count() >= 2;
    }

    /** Whether a word asks for nothing by itself ("i", "please", "help"). */
    boolean isFiller(String word) {
        return filler.contains(word);
    }

    /** Where a match of the phrase from element {@code p} at word {@code w} ends (exclusive), or -1. */
    private int matchEnd(List<String> phrase, int p, String[] words, int w) {
        if (p == phrase.size()) {
            return w;
        }
        String element = phrase.get(p);
        if (element.equals("*") || element.equals("~")) {
            int gap = element.equals("*") ? MAX_GAP : MAX_WIDE_GAP;
            for (int skip = 0; skip <= gap && w + skip <= words.length; skip++) {
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

    private boolean matches(String element, String word) {
        if (word.equals(TAKEN_OUT)) {
            return false;
        }
        if (element.startsWith("@")) {
            return groups.get(element.substring(1)).stream().anyMatch(member -> matches(member, word));
        }
        return element.endsWith("*") ? word.startsWith(element.substring(0, element.length() - 1))
                : word.equals(element);
    }
}
