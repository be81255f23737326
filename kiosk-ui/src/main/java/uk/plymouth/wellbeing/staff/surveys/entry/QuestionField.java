package uk.plymouth.wellbeing.staff.surveys.entry;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.survey.Option;
import uk.plymouth.wellbeing.signposting.survey.Question;
import uk.plymouth.wellbeing.signposting.survey.QuestionType;

/**
 * One question of the staff entry form: radio buttons showing each option's value and words (scale or choice), 0 to
 * 10 with the words for the ends, or a text box with a live character count (free text). Its error shows under its
 * label; what was entered stays when an error is shown.
 */
class QuestionField extends Div {

    final Question question;
    final @Nullable RadioButtonGroup<Integer> choices;
    final @Nullable TextArea words;

    QuestionField(Question question, int number) {
        this.question = question;
        addClassName("survey-entry-question");
        String label = number + ". " + question.text() + (question.required() ? "" : " (optional)");
        if (question.type() == QuestionType.FREE_TEXT) {
            choices = null;
            words = new TextArea(label);
            words.setId(fieldId(question));
            words.setWidthFull();
            words.setManualValidation(true);
            words.setValueChangeMode(ValueChangeMode.EAGER);
            words.addValueChangeListener(e -> count());
            count();
            add(words);
        } else {
            words = null;
            choices = new RadioButtonGroup<>(label);
            choices.setId(fieldId(question));
            choices.setItems(values(question));
            choices.setItemLabelGenerator(value -> optionLabel(question, value));
            add(choices);
        }
    }

    /** The id of the field, for the error summary's links. */
    static String fieldId(Question question) {
        return "question-" + question.id();
    }

    private static List<Integer> values(Question question) {
        if (question.type() == QuestionType.ZERO_TO_TEN) {
            return IntStream.rangeClosed(0, 10).boxed().toList();
        }
        return question.options().stream().map(Option::value).toList();
    }

    /** "3 Some of the time"; for 0 to 10, "0 not at all satisfied", "5", "10 completely satisfied". */
    static String optionLabel(Question question, int value) {
        if (question.type() == QuestionType.ZERO_TO_TEN) {
            String end = value == 0 ? question.lowLabel() : value == 10 ? question.highLabel() : null;
            return end == null ? String.valueOf(value) : value + " " + end;
        }
        return question.option(value).map(o -> value + " " + o.label()).orElse(String.valueOf(value));
    }

    private void count() {
        if (words != null) {
            String text = words.getValue();
            int length = text.codePointCount(0, text.length());
            int left = question.maxLength() - length;
            words.setHelperText(left >= 0 ? "You have " + left + " characters left (of " + question.maxLength()
                    + ")" : "You have " + (-left) + (left == -1 ? " character" : " characters") + " too many");
        }
    }

    /** What was entered, as the survey scorer reads it: the option's value, the words, or "" for nothing. */
    String typed() {
        if (words != null) {
            return words.getValue();
        }
        Integer value = choices == null ? null : choices.getValue();
        return value == null ? "" : String.valueOf(value);
    }

    /** Shows the problem under the question's label, or clears it when null. */
    void showProblem(@Nullable String problem) {
        HasValidation field = field();
        field.setErrorMessage(problem);
        field.setInvalid(problem != null);
        getElement().getClassList().set("survey-entry-invalid", problem != null);
    }

    @Nullable String problem() {
        HasValidation field = field();
        return field.isInvalid() ? field.getErrorMessage() : null;
    }

    void clear() {
        showProblem(null);
        if (words != null) {
            words.clear();
        } else if (choices != null) {
            choices.clear();
        }
    }

    void focusInput() {
        input().getElement().callJsFunction("focus");
    }

    private Component input() {
        return words != null ? words : Objects.requireNonNull(choices);
    }

    private HasValidation field() {
        return (HasValidation) input();
    }
}
