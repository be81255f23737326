package uk.plymouth.wellbeing.signposting.conversation;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.survey.Answer;
import uk.plymouth.wellbeing.signposting.survey.Question;
import uk.plymouth.wellbeing.signposting.survey.Survey;

/**
 * A survey being answered by text: which survey and version, the hub it is about and the answers so far, one per
 * question asked, in order (a skipped optional question keeps its place, so BACK always returns to the question
 * before). Its {@link #toString()} leaves the answers out.
 *
 * @param hubId null until the resident has said which hub it is about
 * @param answers stored form of each answer: {@code n<number>}, {@code t<url-encoded words>} or {@code -} for skipped
 */
record SurveyInProgress(String surveyId, int version, @Nullable String hubId, List<String> answers) {

    private static final String SKIPPED = "-";

    SurveyInProgress {
        answers = List.copyOf(answers);
    }

    static SurveyInProgress start(Survey survey) {
        return new SurveyInProgress(survey.id(), survey.version(), null, List.of());
    }

    /** What is kept after the conversation expired: the survey's id, so a late answer can be told it timed out. */
    static SurveyInProgress timedOut(String surveyId) {
        return new SurveyInProgress(surveyId, 0, null, List.of());
    }

    SurveyInProgress atHub(String hub) {
        return new SurveyInProgress(surveyId, version, hub, answers);
    }

    /** Index of the next question to ask (0 for the first). */
    int next() {
        return answers.size();
    }

    SurveyInProgress with(Optional<Answer> answer) {
        List<String> more = new ArrayList<>(answers);
        more.add(answer.map(SurveyInProgress::stored).orElse(SKIPPED));
        return new SurveyInProgress(surveyId, version, hubId, more);
    }

    /** The last answer taken back, to ask its question again. */
    SurveyInProgress back() {
        return answers.isEmpty() ? this
                : new SurveyInProgress(surveyId, version, hubId, answers.subList(0, answers.size() - 1));
    }

    /** The answers given, as the survey's answers (skipped questions have none). */
    List<Answer> given(Survey survey) {
        List<Answer> given = new ArrayList<>();
        for (int i = 0; i < answers.size() && i < survey.questions().size(); i++) {
            Question question = survey.questions().get(i);
            String stored = answers.get(i);
            if (stored.startsWith("n")) {
                given.add(Answer.number(question.id(), Integer.parseInt(stored.substring(1))));
            } else if (stored.startsWith("t")) {
                given.add(Answer.words(question.id(), URLDecoder.decode(stored.substring(1), StandardCharsets.UTF_8)));
            }
        }
        return given;
    }

    private static String stored(Answer answer) {
        Integer value = answer.value();
        if (value != null) {
            return "n" + value;
        }
        return "t" + URLEncoder.encode(java.util.Objects.requireNonNullElse(answer.text(), ""),
                StandardCharsets.UTF_8);
    }

    /** The answers as one column: entries never hold a semicolon (words are URL-encoded). */
    @Nullable String answersColumn() {
        return answers.isEmpty() ? null : String.join(";", answers);
    }

    static List<String> answersFrom(@Nullable String column) {
        return column == null || column.isEmpty() ? List.of() : List.of(column.split(";"));
    }

    @Override
    public String toString() {
        return "SurveyInProgress[surveyId=" + surveyId + ", version=" + version + ", answers=" + answers.size() + "]";
    }
}
