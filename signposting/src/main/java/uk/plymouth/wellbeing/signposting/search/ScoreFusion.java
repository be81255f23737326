package uk.plymouth.wellbeing.signposting.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Combines the word matches (BM25) with the meaning matches (vectors) into one scored list. Word matches far below
 * the best are dropped first, exactly as a words-only search drops them, so meaning can add results and reorder
 * them but never brings back word noise.
 */
final class ScoreFusion {

    static final int RRF_K = 60;
    /**
     * Half a place: at the same rank a word match comes before a match by meaning alone. Words are the more precise
     * evidence ("pack in the fags" must find stop smoking, which the words name, before a fridge the model thinks
     * close); it breaks ties only, as no two ranks are half a place apart.
     */
    static final float MEANING_OFFSET = 0.5f;

    private final SearchProperties.Fusion how;
    private final double weight;
    private final double floor;

    ScoreFusion(SearchProperties.Fusion how, double weight, double floor) {
        this.how = how;
        this.weight = weight;
        this.floor = floor;
    }

    /**
     * @param wordThreshold share of the best word score a word match needs (the search's noise cut)
     * @param categoryMask bit per category ordinal shown (all bits: no filter), as for {@link ResultRanking}
     * @param hubFilter bit per hub shown (-1: no filter)
     */
    Matches fuse(Matches words, Matches meaning, double wordThreshold, int categoryMask, long hubFilter) {
        float best = bestShown(words, categoryMask, hubFilter);
        Matches kept = new Matches();
        for (int i = 0; i < words.size; i++) {
            if (words.scores[i] > 0 && words.scores[i] >= best * wordThreshold) {
                kept.add(words.docs[i], words.scores[i], words.categories[i], words.hubMasks[i], words.items[i]);
            }
        }
        return how == SearchProperties.Fusion.RRF ? reciprocalRanks(kept, meaning) : blend(kept, meaning, best);
    }

    private Matches blend(Matches words, Matches meaning, float bestWords) {
        Map<Integer, Integer> position = new HashMap<>();
        Matches out = new Matches();
        for (int i = 0; i < words.size; i++) {
            position.put(words.docs[i], out.size);
            float score = bestWords > 0 ? words.scores[i] / bestWords : 0f;
            out.add(words.docs[i], score, words.categories[i], words.hubMasks[i], words.items[i]);
            out.strengths[out.size - 1] = words.scores[i];
        }
        for (int i = 0; i < meaning.size; i++) {
            float part = (float) (weight * Math.max(0.0, (meaning.scores[i] - floor) / (1.0 - floor)));
            Integer at = position.get(meaning.docs[i]);
            if (at != null) {
                out.scores[at] += part;
            } else if (part > 0) {
                out.add(meaning.docs[i], part, meaning.categories[i], meaning.hubMasks[i], meaning.items[i]);
                out.strengths[out.size - 1] = 0f;
            }
        }
        return out;
    }

    private static Matches reciprocalRanks(Matches words, Matches meaning) {
        Map<Integer, Integer> position = new HashMap<>();
        Matches out = new Matches();
        int[] wordRank = ranks(words);
        for (int i = 0; i < words.size; i++) {
            position.put(words.docs[i], out.size);
            out.add(words.docs[i], 1f / (RRF_K + wordRank[i]), words.categories[i], words.hubMasks[i],
                    words.items[i]);
            out.strengths[out.size - 1] = words.scores[i];
        }
        int[] meaningRank = ranks(meaning);
        for (int i = 0; i < meaning.size; i++) {
            float part = 1f / (RRF_K + MEANING_OFFSET + meaningRank[i]);
            Integer at = position.get(meaning.docs[i]);
            if (at != null) {
                out.scores[at] += part;
            } else {
                out.add(meaning.docs[i], part, meaning.categories[i], meaning.hubMasks[i], meaning.items[i]);
                out.strengths[out.size - 1] = 0f;
            }
        }
        return out;
    }

    /** The 1-based rank of each match by score, best first (ties in index order); sorts primitives only. */
    private static int[] ranks(Matches matches) {
        long[] keys = new long[matches.size];
        for (int i = 0; i < keys.length; i++) {
            // scores are positive, so their bits order as the floats do; best first means largest bits first
            long bits = Float.floatToIntBits(Math.max(0f, matches.scores[i]));
            keys[i] = ((Integer.MAX_VALUE - bits) << 32) | i;
        }
        Arrays.sort(keys);
        int[] rank = new int[matches.size];
        for (int r = 0; r < keys.length; r++) {
            rank[(int) (keys[r] & 0xFFFFFFFFL)] = r + 1;
        }
        return rank;
    }

    private static float bestShown(Matches matches, int categoryMask, long hubFilter) {
        float best = 0;
        float bestAny = 0;
        for (int i = 0; i < matches.size; i++) {
            bestAny = Math.max(bestAny, matches.scores[i]);
            if ((categoryMask & (1 << matches.categories[i])) != 0 && (matches.hubMasks[i] & hubFilter) != 0) {
                best = Math.max(best, matches.scores[i]);
            }
        }
        return best > 0 ? best : bestAny;
    }
}
