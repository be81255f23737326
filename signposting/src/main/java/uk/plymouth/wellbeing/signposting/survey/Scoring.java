package uk.plymouth.wellbeing.signposting.survey;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How a survey's answers become a result. */
public enum Scoring {

    /** Add up the scale and 0-10 answers (reversed questions turned round first); the survey's bands apply. */
    SUM("sum"),
    /**
     * SWEMWBS: add up the 7 answers (7 to 35) and convert with the published table (see {@link Swemwbs}); the
     * survey's bands apply to the metric score.
     */
    SWEMWBS_METRIC("swemwbs-metric"),
    /** Each scale or 0-10 question has its own bands (ONS4); there is no total. */
    PER_QUESTION_BANDS("per-question-bands"),
    /** Not scored (satisfaction surveys): the result is the thank-you message; answers are summarised for staff. */
    NONE("none");

    private final String word;

    Scoring(String word) {
        this.word = word;
    }

    /** As written in a survey file. */
    public String word() {
        return word;
    }

    static Optional<Scoring> of(String word) {
        return Arrays.stream(values()).filter(s -> s.word.equals(word)).findFirst();
    }

    static List<String> words() {
        return Arrays.stream(values()).map(Scoring::word).toList();
    }
}
