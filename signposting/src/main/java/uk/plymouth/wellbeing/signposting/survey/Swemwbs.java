package uk.plymouth.wellbeing.signposting.survey;

import java.math.BigDecimal;
import java.util.List;

/**
 * The published parts of SWEMWBS the app must not change (../shared/design/domain.md 1.1, 1.2 and 1.6): the 7
 * items, the 5 options and the copyright line, which the survey file is checked against, and the conversion from the
 * raw score (7 to 35) to the metric score.
 */
public final class Swemwbs {

    public static final int MIN_RAW = 7;
    public static final int MAX_RAW = 35;

    static final List<String> ITEMS = List.of(
            "I've been feeling optimistic about the future",
            "I've been feeling useful",
            "I've been feeling relaxed",
            "I've been dealing with problems well",
            "I've been thinking clearly",
            "I've been feeling close to other people",
            "I've been able to make up my own mind about things");

    static final List<String> OPTIONS = List.of(
            "None of the time", "Rarely", "Some of the time", "Often", "All of the time");

    static final String COPYRIGHT = "Short Warwick Edinburgh Mental Wellbeing Scale (SWEMWBS) © NHS Health Scotland, "
            + "University of Warwick and University of Edinburgh, 2008, all rights reserved.";

    /**
     * Metric scores for raw 7 to 35, in order (domain.md 1.2; the same in three independent copies, raw 23 and 32
     * confirmed by the German norms paper). Check against Warwick's chart before release.
     */
    private static final String[] METRIC = {
        "7.00", "9.51", "11.25", "12.40", "13.33", "14.08", "14.75", "15.32", "15.84", "16.36",
        "16.88", "17.43", "17.98", "18.59", "19.25", "19.98", "20.73", "21.54", "22.35", "23.21",
        "24.11", "25.03", "26.02", "27.03", "28.13", "29.31", "30.70", "32.55", "35.00"};

    private Swemwbs() {}

    /**
     * The metric score for a raw score, to 2 decimal places.
     *
     * @throws IllegalArgumentException when the raw score is outside 7 to 35
     */
    public static BigDecimal metric(int raw) {
        if (raw < MIN_RAW || raw > MAX_RAW) {
            throw new IllegalArgumentException("A SWEMWBS raw score is from 7 to 35, not " + raw);
        }
        return new BigDecimal(METRIC[raw - MIN_RAW]);
    }
}
