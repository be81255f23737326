package uk.plymouth.wellbeing.signposting.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mends typing slips against the words the directory and the synonyms actually use. Only words we do not know, and
 * that are not ordinary English words ({@link EnglishWords}), are touched, so a correct word is never "corrected"
 * ("spoken" is not searched as "smokes") and a fuzzy match never outranks an exact one.
 */
final class SpellingCorrector {

    private static final int SHORTEST_TO_MEND = 4;

    private final Map<String, Integer> frequencies;
    private final List<List<String>> byLength = new ArrayList<>();

    SpellingCorrector(Map<String, Integer> frequencies) {
        this.frequencies = Map.copyOf(frequencies);
        for (String word : frequencies.keySet()) {
            while (byLength.size() <= word.length()) {
                byLength.add(new ArrayList<>());
            }
            byLength.get(word.length()).add(word);
        }
    }

    /** The corrector after an update: the words of new documents counted in, those of replaced ones out. */
    SpellingCorrector adjusted(Vocabulary added, Vocabulary removed) {
        Map<String, Integer> counts = new HashMap<>(frequencies);
        added.counts.forEach((word, count) -> counts.merge(word, count, Integer::sum));
        removed.counts.forEach((word, count) -> counts.computeIfPresent(word, (w, had) -> had > count ? had - count
                : null));
        return new SpellingCorrector(counts);
    }

    boolean knows(String word) {
        return frequencies.containsKey(word);
    }

    /** Typed text with every finished word mended; the word still being typed (no space after it) is left. */
    String mendCompleteWords(String text) {
        String[] words = text.split("\\s+");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            String word = words[i].toLowerCase(java.util.Locale.UK);
            boolean typingThisOne = i == words.length - 1 && !text.endsWith(" ");
            out.add(typingThisOne ? word : mend(word).orElse(word));
        }
        return String.join(" ", out);
    }

    /** The closest known word, if the word is unknown and something known is close enough. */
    Optional<String> mend(String word) {
        if (word.length() < SHORTEST_TO_MEND || knows(word) || !word.chars().allMatch(Character::isLetter)
                || EnglishWords.contains(word)) {
            return Optional.empty();
        }
        int allowed = word.length() <= 5 ? 1 : 2;
        String best = null;
        int bestDistance = allowed + 1;
        int bestFrequency = -1;
        boolean bestSameStart = false;
        for (int length = Math.max(1, word.length() - allowed); length <= word.length() + allowed; length++) {
            if (length >= byLength.size()) {
                break;
            }
            for (String candidate : byLength.get(length)) {
                int distance = distance(word, candidate, bestDistance);
                if (distance > allowed) {
                    continue;
                }
                boolean sameStart = candidate.charAt(0) == word.charAt(0);
                int frequency = frequencies.get(candidate);
                if (distance < bestDistance
                        || (distance == bestDistance && sameStart && !bestSameStart)
                        || (distance == bestDistance && sameStart == bestSameStart && frequency > bestFrequency)) {
                    best = candidate;
                    bestDistance = distance;
                    bestFrequency = frequency;
                    bestSameStart = sameStart;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Optimal string alignment distance (insertions, deletions, substitutions and swaps of neighbours), giving up
     * early once it must exceed {@code limit}. Uses three rolling rows, so checking a word against the whole
     * vocabulary allocates next to nothing.
     */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int columns = b.length() + 1;
        int[] twoBack = new int[columns];
        int[] previous = new int[columns];
        int[] current = new int[columns];
        for (int j = 0; j < columns; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = i;
            char ai = a.charAt(i - 1);
            for (int j = 1; j < columns; j++) {
                char bj = b.charAt(j - 1);
                int cost = ai == bj ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && ai == b.charAt(j - 2) && a.charAt(i - 2) == bj) {
                    value = Math.min(value, twoBack[j - 2] + 1);
                }
                current[j] = value;
                rowMin = Math.min(rowMin, value);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] recycled = twoBack;
            twoBack = previous;
            previous = current;
            current = recycled;
        }
        return previous[columns - 1];
    }

    /** Builds the vocabulary: word → how often it appears. */
    static final class Vocabulary {
        private final Map<String, Integer> counts = new HashMap<>();

        void add(String word, int weight) {
            if (word.length() >= 2 && word.chars().allMatch(Character::isLetter)) {
                counts.merge(word, weight, Integer::sum);
            }
        }

        SpellingCorrector build() {
            return new SpellingCorrector(counts);
        }
    }
}
