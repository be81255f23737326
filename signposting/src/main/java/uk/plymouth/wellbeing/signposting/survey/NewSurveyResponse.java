package uk.plymouth.wellbeing.signposting.survey;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;

/**
 * A finished survey to record. Anonymous unless the resident chose to be followed up.
 *
 * @param surveyId and {@code version}: exactly the definition that was asked
 * @param hubId the hub it was answered at or for
 * @param language the language it was asked in ("en", "pl")
 * @param answers one per question answered (an optional question left out has none)
 * @param followUpPhone the resident agreed to be texted a follow-up survey on this number (kept only until then;
 *     their responses are linked by a keyed hash of it, never the number); null when they did not
 * @param enteredBy the staff username for {@link SurveyChannel#STAFF_ASSISTED}, else null
 * @param answeredOn the day a paper form was filled in or a phone survey asked, when staff enter it later
 *     ({@link SurveyChannel#STAFF_ASSISTED} only; not in the future, at most a year ago); null means now
 */
public record NewSurveyResponse(String surveyId, int version, String hubId, SurveyChannel channel, String language,
        List<Answer> answers, @Nullable PhoneNumber followUpPhone, @Nullable String enteredBy,
        @Nullable LocalDate answeredOn) {

    public NewSurveyResponse {
        answers = List.copyOf(answers);
    }

    /** Answered now. */
    public NewSurveyResponse(String surveyId, int version, String hubId, SurveyChannel channel, String language,
            List<Answer> answers, @Nullable PhoneNumber followUpPhone, @Nullable String enteredBy) {
        this(surveyId, version, hubId, channel, language, answers, followUpPhone, enteredBy, null);
    }

    @Override
    public String toString() {
        return "NewSurveyResponse[surveyId=" + surveyId + ", version=" + version + ", hubId=" + hubId + ", channel="
                + channel + ", answers=" + answers.size() + ", followUp=" + (followUpPhone != null) + ", answeredOn=" + answeredOn + "]";
    }
}
