package uk.plymouth.wellbeing.signposting.survey.report;

import java.math.BigDecimal;
import java.math.MathContext;
import org.jspecify.annotations.Nullable;

/**
 * A mean with its sample standard deviation and 95% confidence interval, from a count, a sum and a sum of squares
 * (exact decimals from SQL, so H2 and PostgreSQL give the same figures).
 *
 * <p>The interval is mean ± c·SD/√n. For n of 30 or more c is 1.96 (the normal approximation, as the issue asks);
 * below 30 it is Student's t with n-1 degrees of freedom at 97.5% (2.571 for n = 6), which is wider and right for
 * small samples. One value has no SD and no interval.
 *
 * @param sd the sample standard deviation (divided by n-1); null when n < 2
 * @param low the interval's lower end; null when n < 2
 * @param critical the c used: 1.96, or t(0.975, n-1); null when n < 2
 */
public record Interval(long n, @Nullable Double mean, @Nullable Double sd, @Nullable Double low,
        @Nullable Double high, @Nullable Double critical) {

    /** From this many values up the normal 1.96 is used. */
    public static final int NORMAL_FROM = 30;
    public static final double NORMAL_97_5 = 1.96;

    /** t(0.975, df) for df = 1 to 29. */
    private static final double[] T_97_5 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060,
        2.056, 2.052, 2.048, 2.045};

    public static Interval none() {
        return new Interval(0, null, null, null, null, null);
    }

    public static Interval of(long n, BigDecimal sum, BigDecimal sumOfSquares) {
        if (n == 0) {
            return none();
        }
        BigDecimal count = BigDecimal.valueOf(n);
        double mean = sum.divide(count, MathContext.DECIMAL64).doubleValue();
        if (n == 1) {
            return new Interval(1, mean, null, null, null, null);
        }
        // (Σx² - (Σx)²/n) / (n - 1), exactly, then the square root
        BigDecimal squares = sumOfSquares.subtract(sum.multiply(sum).divide(count, MathContext.DECIMAL128));
        double variance = squares.divide(BigDecimal.valueOf(n - 1), MathContext.DECIMAL64).doubleValue();
        double sd = Math.sqrt(Math.max(0, variance));
        double critical = critical(n);
        double half = critical * sd / Math.sqrt(n);
        return new Interval(n, mean, sd, mean - half, mean + half, critical);
    }

    /** 1.96 from {@value #NORMAL_FROM} values, else t(0.975, n-1). */
    public static double critical(long n) {
        return n >= NORMAL_FROM ? NORMAL_97_5 : T_97_5[(int) n - 2];
    }
}
