package uk.plymouth.wellbeing.kiosk.survey;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import uk.plymouth.wellbeing.signposting.survey.Answer;
import uk.plymouth.wellbeing.signposting.survey.Question;
import uk.plymouth.wellbeing.signposting.survey.Survey;

/**
 * "Check your answers": each question with the answer given (or "Skipped"), and a "Change" link back to it. What
 * a resident typed is shown as text, never as markup.
 */
class SurveyCheckAnswers extends DescriptionList {

    final List<Button> changeLinks = new ArrayList<>();

    SurveyCheckAnswers(Survey survey, SurveyProgress progress, IntConsumer change) {
        addClassName("kiosk-summary");
        List<Question> questions = survey.questions();
        for (int i = 0; i < questions.size(); i++) {
            Question question = questions.get(i);
            String shown = progress.answer(question.id()).map(a -> words(question, a))
                    .orElseGet(() -> getTranslation("kiosk.survey.check.skipped"));
            row(i + 1, question.text(), shown, change);
        }
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

    private void row(int number, String question, String answer, IntConsumer change) {
        DescriptionList.Description value = new DescriptionList.Description();
        Div line = new Div();
        line.setText(answer);
        value.add(line);
        value.addClassName("kiosk-summary-value");
        Button link = new Button(getTranslation("kiosk.survey.check.change"), e -> change.accept(number));
        link.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        link.setAriaLabel(getTranslation("kiosk.survey.check.changeLabel", number));
        link.getElement().setAttribute("data-question", String.valueOf(number));
        changeLinks.add(link);
        DescriptionList.Description action = new DescriptionList.Description(link);
        action.addClassName("kiosk-summary-action");
        Div pair = new Div();
        pair.addClassName("kiosk-summary-row");
        pair.getElement().appendChild(new DescriptionList.Term(question).getElement(), value.getElement(),
                action.getElement());
        add(pair);
    }
}
