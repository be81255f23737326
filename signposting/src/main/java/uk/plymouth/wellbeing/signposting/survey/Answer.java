package uk.plymouth.wellbeing.signposting.survey;

import org.jspecify.annotations.Nullable;

/**
 * One answer to one question: a number (scale, 0-10 or choice questions) or words (free text). A question skipped
 * has no answer at all.
 */
public record Answer(String questionId, @Nullable Integer value, @Nullable String text) {

    public static Answer number(String questionId, int value) {
        return new Answer(questionId, value, null);
    }

    public static Answer words(String questionId, String text) {
        return new Answer(questionId, null, text);
    }
}
