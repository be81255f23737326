package uk.plymouth.wellbeing.kiosk.survey;

import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;
import uk.plymouth.wellbeing.signposting.survey.Answer;
import uk.plymouth.wellbeing.signposting.survey.Question;
import uk.plymouth.wellbeing.signposting.survey.Survey;
import uk.plymouth.wellbeing.signposting.survey.SurveyReceipt;

/**
 * The survey a resident is answering on the kiosk now: whether they agreed, their answers so far, whether (and on
 * which number) they want a follow-up text and, once sent, the receipt. The number is dropped as soon as the
 * response is recorded (the storage keeps it until the text goes). Lives in the server session only, like the kiosk's other state, so the idle reset and "Start again"
 * (which end the session) throw an unfinished survey away. Never in the address bar or browser storage.
 */
@SpringComponent
@VaadinSessionScope
class SurveyProgress {

    private @Nullable Survey survey;
    private boolean consented;
    private final Map<String, Answer> answers = new HashMap<>();
    private final Set<String> skipped = new HashSet<>();
    private boolean changing;
    private @Nullable SurveyReceipt receipt;
    private boolean followUpAnswered;
    private @Nullable PhoneNumber followUpPhone;

    /** A fresh start on this survey: nothing agreed, nothing answered. */
    void begin(Survey asked) {
        forget();
        survey = asked;
    }

    void forget() {
        survey = null;
        consented = false;
        answers.clear();
        skipped.clear();
        changing = false;
        receipt = null;
        followUpAnswered = false;
        followUpPhone = null;
    }

    boolean isFor(Survey asked) {
        return survey != null && survey.id().equals(asked.id()) && survey.version() == asked.version();
    }

    @Nullable
    Survey survey() {
        return survey;
    }

    void consent() {
        consented = true;
    }

    boolean consented() {
        return consented;
    }

    void answer(Answer answer) {
        answers.put(answer.questionId(), answer);
        skipped.remove(answer.questionId());
    }

    /** An optional question left unanswered on purpose. */
    void skip(String questionId) {
        answers.remove(questionId);
        skipped.add(questionId);
    }

    Optional<Answer> answer(String questionId) {
        return Optional.ofNullable(answers.get(questionId));
    }

    boolean skipped(String questionId) {
        return skipped.contains(questionId);
    }

    /** The number (from 1) of the first question neither answered nor skipped; one past the last when all are. */
    int firstOpen() {
        List<Question> questions = survey == null ? List.of() : survey.questions();
        for (int i = 0; i < questions.size(); i++) {
            String id = questions.get(i).id();
            if (!answers.containsKey(id) && !skipped.contains(id)) {
                return i + 1;
            }
        }
        return questions.size() + 1;
    }

    /** The answers in the order the questions were asked. */
    List<Answer> answers() {
        List<Answer> inOrder = new ArrayList<>();
        if (survey != null) {
            survey.questions().forEach(q -> answer(q.id()).ifPresent(inOrder::add));
        }
        return inOrder;
    }

    /** Answering again from the check page's "Change": the next answer goes back there. */
    void changing(boolean on) {
        changing = on;
    }

    boolean changing() {
        return changing;
    }

    /** Recorded: the receipt kept to show, the follow-up number forgotten (the storage has it now). */
    void receipt(SurveyReceipt recorded) {
        receipt = recorded;
        followUpPhone = null;
    }

    @Nullable
    SurveyReceipt receipt() {
        return receipt;
    }

    /** The answer to "Would you like us to text you ...?": a mobile number for yes, null for "No thanks". */
    void followUp(@Nullable PhoneNumber phone) {
        followUpAnswered = true;
        followUpPhone = phone;
    }

    boolean followUpAnswered() {
        return followUpAnswered;
    }

    /** The number to text the follow-up to, until the response is recorded. */
    @Nullable
    PhoneNumber followUpPhone() {
        return followUpPhone;
    }

    /** The recorded response booked a follow-up text (not when it answers an earlier one by the same number). */
    boolean followUpBooked() {
        return receipt != null && receipt.followUpBooked();
    }
}
