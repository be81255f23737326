package uk.plymouth.wellbeing.signposting.survey;

import java.math.BigDecimal;

/**
 * A range of scores and what to say about them, kindly and in words; never a diagnosis.
 *
 * @param from lowest score in the band, inclusive
 * @param to highest score in the band, inclusive
 * @param message may hold {@code {score}}, replaced by the score
 */
public record Band(String id, BigDecimal from, BigDecimal to, String message) {

    public static final String SCORE = "{score}";

    public boolean contains(BigDecimal score) {
        return from.compareTo(score) <= 0 && score.compareTo(to) <= 0;
    }

    /** The message with the score written in. */
    public String messageFor(String score) {
        return message.replace(SCORE, score);
    }
}
