package uk.plymouth.wellbeing.signposting.survey;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a finished survey comes to, said kindly and in words (never a diagnosis).
 *
 * @param raw the total of the answers for sum and SWEMWBS scoring (SWEMWBS 7 to 35), else null
 * @param metric the SWEMWBS metric score (7.00 to 35.00), else null
 * @param bandId the band of the total, else null
 * @param message what to show or text: the thanks, then the band's words with the score written in, or one line
 *     per question for surveys banded per question
 * @param questions each banded question's answer and band (ONS4); empty otherwise
 */
public record SurveyResult(String surveyId, int version, @Nullable Integer raw, @Nullable BigDecimal metric,
        @Nullable String bandId, String message, List<QuestionResult> questions) {

    public SurveyResult {
        questions = List.copyOf(questions);
    }

    /** One banded question's answer. */
    public record QuestionResult(String questionId, int value, String bandId, String message) {}
}
