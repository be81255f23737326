package uk.plymouth.wellbeing.signposting.search;

import java.util.Arrays;

/** Every document a query matched, with what ranking, facets and filters need, in flat arrays. */
final class Matches {

    int size;
    int[] docs = new int[256];
    float[] scores = new float[256];
    byte[] categories = new byte[256];
    long[] hubMasks = new long[256];
    int[] titleRanks = new int[256];
    int[] items = new int[256];
    /**
     * How well each match answers the words, to tell good matches from the rest when sorting by distance: its score,
     * unless fusion says otherwise (there: the word score, and 0 for a match by meaning alone).
     */
    float[] strengths = new float[256];

    void add(int doc, float score, int category, long hubMask, int item) {
        if (size == docs.length) {
            int grown = size * 2;
            docs = Arrays.copyOf(docs, grown);
            scores = Arrays.copyOf(scores, grown);
            categories = Arrays.copyOf(categories, grown);
            hubMasks = Arrays.copyOf(hubMasks, grown);
            titleRanks = Arrays.copyOf(titleRanks, grown);
            items = Arrays.copyOf(items, grown);
            strengths = Arrays.copyOf(strengths, grown);
        }
        docs[size] = doc;
        scores[size] = score;
        categories[size] = (byte) category;
        hubMasks[size] = hubMask;
        items[size] = item;
        strengths[size] = score;
        size++;
    }

    /** Sets each match's place in A–Z title order from its item's, for ties in the ranking. */
    void rankTitles(int[] titleRankByItem) {
        for (int i = 0; i < size; i++) {
            titleRanks[i] = titleRankByItem[items[i]];
        }
    }

    void addAll(Matches other) {
        for (int i = 0; i < other.size; i++) {
            add(other.docs[i], other.scores[i], other.categories[i], other.hubMasks[i], other.items[i]);
            strengths[size - 1] = other.strengths[i];
        }
    }
}
