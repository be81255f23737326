package uk.plymouth.wellbeing.kiosk.survey;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.survey.Answer;
import uk.plymouth.wellbeing.signposting.survey.InvalidAnswerException;
import uk.plymouth.wellbeing.signposting.survey.Question;
import uk.plymouth.wellbeing.signposting.survey.SurveyScorer;

/**
 * One question's screen, below its heading: the ways to answer ({@link SurveyQuestion}), "Continue" for typed
 * answers and Skip for optional questions. An answer is checked by the scorer before {@link SurveyProgress} keeps it,
 * then the resident moves on: to the next question, the follow-up question after the last, or back to the check
 * page when changing an answer.
 */
class SurveyQuestionStep {

    final Button skip = new Button();
    final Button next = new Button();
    @Nullable SurveyQuestion question;
    private final SurveyScorer scorer;
    private final SurveyProgress progress;
    private final SurveyPage page;
    private final SurveyFollowUpStep followUp;
    private int number;

    SurveyQuestionStep(SurveyScorer scorer, SurveyProgress progress, SurveyPage page, SurveyFollowUpStep followUp) {
        this.scorer = scorer;
        this.progress = progress;
        this.page = page;
        this.followUp = followUp;
        skip.setText(skip.getTranslation("kiosk.survey.skip"));
        skip.addThemeVariants(ButtonVariant.LUMO_LARGE);
        skip.addClassName("kiosk-secondary");
        skip.addClickListener(e -> skipQuestion());
        next.setText(next.getTranslation("kiosk.callback.continue"));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        next.addClickListener(e -> answerTyped());
    }

    /** The answers to question {@code shown} (from 1), the one given before marked, then its buttons if any. */
    Div form(int shown, String headingId) {
        number = shown;
        Question q = question();
        SurveyQuestion answers = new SurveyQuestion(q, progress.answer(q.id()).orElse(null), headingId,
                value -> answer(q, Answer.number(q.id(), value)));
        question = answers;
        Div form = new Div(answers);
        Div actions = new Div();
        actions.addClassName("kiosk-actions");
        if (SurveyQuestion.isTyped(q)) {
            actions.add(next);
        }
        if (!q.required()) {
            actions.add(skip);
        }
        if (actions.getComponentCount() > 0) {
            form.add(actions);
        }
        return form;
    }

    /** A tapped answer: checked against its question, kept, and on to the next screen. */
    void answer(Question q, Answer given) {
        try {
            scorer.check(q, given);
        } catch (InvalidAnswerException e) {
            page.showAgain(e.getMessage());
            return;
        }
        progress.answer(given);
        onwards();
    }

    /** "Continue" on a free-text question: read as the scorer reads it (a blank optional answer is a skip). */
    private void answerTyped() {
        Question q = question();
        String typed = question == null ? "" : question.typed();
        try {
            Optional<Answer> given = scorer.read(q, typed);
            if (given.isPresent()) {
                progress.answer(given.get());
            } else {
                progress.skip(q.id());
            }
        } catch (InvalidAnswerException e) {
            page.showAgain(e.getMessage());
            if (question != null && question.words != null) {
                question.words.setValue(typed);
                question.words.setErrorMessage(e.getMessage());
                question.words.setInvalid(true);
            }
            return;
        }
        onwards();
    }

    private void skipQuestion() {
        progress.skip(question().id());
        onwards();
    }

    private void onwards() {
        boolean last = number >= page.asked().questions().size();
        if (progress.changing()) {
            page.go(SurveyView.CHECK);
        } else if (last) {
            page.go(followUp.offeredFor(page.asked()) && !progress.followUpAnswered() ? SurveyView.FOLLOW_UP
                    : SurveyView.CHECK);
        } else {
            page.go(String.valueOf(number + 1));
        }
    }

    /** Back from question {@code shown}: to the check page when changing an answer, else the step before. */
    String before(int shown) {
        if (progress.changing()) {
            return SurveyView.CHECK;
        }
        return shown <= 1 ? SurveyView.START : String.valueOf(shown - 1);
    }

    private Question question() {
        return page.asked().questions().get(number - 1);
    }
}
