package uk.plymouth.wellbeing.staff.surveys;

import static uk.plymouth.wellbeing.staff.surveys.SurveyNumbers.constant;
import static uk.plymouth.wellbeing.staff.surveys.SurveyNumbers.count;
import static uk.plymouth.wellbeing.staff.surveys.SurveyNumbers.decimal;
import static uk.plymouth.wellbeing.staff.surveys.SurveyNumbers.distance;
import static uk.plymouth.wellbeing.staff.surveys.SurveyNumbers.percent;

import java.util.Objects;
import uk.plymouth.wellbeing.signposting.survey.report.EnglandNorms;
import uk.plymouth.wellbeing.signposting.survey.report.Interval;
import uk.plymouth.wellbeing.signposting.survey.report.PairedChange;

/**
 * The SWEMWBS figures said in plain English for the report screen, every number written by {@link SurveyNumbers}
 * as the CSV writes it. Never a diagnosis: these describe groups of responses.
 */
final class SwemwbsWords {

    private SwemwbsWords() {}

    /** The mean metric score and its 95% confidence interval. */
    static String mean(Interval metric) {
        Double mean = metric.mean();
        if (metric.n() == 0 || mean == null) {
            return "No SWEMWBS responses in this period.";
        }
        if (metric.n() == 1 || metric.low() == null || metric.high() == null) {
            return "One response, with a metric score of " + decimal(mean) + ". One response is too few to give a"
                    + " range.";
        }
        return "The mean metric score is " + decimal(mean) + " from " + count(metric.n()) + " responses (standard"
                + " deviation " + decimal(Objects.requireNonNull(metric.sd())) + "). We can be"
                + " 95% confident that the true mean lies between " + decimal(metric.low()) + " and "
                + decimal(metric.high()) + " (" + method(metric) + ").";
    }

    private static String method(Interval metric) {
        double critical = Objects.requireNonNullElse(metric.critical(), Interval.NORMAL_97_5);
        return metric.n() >= Interval.NORMAL_FROM
                ? "mean plus or minus " + constant(critical) + " standard errors"
                : "Student's t of " + constant(critical) + " with " + (metric.n() - 1) + " degrees of freedom, as"
                        + " there are fewer than " + Interval.NORMAL_FROM + " responses";
    }

    /** How the mean compares with England's adults. */
    static String england(EnglandNorms norms) {
        String published = "England's adults have a mean of " + constant(norms.men()) + " (men) and "
                + constant(norms.women()) + " (women): " + norms.source() + ".";
        Double fromMen = norms.differenceFromMen();
        Double fromWomen = norms.differenceFromWomen();
        if (fromMen == null || fromWomen == null) {
            return published;
        }
        String here = " The mean here is " + difference(fromMen) + " men's and " + difference(fromWomen)
                + " women's.";
        EnglandNorms.Comparison compared = norms.compared();
        String verdict = compared == null ? " With one response there is no range to compare."
                : switch (compared) {
                    case LOWER -> " The whole 95% range is below both, so wellbeing here is lower than England's.";
                    case HIGHER -> " The whole 95% range is above both, so wellbeing here is higher than"
                            + " England's.";
                    case SIMILAR -> " The 95% range takes in England's means, so wellbeing here is not clearly"
                            + " different from England's.";
                };
        return published + here + verdict;
    }

    private static String difference(double difference) {
        return difference == 0 ? "the same as" : distance(difference) + (difference < 0 ? " below" : " above");
    }

    /** Before and after, for residents followed up. */
    static String pairs(PairedChange pairs) {
        if (pairs.pairs() == 0) {
            return "Nobody who agreed to be followed up answered twice or more in this period, so there is no"
                    + " before and after yet.";
        }
        Interval change = pairs.change();
        String mean = decimal(Objects.requireNonNull(change.mean()));
        String range = change.low() == null || change.high() == null ? ""
                : " (95% confidence interval " + decimal(change.low()) + " to " + decimal(change.high()) + ")";
        return count(pairs.pairs()) + (pairs.pairs() == 1 ? " resident" : " residents") + " answered twice or more;"
                + " their first answer in the period is compared with their last. The mean change is " + mean
                + " points" + range + ". " + count(pairs.improved()) + " of " + count(pairs.pairs()) + " ("
                + percent(pairs.improvedShare()) + "%) improved by " + constant(PairedChange.MEANINGFUL)
                + " points or more, a meaningful change; " + count(pairs.worse()) + " fell by as much.";
    }

    /**
     * The warning for 1 to {@value PairedChange#ENOUGH_PAIRS} - 1 pairs; empty when there are enough, or none at all
     * ({@link #pairs} already says there is no before and after).
     */
    static String fewPairsWarning(PairedChange pairs) {
        if (!pairs.fewPairs() || pairs.pairs() == 0) {
            return "";
        }
        return "Warning: only " + count(pairs.pairs()) + " before and after"
                + (pairs.pairs() == 1 ? " pair" : " pairs") + ". With fewer than " + PairedChange.ENOUGH_PAIRS
                + " pairs the change could easily be chance: do not draw conclusions from it yet.";
    }
}
