package uk.plymouth.wellbeing.signposting.survey;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How a question is answered. */
public enum QuestionType {

    /** One of a few labelled options whose values are ordered ("None of the time" 1 ... "All of the time" 5). */
    SCALE("scale"),
    /** A whole number from 0 to 10, with words for the two ends. */
    ZERO_TO_TEN("zero-to-ten"),
    /** One of a few labelled options that are not ordered ("Yes", "Partly", "No"). Never added up. */
    CHOICE("choice"),
    /** Words, up to a length limit. Never scored. */
    FREE_TEXT("free-text");

    private final String word;

    QuestionType(String word) {
        this.word = word;
    }

    /** As written in a survey file. */
    public String word() {
        return word;
    }

    /** Whether the answer is a number that can be added up or banded. */
    public boolean isNumeric() {
        return this == SCALE || this == ZERO_TO_TEN;
    }

    static Optional<QuestionType> of(String word) {
        return Arrays.stream(values()).filter(t -> t.word.equals(word)).findFirst();
    }

    static List<String> words() {
        return Arrays.stream(values()).map(QuestionType::word).toList();
    }
}
