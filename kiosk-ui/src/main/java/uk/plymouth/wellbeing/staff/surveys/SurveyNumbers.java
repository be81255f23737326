package uk.plymouth.wellbeing.staff.surveys;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the survey report writes its numbers, on screen and in the CSV alike, so the two always agree: counts as whole
 * numbers, scores and changes to 2 decimal places, shares as percentages to 1 decimal place (without the % sign,
 * which the screen adds). Halves round up; there is never a "-0.00".
 */
final class SurveyNumbers {

    private SurveyNumbers() {}

    /** "14". */
    static String count(long n) {
        return Long.toString(n);
    }

    /** "21.57", "-5.23", "0.00". */
    static String decimal(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A share from 0 to 1 as a percentage: "33.3" for one in three. */
    static String percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** A published constant as written: "23.7", "2.306", "1.96", "3". */
    static String constant(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** The distance between two numbers, without its sign: "2.13". */
    static String distance(double value) {
        return decimal(Math.abs(value));
    }
}
