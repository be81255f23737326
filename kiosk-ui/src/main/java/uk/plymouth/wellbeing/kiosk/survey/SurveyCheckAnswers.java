package uk.plymouth.wellbeing.kiosk.survey;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.survey.Answer;
import uk.plymouth.wellbeing.signposting.survey.Question;
import uk.plymouth.wellbeing.signposting.survey.Survey;

/**
 * "Check your answers": each question with the answer given (or "Skipped"), and a "Change" link back to it, then
 * the follow-up choice when the survey offers one. What a resident typed is shown as text, never as markup.
 */
class SurveyCheckAnswers extends DescriptionList {

    final List<Button> changeLinks = new ArrayList<>();
    @Nullable Button followUpLink;

    SurveyCheckAnswers(Survey survey, SurveyProgress progress, IntConsumer change) {
        addClassName("kiosk-summary");
        List<Question> questions = survey.questions();
        for (int i = 0; i < questions.size(); i++) {
            Question question = questions.get(i);
            String shown = progress.answer(question.id()).map(a -> words(question, a))
                    .orElseGet(() -> getTranslation("kiosk.survey.check.skipped"));
            int number = i + 1;
            changeLinks.add(row(question.text(), shown, getTranslation("kiosk.survey.check.changeLabel", number),
                    String.valueOf(number), () -> change.accept(number)));
        }
    }

    /** The follow-up question's row, after the survey's own: "Text me in 8 weeks" with "No thanks" or the number. */
    void followUp(String question, String answer, Runnable change) {
        followUpLink = row(question, answer, getTranslation("kiosk.survey.followUp.changeLabel"), "follow-up", change);
    }

    private String words(Question question, Answer answer) {
        if (answer.text() != null) {
            return answer.text();
        }
        Integer value = answer.value();
        if (value == null) {
            return "";
        }
        return question.option(value).map(o -> o.label()).orElse(String.valueOf(value));
    }

    private Button row(String question, String answer, String changeLabel, String data, Runnable change) {
        DescriptionList.Description value = new DescriptionList.Description();
        Div line = new Div();
        line.setText(answer);
        value.add(line);
        value.addClassName("kiosk-summary-value");
        Button link = new Button(getTranslation("kiosk.survey.check.change"), e -> change.run());
        link.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        link.setAriaLabel(changeLabel);
        link.getElement().setAttribute("data-question", data);
        DescriptionList.Description action = new DescriptionList.Description(link);
        action.addClassName("kiosk-summary-action");
        Div pair = new Div();
        pair.addClassName("kiosk-summary-row");
        pair.getElement().appendChild(new DescriptionList.Term(question).getElement(), value.getElement(),
                action.getElement());
        add(pair);
        return link;
    }
}
