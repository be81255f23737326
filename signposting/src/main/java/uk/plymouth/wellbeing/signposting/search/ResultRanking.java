package uk.plymouth.wellbeing.signposting.search;

import java.util.Arrays;
import java.util.PriorityQueue;
import org.jspecify.annotations.Nullable;

/**
 * Turns raw matches into the numbers a results page shows. Category and hub filters are applied here rather than
 * in the query, so each facet can be counted as if its own filter were off ("drill sideways"); weak matches far
 * below the best are dropped as noise. With a place, good matches for the words come first, nearest first among
 * them, and the rest follow, also nearest first: being near never lifts a weak match above a good one.
 */
final class ResultRanking {

    /** The outcome: how many results, the counts per category and hub, and the page's positions in matches. */
    record Ranked(int total, int[] categoryCounts, int[] hubCounts, int[] page) {}

    private final Matches matches;
    private final int categoryMask;
    private final long hubFilter;
    private final double minRelativeScore;
    private final double @Nullable [] hubDistanceKm;
    private final boolean byDistance;
    private final double goodMatchShare;
    /** The strength a match needs to be a good one (set by {@link #rank}). */
    private float goodStrength;
    private boolean strengthIsScore;

    /**
     * @param categoryMask bit per category ordinal that may be shown (all bits set: no filter)
     * @param hubFilter bit per hub that may be shown (-1: no filter)
     * @param hubDistanceKm distance to each hub by ordinal, or null without a place
     * @param goodMatchShare by distance: the share of the best strength that makes a good match
     */
    ResultRanking(Matches matches, int categoryMask, long hubFilter, double minRelativeScore,
            double @Nullable [] hubDistanceKm, boolean byDistance, double goodMatchShare) {
        this.matches = matches;
        this.categoryMask = categoryMask;
        this.hubFilter = hubFilter;
        this.minRelativeScore = minRelativeScore;
        this.hubDistanceKm = hubDistanceKm;
        this.byDistance = byDistance && hubDistanceKm != null;
        this.goodMatchShare = goodMatchShare;
    }

    Ranked rank(int hubCount, int from, int size) {
        float bestShown = 0;
        float bestForCategories = 0;
        float bestForHubs = 0;
        float bestStrength = 0;
        for (int i = 0; i < matches.size; i++) {
            boolean categoryOk = categoryOk(i);
            boolean hubOk = hubOk(i);
            float score = matches.scores[i];
            if (categoryOk && hubOk) {
                bestShown = Math.max(bestShown, score);
                bestStrength = Math.max(bestStrength, matches.strengths[i]);
            }
            if (hubOk) {
                bestForCategories = Math.max(bestForCategories, score);
            }
            if (categoryOk) {
                bestForHubs = Math.max(bestForHubs, score);
            }
        }
        strengthIsScore = bestStrength <= 0; // found by meaning alone: its score is all there is
        goodStrength = (float) ((strengthIsScore ? bestShown : bestStrength) * goodMatchShare);
        int[] categoryCounts = new int[Byte.MAX_VALUE];
        int[] hubCounts = new int[hubCount];
        int total = 0;
        int keep = (int) Math.min((long) from + size, matches.size);
        PriorityQueue<Integer> top = new PriorityQueue<>(Math.max(1, keep + 1), this::worstFirst);
        for (int i = 0; i < matches.size; i++) {
            boolean categoryOk = categoryOk(i);
            boolean hubOk = hubOk(i);
            float score = matches.scores[i];
            if (hubOk && strongEnough(score, bestForCategories)) {
                categoryCounts[matches.categories[i]]++;
            }
            if (categoryOk && strongEnough(score, bestForHubs)) {
                countHubs(hubCounts, matches.hubMasks[i]);
            }
            if (categoryOk && hubOk && strongEnough(score, bestShown)) {
                total++;
                if (keep > 0) {
                    top.add(i);
                    if (top.size() > keep) {
                        top.poll();
                    }
                }
            }
        }
        int[] ordered = new int[top.size()];
        for (int n = ordered.length - 1; n >= 0; n--) {
            ordered[n] = top.poll();
        }
        int[] page = from >= ordered.length ? new int[0] : Arrays.copyOfRange(ordered, from, ordered.length);
        return new Ranked(total, Arrays.copyOf(categoryCounts, 8), hubCounts, page);
    }

    private boolean categoryOk(int i) {
        return (categoryMask & (1 << matches.categories[i])) != 0;
    }

    private boolean hubOk(int i) {
        return (matches.hubMasks[i] & hubFilter) != 0;
    }

    private boolean strongEnough(float score, float best) {
        return score > 0 && score >= best * minRelativeScore;
    }

    private static void countHubs(int[] hubCounts, long mask) {
        long bits = mask;
        while (bits != 0) {
            int ordinal = Long.numberOfTrailingZeros(bits);
            if (ordinal < hubCounts.length) {
                hubCounts[ordinal]++;
            }
            bits &= bits - 1;
        }
    }

    /** Distance to the nearest of the item's hubs; +infinity without a place. */
    double nearestKm(long mask) {
        if (hubDistanceKm == null) {
            return Double.POSITIVE_INFINITY;
        }
        double nearest = Double.POSITIVE_INFINITY;
        long bits = mask;
        while (bits != 0) {
            int ordinal = Long.numberOfTrailingZeros(bits);
            if (ordinal < hubDistanceKm.length) {
                nearest = Math.min(nearest, hubDistanceKm[ordinal]);
            }
            bits &= bits - 1;
        }
        return nearest;
    }

    private boolean good(int i) {
        return (strengthIsScore ? matches.scores[i] : matches.strengths[i]) >= goodStrength;
    }

    /** Orders the queue so its head is the worst of the best kept so far. */
    private int worstFirst(int a, int b) {
        return -compareBestFirst(a, b);
    }

    private int compareBestFirst(int a, int b) {
        if (byDistance) {
            int byGood = Boolean.compare(good(b), good(a));
            if (byGood != 0) {
                return byGood;
            }
            int byKm = Double.compare(nearestKm(matches.hubMasks[a]), nearestKm(matches.hubMasks[b]));
            if (byKm != 0) {
                return byKm;
            }
        }
        int byScore = Float.compare(matches.scores[b], matches.scores[a]);
        if (byScore != 0) {
            return byScore;
        }
        if (hubDistanceKm != null) {
            int byKm = Double.compare(nearestKm(matches.hubMasks[a]), nearestKm(matches.hubMasks[b]));
            if (byKm != 0) {
                return byKm;
            }
        }
        return Integer.compare(matches.titleRanks[a], matches.titleRanks[b]);
    }
}
