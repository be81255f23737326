package uk.plymouth.wellbeing.signposting.survey.report;

/**
 * Before and after, for residents who agreed to be followed up and answered SWEMWBS at least twice in the period
 * (linked by their follow-up key, never their number; in a one-hub report only their responses at that hub count).
 * Each such resident is one pair: their first response in the period against their last (change = last - first), so
 * someone who answered three times counts once, over the longest span.
 *
 * <p>Meaningful change: {@value #MEANINGFUL} points or more of the metric score. Shah et al. 2018 (Health Qual Life
 * Outcomes 16:239) put SWEMWBS's individual thresholds for important change between 1 and 3 points (2.77 SEM =
 * 2.87), and Warwick calls about 3 points significant; we take the top of that range (domain.md 1.4). Warwick advises
 * at least {@value #ENOUGH_PAIRS} people with two measurements before drawing conclusions: {@link #fewPairs()}.
 *
 * @param change n (the number of pairs), mean change, SD and 95% interval of the changes
 * @param improved pairs whose score rose by {@value #MEANINGFUL} or more
 * @param worse pairs whose score fell by {@value #MEANINGFUL} or more
 */
public record PairedChange(Interval change, long improved, long worse) {

    public static final double MEANINGFUL = 3.0;
    public static final int ENOUGH_PAIRS = 30;

    public long pairs() {
        return change.n();
    }

    /** The share (0 to 1) of pairs that improved meaningfully; 0 with no pairs. */
    public double improvedShare() {
        return pairs() == 0 ? 0 : improved / (double) pairs();
    }

    /** Fewer than {@value #ENOUGH_PAIRS} pairs: too few to say much, show a warning. */
    public boolean fewPairs() {
        return pairs() < ENOUGH_PAIRS;
    }
}
