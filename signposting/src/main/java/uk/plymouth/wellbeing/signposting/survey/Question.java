package uk.plymouth.wellbeing.signposting.survey;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One question of a survey.
 *
 * @param text as shown on the kiosk (for published scales, the exact published wording)
 * @param smsText a shorter form for texting, or the same as {@code text}
 * @param options the choices for scale and choice questions, in the order shown; empty otherwise
 * @param required whether it must be answered; free-text comments are usually optional
 * @param maxLength the most characters a free-text answer may have; 0 for other types
 * @param reversed a higher answer is the harder outcome (ONS4 anxiety): turned round before adding up, and its
 *     bands run the other way
 * @param lowLabel words for 0 on a 0-10 question ("not at all satisfied"), null otherwise
 * @param highLabel words for 10 on a 0-10 question ("completely satisfied"), null otherwise
 * @param bands this question's own bands when the survey is scored per question (ONS4); empty otherwise
 */
public record Question(String id, String text, String smsText, QuestionType type, List<Option> options,
        boolean required, int maxLength, boolean reversed, @Nullable String lowLabel, @Nullable String highLabel,
        List<Band> bands) {

    public Question {
        options = List.copyOf(options);
        bands = List.copyOf(bands);
    }

    /** The lowest number that answers it (0 for a 0-10 question, the lowest option value otherwise). */
    public int minValue() {
        return type == QuestionType.ZERO_TO_TEN ? 0 : options.stream().mapToInt(Option::value).min().orElse(0);
    }

    /** The highest number that answers it. */
    public int maxValue() {
        return type == QuestionType.ZERO_TO_TEN ? 10 : options.stream().mapToInt(Option::value).max().orElse(0);
    }

    public Optional<Option> option(int value) {
        return options.stream().filter(o -> o.value() == value).findFirst();
    }

    /** Whether the number answers this question. */
    public boolean accepts(int value) {
        return switch (type) {
            case ZERO_TO_TEN -> value >= 0 && value <= 10;
            case SCALE, CHOICE -> option(value).isPresent();
            case FREE_TEXT -> false;
        };
    }

    /** The answer as it counts towards a total: turned round (max + min - value) when the question is reversed. */
    public int scoredValue(int value) {
        return reversed ? maxValue() + minValue() - value : value;
    }

    public Optional<Band> bandFor(int value) {
        BigDecimal score = BigDecimal.valueOf(value);
        return bands.stream().filter(b -> b.contains(score)).findFirst();
    }

    /** What a number answer must be, said to the person answering ("Please answer with a number from 1 to 5"). */
    public String numberHint() {
        int min = minValue();
        int max = maxValue();
        boolean everyNumber = type == QuestionType.ZERO_TO_TEN || options.size() == max - min + 1;
        if (everyNumber) {
            return "Please answer with a number from " + min + " to " + max;
        }
        return "Please answer with one of these numbers: "
                + options.stream().map(o -> String.valueOf(o.value())).collect(Collectors.joining(", "));
    }

    /** How to reply by text, for the line after the question ("Reply 1 None of the time, 2 Rarely, ..."). */
    public String replyHint() {
        String hint = switch (type) {
            case SCALE, CHOICE -> "Reply " + options.stream().map(o -> o.value() + " " + o.label())
                    .collect(Collectors.joining(", "));
            case ZERO_TO_TEN -> "Reply 0 (" + lowLabel + ") to 10 (" + highLabel + ")";
            case FREE_TEXT -> "Reply in up to " + maxLength + " characters";
        };
        return required ? hint : hint + ", or reply " + SurveyScorer.SKIP;
    }

    /** The question as texted: the SMS wording, then how to reply. */
    public String smsPrompt() {
        return smsText + "\n" + replyHint();
    }
}
