package uk.plymouth.wellbeing.staff.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.plymouth.wellbeing.signposting.survey.report.EnglandNorms;
import uk.plymouth.wellbeing.signposting.survey.report.Interval;
import uk.plymouth.wellbeing.signposting.survey.report.PairedChange;

/** The SWEMWBS figures in words: the interval's method, England's norms either way, and when pairs are too few. */
class SwemwbsWordsTest {

    @Test
    void saysWhichIntervalWasUsed() {
        assertThat(SwemwbsWords.mean(new Interval(9, 21.5656, 3.0215, 19.243, 23.8881, 2.306)))
                .isEqualTo("The mean metric score is 21.57 from 9 responses (standard deviation 3.02). We can be 95%"
                        + " confident that the true mean lies between 19.24 and 23.89 (Student's t of 2.306 with 8"
                        + " degrees of freedom, as there are fewer than 30 responses).");
        assertThat(SwemwbsWords.mean(new Interval(40, 25.0, 2.0, 24.38, 25.62, 1.96)))
                .contains("between 24.38 and 25.62 (mean plus or minus 1.96 standard errors)");
        assertThat(SwemwbsWords.mean(Interval.none())).isEqualTo("No SWEMWBS responses in this period.");
    }

    @Test
    void comparesWithEnglandInWords() {
        assertThat(SwemwbsWords.england(norms(19.0, EnglandNorms.Comparison.LOWER)))
                .contains("The mean here is 4.70 below men's and 4.20 below women's.", "lower than England's");
        assertThat(SwemwbsWords.england(norms(27.0, EnglandNorms.Comparison.HIGHER)))
                .contains("The mean here is 3.30 above men's and 3.80 above women's.", "higher than England's");
        assertThat(SwemwbsWords.england(norms(23.7, null)))
                .contains("the same as men's and 0.50 above women's", "no range to compare");
    }

    @Test
    void warnsOnlyWhenThereAreSomePairsButFewerThanThirty() {
        assertThat(SwemwbsWords.fewPairsWarning(pairs(0))).isEmpty();
        assertThat(SwemwbsWords.fewPairsWarning(pairs(1))).startsWith("Warning: only 1 before and after pair.");
        assertThat(SwemwbsWords.fewPairsWarning(pairs(29))).startsWith("Warning: only 29 before and after pairs.");
        assertThat(SwemwbsWords.fewPairsWarning(pairs(30))).isEmpty();
        assertThat(SwemwbsWords.pairs(pairs(0))).startsWith("Nobody who agreed to be followed up");
    }

    private static EnglandNorms norms(double mean, EnglandNorms.Comparison compared) {
        return new EnglandNorms(EnglandNorms.MEN, EnglandNorms.WOMEN, EnglandNorms.SOURCE, compared,
                mean - EnglandNorms.MEN, mean - EnglandNorms.WOMEN);
    }

    private static PairedChange pairs(int n) {
        return new PairedChange(n == 0 ? Interval.none() : new Interval(n, 1.0, n > 1 ? 2.0 : null,
                n > 1 ? -1.0 : null, n > 1 ? 3.0 : null, n > 1 ? Interval.critical(n) : null), 0, 0);
    }
}
