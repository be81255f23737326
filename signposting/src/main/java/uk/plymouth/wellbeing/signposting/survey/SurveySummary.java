package uk.plymouth.wellbeing.signposting.survey;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * Many people's answers to one version of a survey, added up for staff (for example the share who would recommend
 * the hub). Answers to different versions are summarised separately: their questions may differ.
 *
 * @param responses how many people's answers were added up
 */
public record SurveySummary(String surveyId, int version, int responses, List<QuestionSummary> questions) {

    public SurveySummary {
        questions = List.copyOf(questions);
    }

    public Optional<QuestionSummary> question(String questionId) {
        return questions.stream().filter(q -> q.questionId().equals(questionId)).findFirst();
    }

    /**
     * One question's answers added up.
     *
     * @param answered how many answered it (for free text: how many left a comment)
     * @param counts how many gave each value, for every possible value in order; empty for free text
     * @param positive how many gave an answer marked positive, or null when no option is marked positive
     */
    public record QuestionSummary(String questionId, QuestionType type, int answered, Map<Integer, Integer> counts,
            @Nullable Integer positive) {

        public QuestionSummary {
            counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        }

        /** The share (0 to 1) of those who answered that gave a positive answer; empty if none can be said. */
        public OptionalDouble positiveShare() {
            return positive == null || answered == 0 ? OptionalDouble.empty()
                    : OptionalDouble.of(positive / (double) answered);
        }
    }
}
