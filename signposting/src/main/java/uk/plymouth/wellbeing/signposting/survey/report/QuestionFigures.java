package uk.plymouth.wellbeing.signposting.survey.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One question's answers added up across every version asked in the period, each answer read with its own
 * version's definition.
 *
 * @param text the question as the newest version in the period asks it
 * @param answered how many answered it (free text: how many left a comment)
 * @param counts ONS4 (per-question bands): answers per band id, lowest band first; satisfaction: answers per option
 *     label, in the order shown; empty for free text
 * @param positive how many gave an answer marked positive; null when no option is
 */
public record QuestionFigures(String surveyId, String questionId, String text, long answered,
        Map<String, Long> counts, @Nullable Long positive) {

    public QuestionFigures {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    /** The share (0 to 1) who answered positively, or null. */
    public @Nullable Double positiveShare() {
        return positive == null || answered == 0 ? null : positive / (double) answered;
    }
}
