package uk.plymouth.wellbeing.kiosk.survey;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.survey.Answer;
import uk.plymouth.wellbeing.signposting.survey.Option;
import uk.plymouth.wellbeing.signposting.survey.Question;
import uk.plymouth.wellbeing.signposting.survey.QuestionType;

/**
 * The ways to answer one question: a big button per option (a scale or choice), 11 numbered buttons with the end
 * words (0 to 10), or a text box typed on the kiosk's keyboard (free text). Tapping a button answers at once; the
 * answer given before is marked, to the eye and to screen readers. Knows nothing of navigation.
 */
class SurveyQuestion extends Div {

    final List<Button> choices = new ArrayList<>();
    @Nullable TextArea words;

    SurveyQuestion(Question question, @Nullable Answer given, String headingId, IntConsumer onChoose) {
        addClassName("kiosk-survey-question");
        @Nullable Integer chosen = given == null ? null : given.value();
        switch (question.type()) {
            case SCALE, CHOICE -> {
                Div group = group(headingId, "kiosk-survey-options");
                for (Option option : question.options()) {
                    group.add(choice(option.label(), option.value(), chosen, onChoose));
                }
                add(group);
            }
            case ZERO_TO_TEN -> {
                add(new Paragraph(getTranslation("kiosk.survey.ends", question.lowLabel(), question.highLabel())));
                Div group = group(headingId, "kiosk-survey-scale");
                for (int value = 0; value <= 10; value++) {
                    Button button = choice(String.valueOf(value), value, chosen, onChoose);
                    if (value == 0 || value == 10) {
                        button.setAriaLabel(value + ", " + (value == 0 ? question.lowLabel() : question.highLabel()));
                    }
                    group.add(button);
                }
                add(group);
            }
            case FREE_TEXT -> {
                TextArea area = new TextArea(getTranslation("kiosk.survey.yourAnswer"));
                area.setId("survey-words");
                area.setMaxLength(question.maxLength());
                area.setWidthFull();
                area.setManualValidation(true);
                area.addClassName("kiosk-callme-field");
                area.getElement().setAttribute("data-keyboard", "text");
                area.getElement().setAttribute("autocomplete", "off");
                area.setValue(given == null || given.text() == null ? "" : given.text());
                words = area;
                add(area);
            }
            default -> throw new IllegalArgumentException("no way to answer " + question.type());
        }
    }

    /** Buttons named by the question heading, so a screen reader says what they answer. */
    private static Div group(String headingId, String className) {
        Div group = new Div();
        group.addClassName(className);
        group.getElement().setAttribute("role", "group");
        group.getElement().setAttribute("aria-labelledby", headingId);
        return group;
    }

    private Button choice(String label, int value, @Nullable Integer chosen, IntConsumer onChoose) {
        Button button = new Button(label, e -> onChoose.accept(value));
        boolean on = Objects.equals(chosen, value);
        button.addClassName("kiosk-survey-answer");
        button.getElement().getClassList().set("kiosk-survey-chosen", on);
        button.getElement().setAttribute("aria-pressed", String.valueOf(on));
        button.getElement().setAttribute("data-value", String.valueOf(value));
        choices.add(button);
        return button;
    }

    /** What is typed in the text box, for a free-text question. */
    String typed() {
        return words == null ? "" : words.getValue();
    }

    /** For tests and the view: the button for one option's value. */
    Button choice(int value) {
        return choices.stream().filter(b -> String.valueOf(value).equals(b.getElement().getAttribute("data-value")))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no answer " + value));
    }

    static boolean isTyped(Question question) {
        return question.type() == QuestionType.FREE_TEXT;
    }
}
