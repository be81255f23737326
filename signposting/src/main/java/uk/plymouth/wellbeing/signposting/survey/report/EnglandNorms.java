package uk.plymouth.wellbeing.signposting.survey.report;

import org.jspecify.annotations.Nullable;

/**
 * How a SWEMWBS mean compares with England's adults (../shared/design/domain.md 1.3): mean metric score 23.7 for men
 * and 23.2 for women, Health Survey for England 2010-2013, n = 27,169 adults aged 16+ (Ng Fat L et al., Qual Life
 * Res 2017;26:1129-1144, doi:10.1007/s11136-016-1454-8). Responses record no sex, so both are shown.
 *
 * @param compared LOWER when the whole 95% interval is below 23.2, HIGHER when it is wholly above 23.7, SIMILAR when
 *     it reaches into 23.2 to 23.7; null when there is no interval (fewer than 2 responses)
 * @param differenceFromMen our mean minus 23.7, null without a mean
 * @param differenceFromWomen our mean minus 23.2, null without a mean
 */
public record EnglandNorms(double men, double women, String source, @Nullable Comparison compared,
        @Nullable Double differenceFromMen, @Nullable Double differenceFromWomen) {

    public static final double MEN = 23.7;
    public static final double WOMEN = 23.2;
    public static final String SOURCE = "Health Survey for England 2010-2013, adults 16+, n = 27,169 (Ng Fat et al.,"
            + " Qual Life Res 2017;26:1129-1144)";

    public enum Comparison { LOWER, SIMILAR, HIGHER }

    static EnglandNorms against(Interval ours) {
        Double mean = ours.mean();
        Comparison compared = null;
        if (ours.low() != null && ours.high() != null) {
            double lowNorm = Math.min(MEN, WOMEN);
            double highNorm = Math.max(MEN, WOMEN);
            compared = ours.high() < lowNorm ? Comparison.LOWER
                    : ours.low() > highNorm ? Comparison.HIGHER : Comparison.SIMILAR;
        }
        return new EnglandNorms(MEN, WOMEN, SOURCE, compared, mean == null ? null : mean - MEN,
                mean == null ? null : mean - WOMEN);
    }
}
