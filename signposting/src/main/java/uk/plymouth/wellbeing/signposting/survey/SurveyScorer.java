package uk.plymouth.wellbeing.signposting.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.survey.SurveyResult.QuestionResult;
import uk.plymouth.wellbeing.signposting.survey.SurveySummary.QuestionSummary;

/**
 * Takes answers and works out what they come to: checks each answer (with a message the person answering can act
 * on), adds up, converts SWEMWBS raw scores to metric scores, finds the bands and their words, and adds up many
 * people's satisfaction answers for staff.
 */
@Component
public class SurveyScorer {

    /** What a resident texts to leave an optional question unanswered. */
    public static final String SKIP = "SKIP";
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern NUMBER_AND_WORDS = Pattern.compile("(\\d{1,2})\\s*[-:.)=,]?\\s+(\\D.*)");
    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten");

    /**
     * Reads what someone typed or tapped as the answer to a question: a number, or for scale and choice questions
     * an option's label ("often", "yes"); words for free text.
     *
     * @return the answer, or empty when an optional question was left blank or answered {@value #SKIP} (as its
     *     texted reply hint offers)
     * @throws InvalidAnswerException saying what a right answer looks like
     */
    public Optional<Answer> read(Question question, String typed) {
        String text = typed.strip();
        if (!question.required() && (text.isEmpty() || text.equalsIgnoreCase(SKIP))) {
            return Optional.empty();
        }
        if (text.isEmpty()) {
            throw new InvalidAnswerException(question.type() == QuestionType.FREE_TEXT
                    ? "Please write an answer" : question.numberHint());
        }
        Answer answer;
        if (question.type() == QuestionType.FREE_TEXT) {
            answer = Answer.words(question.id(), text);
        } else {
            answer = Answer.number(question.id(), number(question, text));
        }
        check(question, answer);
        return Optional.of(answer);
    }

    /**
     * A number as people type it: "4", "4.", "#4", "four", "4 often", "4 - Often" (the number with its own option's
     * words), or just the option's words ("often").
     */
    private static int number(Question question, String text) {
        String cleaned = text.replaceAll("^[#\\s]+|[.!\\s]+$", "");
        if (WHOLE_NUMBER.matcher(cleaned).matches()) {
            return Integer.parseInt(cleaned);
        }
        String lower = cleaned.toLowerCase(Locale.ROOT);
        int word = NUMBER_WORDS.indexOf(lower);
        if (word >= 0) {
            return word;
        }
        Matcher numberAndWords = NUMBER_AND_WORDS.matcher(lower);
        if (numberAndWords.matches()) {
            int value = Integer.parseInt(numberAndWords.group(1));
            String words = numberAndWords.group(2).strip();
            if (question.option(value).map(o -> o.label().toLowerCase(Locale.ROOT).equals(words)).orElse(false)) {
                return value;
            }
        }
        return question.options().stream()
                .filter(o -> o.label().toLowerCase(Locale.ROOT).equals(lower))
                .map(Option::value)
                .findFirst()
                .orElseThrow(() -> new InvalidAnswerException(question.numberHint()));
    }

    /**
     * Checks an answer already in hand (from a form or from storage) against its question.
     *
     * @throws InvalidAnswerException saying what a right answer looks like
     */
    public void check(Question question, Answer answer) {
        if (question.type() == QuestionType.FREE_TEXT) {
            String text = answer.text();
            if (text == null || answer.value() != null) {
                throw new InvalidAnswerException("Please answer in words");
            }
            int length = text.codePointCount(0, text.length());
            if (length > question.maxLength()) {
                throw new InvalidAnswerException("Please keep your answer to " + question.maxLength()
                        + " characters or fewer (yours has " + length + ")");
            }
            return;
        }
        Integer value = answer.value();
        if (value == null || answer.text() != null || !question.accepts(value)) {
            throw new InvalidAnswerException(question.numberHint());
        }
    }

    /**
     * What one person's answers come to.
     *
     * @throws InvalidAnswerException when an answer is wrong, a required question has no answer, a question is
     *     answered twice or an answer is for a question the survey does not have
     */
    public SurveyResult score(Survey survey, Collection<Answer> answers) {
        Map<String, Answer> byQuestion = checked(survey, answers);
        return switch (survey.scoring()) {
            case SUM -> total(survey, byQuestion, false);
            case SWEMWBS_METRIC -> total(survey, byQuestion, true);
            case PER_QUESTION_BANDS -> perQuestion(survey, byQuestion);
            case NONE -> new SurveyResult(survey.id(), survey.version(), null, null, null, survey.thanks(),
                    List.of());
        };
    }

    private Map<String, Answer> checked(Survey survey, Collection<Answer> answers) {
        Map<String, Answer> byQuestion = new LinkedHashMap<>();
        for (Answer answer : answers) {
            Question question = survey.question(answer.questionId()).orElseThrow(() -> new InvalidAnswerException(
                    "Survey " + survey.id() + " version " + survey.version() + " has no question \""
                            + answer.questionId() + "\""));
            if (byQuestion.put(answer.questionId(), answer) != null) {
                throw new InvalidAnswerException("Question \"" + answer.questionId() + "\" is answered twice");
            }
            check(question, answer);
        }
        for (Question question : survey.questions()) {
            if (question.required() && !byQuestion.containsKey(question.id())) {
                throw new InvalidAnswerException("Please answer every question: \"" + question.text()
                        + "\" has no answer");
            }
        }
        return byQuestion;
    }

    private static SurveyResult total(Survey survey, Map<String, Answer> answers, boolean swemwbs) {
        int raw = 0;
        for (Question question : survey.questions()) {
            Answer answer = answers.get(question.id());
            if (question.type().isNumeric() && answer != null && answer.value() != null) {
                raw += question.scoredValue(answer.value());
            }
        }
        BigDecimal metric = swemwbs ? Swemwbs.metric(raw) : null;
        BigDecimal score = metric != null ? metric : BigDecimal.valueOf(raw);
        Band band = survey.bands().stream().filter(b -> b.contains(score)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Survey " + survey.id() + " version "
                        + survey.version() + " has no band for " + score.toPlainString()));
        String message = survey.thanks() + "\n" + band.messageFor(score.toPlainString());
        return new SurveyResult(survey.id(), survey.version(), raw, metric, band.id(), message, List.of());
    }

    private static SurveyResult perQuestion(Survey survey, Map<String, Answer> answers) {
        List<QuestionResult> results = new ArrayList<>();
        for (Question question : survey.questions()) {
            Answer answer = answers.get(question.id());
            if (question.bands().isEmpty() || answer == null || answer.value() == null) {
                continue;
            }
            int value = answer.value();
            Band band = question.bandFor(value).orElseThrow(() -> new IllegalStateException("Question "
                    + question.id() + " of survey " + survey.id() + " has no band for " + value));
            results.add(new QuestionResult(question.id(), value, band.id(), band.messageFor(String.valueOf(value))));
        }
        String message = survey.thanks() + results.stream().map(r -> "\n" + r.message()).collect(Collectors.joining());
        return new SurveyResult(survey.id(), survey.version(), null, null, null, message, results);
    }

    /**
     * Adds up many people's answers to one version of a survey, question by question.
     *
     * @param responses each person's answers; every answer is checked first
     */
    public SurveySummary summarise(Survey survey, List<? extends Collection<Answer>> responses) {
        List<Map<String, Answer>> checked = responses.stream().map(r -> checked(survey, r)).toList();
        List<QuestionSummary> questions = new ArrayList<>();
        for (Question question : survey.questions()) {
            questions.add(summarise(question, checked));
        }
        return new SurveySummary(survey.id(), survey.version(), responses.size(), questions);
    }

    private static QuestionSummary summarise(Question question, List<Map<String, Answer>> responses) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        if (question.type() == QuestionType.ZERO_TO_TEN) {
            for (int value = 0; value <= 10; value++) {
                counts.put(value, 0);
            }
        } else {
            question.options().forEach(o -> counts.put(o.value(), 0));
        }
        boolean anyPositive = question.options().stream().anyMatch(Option::positive);
        int answered = 0;
        int positive = 0;
        for (Map<String, Answer> response : responses) {
            Answer answer = response.get(question.id());
            if (answer == null) {
                continue;
            }
            answered++;
            @Nullable Integer value = answer.value();
            if (value != null) {
                counts.merge(value, 1, Integer::sum);
                if (question.option(value).map(Option::positive).orElse(false)) {
                    positive++;
                }
            }
        }
        return new QuestionSummary(question.id(), question.type(), answered, counts, anyPositive ? positive : null);
    }
}
