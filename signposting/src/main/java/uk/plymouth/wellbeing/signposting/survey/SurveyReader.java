package uk.plymouth.wellbeing.signposting.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.content.FieldNames;
import uk.plymouth.wellbeing.signposting.messaging.SmsText;

/**
 * Reads and checks one survey file ({@code surveys/swemwbs.yaml}); the format is in {@code content/README.md}.
 * A survey with a keyword can be started by text, so everything it texts must be GSM-7 and fit in 2 messages.
 */
final class SurveyReader {

    private static final Set<String> SURVEY_KEYS = Set.of("id", "version", "enabled", "title", "intro",
            "instructions", "consent", "keyword", "thanks", "attribution", "sms_attribution", "scoring", "bands",
            "questions");
    private static final Set<String> QUESTION_KEYS = Set.of("id", "text", "sms_text", "type", "required", "options",
            "low_label", "high_label", "max_length", "reversed", "bands");
    private static final Set<String> OPTION_KEYS = Set.of("value", "label", "positive");
    private static final Set<String> BAND_KEYS = Set.of("id", "from", "to", "message");

    private static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final Pattern KEYWORD = Pattern.compile("^[A-Z]{3,12}$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");
    /** Words the texting service already answers (opt-out, help, callbacks, menus); a survey may not take them. */
    static final Set<String> RESERVED_KEYWORDS = Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "END", "QUIT", "CANCEL",
            "REVOKE", "OPTOUT", "ARRET", "START", "UNSTOP", "YES", "NO", "HELP", "INFO", "CALL", "CALLBACK", "RING",
            "PHONE", "SKIP", "NEXT", "MORE", "BACK", "AGREE", "MENU");
    static final int MAX_SMS_SEGMENTS = 2;
    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final BigDecimal METRIC_MIN = new BigDecimal("7.00");
    private static final BigDecimal METRIC_MAX = new BigDecimal("35.00");

    private final SurveyProblems problems;

    SurveyReader(SurveyProblems problems) {
        this.problems = problems;
    }

    /** A survey read from its file, with the lines of the fields other checks may need to point at. */
    record Read(Survey survey, String file, int idLine, int versionLine, int keywordLine) {}

    /** The survey in the file, or empty when it has problems (each recorded). */
    Optional<Read> read(SurveyFile file) {
        int before = problems.count();
        Optional<SurveyYaml> top = SurveyYaml.open(file.name(), file.text(), SURVEY_KEYS, problems);
        if (top.isEmpty()) {
            return Optional.empty();
        }
        SurveyYaml map = top.get();
        String id = map.text("id", 64);
        if (!id.isEmpty() && !ID.matcher(id).matches()) {
            map.problem("id", "\"" + id + "\" should be lower-case letters and digits joined by hyphens, "
                    + "such as resident-satisfaction");
        }
        Integer version = map.integer("version", 1, 9999);
        boolean enabled = map.bool("enabled", true);
        String title = map.text("title", 80);
        String keyword = keyword(map);
        boolean texted = keyword != null;
        String intro = map.text("intro", 400);
        String instructions = map.optionalText("instructions", 400);
        String consent = map.text("consent", 400);
        String thanks = map.text("thanks", 160);
        String attribution = map.optionalText("attribution", 300);
        String smsAttribution = map.optionalText("sms_attribution", 300);
        if (texted) {
            smsText(map, "intro", intro);
            smsText(map, "consent", consent);
            smsText(map, "thanks", thanks);
            smsText(map, smsAttribution != null ? "sms_attribution" : "attribution",
                    smsAttribution != null ? smsAttribution : attribution);
        }
        Scoring scoring = scoring(map);
        int beforeQuestions = problems.count();
        List<Question> questions = questions(map, scoring, texted);
        // with a question unreadable the possible totals are unknown, so whether the bands cover them is not checked
        boolean questionsRead = problems.count() == beforeQuestions;
        List<Band> bands = List.of();
        if (scoring == Scoring.SWEMWBS_METRIC) {
            bands = bands(map, METRIC_MIN, METRIC_MAX, CENT, texted, questionsRead);
            swemwbs(map, attribution, questions, questionsRead);
        } else if (scoring == Scoring.SUM) {
            bands = sumBands(map, questions, texted, questionsRead);
        } else if (scoring != null) {
            map.notAllowed("bands", "only surveys scored by sum or swemwbs-metric have bands for the total"
                    + (scoring == Scoring.PER_QUESTION_BANDS ? "; put the bands on each question" : ""));
        }
        if (problems.count() > before || version == null || scoring == null) {
            return Optional.empty();
        }
        Survey survey = new Survey(id, version, enabled, title, intro, instructions, consent, keyword, thanks,
                attribution, smsAttribution, scoring, bands, questions);
        return Optional.of(new Read(survey, file.name(), map.lineOf("id"), map.lineOf("version"),
                map.lineOf("keyword")));
    }

    private @Nullable String keyword(SurveyYaml map) {
        String keyword = map.optionalText("keyword", 20);
        if (keyword == null) {
            return null;
        }
        if (!KEYWORD.matcher(keyword).matches()) {
            map.problem("keyword", "\"" + keyword + "\" should be one word of 3 to 12 capital letters, such as "
                    + "FEEDBACK");
        } else if (RESERVED_KEYWORDS.contains(keyword)) {
            map.problem("keyword", keyword + " already means something to the texting service; choose another word");
        }
        return keyword;
    }

    private static @Nullable Scoring scoring(SurveyYaml map) {
        String word = map.text("scoring", 30);
        if (word.isEmpty()) {
            return null;
        }
        Optional<Scoring> scoring = Scoring.of(word);
        if (scoring.isEmpty()) {
            map.problem("scoring", "\"" + word + "\" is not one of: " + String.join(", ", Scoring.words())
                    + FieldNames.suggestion(word, Scoring.words()));
        }
        return scoring.orElse(null);
    }

    private List<Question> questions(SurveyYaml map, @Nullable Scoring scoring, boolean texted) {
        List<SurveyYaml> entries = map.list("questions", true, "a question", QUESTION_KEYS);
        if (map.has("questions") && entries.isEmpty()) {
            map.problem("questions", "a survey needs at least one question");
        }
        List<Question> questions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            SurveyYaml entry = entries.get(i);
            String id = entry.text("id", 64);
            if (!id.isEmpty() && !ID.matcher(id).matches()) {
                entry.problem("id", "\"" + id + "\" should be lower-case letters and digits joined by hyphens");
            } else if (!id.isEmpty() && !ids.add(id)) {
                entry.problem("id", "question \"" + id + "\" is in this survey twice; every question needs its own id");
            }
            Optional<Question> question = question(entry, id, scoring, texted);
            if (question.isPresent() && scoring == Scoring.SWEMWBS_METRIC && i < Swemwbs.ITEMS.size()) {
                swemwbsItem(entry, question.get(), i);
            }
            question.ifPresent(questions::add);
        }
        return questions;
    }

    private Optional<Question> question(SurveyYaml map, String id, @Nullable Scoring scoring, boolean texted) {
        String text = map.text("text", 250);
        String smsText = map.optionalText("sms_text", 250);
        QuestionType type = type(map);
        boolean required = map.bool("required", true);
        boolean reversed = map.bool("reversed", false);
        if (type == null) {
            return Optional.empty();
        }
        List<Option> options = List.of();
        String lowLabel = null;
        String highLabel = null;
        int maxLength = 0;
        switch (type) {
            case SCALE, CHOICE -> {
                options = options(map, type);
                noLabels(map, type);
                map.notAllowed("max_length", "only free-text questions have a max_length");
            }
            case ZERO_TO_TEN -> {
                map.notAllowed("options", "a zero-to-ten question has its numbers built in; give low_label and "
                        + "high_label instead");
                lowLabel = map.text("low_label", 40);
                highLabel = map.text("high_label", 40);
                map.notAllowed("max_length", "only free-text questions have a max_length");
            }
            case FREE_TEXT -> {
                map.notAllowed("options", "a free-text question is answered in words; it has no options");
                noLabels(map, type);
                Integer max = map.integer("max_length", 1, 1000);
                maxLength = max == null ? 0 : max;
            }
        }
        if (reversed && !type.isNumeric()) {
            map.problem("reversed", "only scale and zero-to-ten questions can be reversed");
        }
        Question question = new Question(id, text, smsText == null ? text : smsText, type, options, required,
                maxLength, reversed, lowLabel, highLabel, List.of());
        if (scoring == Scoring.PER_QUESTION_BANDS && type.isNumeric()) {
            List<Band> bands = bands(map, BigDecimal.valueOf(question.minValue()),
                    BigDecimal.valueOf(question.maxValue()), BigDecimal.ONE, texted, true);
            question = new Question(id, text, question.smsText(), type, options, required, maxLength, reversed,
                    lowLabel, highLabel, bands);
        } else {
            map.notAllowed("bands", scoring == Scoring.PER_QUESTION_BANDS
                    ? "only scale and zero-to-ten questions have bands"
                    : "only questions of a survey scored per-question-bands have their own bands");
        }
        if (texted) {
            smsText(map, smsText != null ? "sms_text" : "text", question.smsPrompt());
        }
        return Optional.of(question);
    }

    private static @Nullable QuestionType type(SurveyYaml map) {
        String word = map.text("type", 30);
        if (word.isEmpty()) {
            return null;
        }
        Optional<QuestionType> type = QuestionType.of(word);
        if (type.isEmpty()) {
            map.problem("type", "\"" + word + "\" is not one of: " + String.join(", ", QuestionType.words())
                    + FieldNames.suggestion(word, QuestionType.words()));
        }
        return type.orElse(null);
    }

    private static void noLabels(SurveyYaml map, QuestionType type) {
        String why = "only zero-to-ten questions have words for their ends; a " + type.word() + " question "
                + (type == QuestionType.FREE_TEXT ? "is answered in words" : "labels each option");
        map.notAllowed("low_label", why);
        map.notAllowed("high_label", why);
    }

    private List<Option> options(SurveyYaml map, QuestionType type) {
        List<SurveyYaml> entries = map.list("options", true, "an option", OPTION_KEYS);
        if (!map.has("options")) {
            return List.of();
        }
        List<Option> options = new ArrayList<>();
        Set<Integer> values = new HashSet<>();
        Set<String> labels = new HashSet<>();
        for (SurveyYaml entry : entries) {
            Integer value = entry.integer("value", 0, 100);
            String label = entry.text("label", 40);
            boolean positive = entry.bool("positive", false);
            if (value != null && !values.add(value)) {
                entry.problem("value", "two options have the value " + value + "; each needs its own");
            }
            if (!label.isEmpty() && !labels.add(label.toLowerCase(Locale.ROOT))) {
                entry.problem("label", "two options are labelled \"" + label + "\"");
            }
            if (value != null && !label.isEmpty()) {
                options.add(new Option(value, label, positive));
            }
        }
        if (entries.size() < 2) {
            map.problem("options", "a " + type.word() + " question needs at least 2 options");
        } else if (type == QuestionType.SCALE && options.size() == entries.size()
                && !options.stream().map(Option::value).sorted().toList()
                        .equals(options.stream().map(Option::value).toList())) {
            map.problem("options", "a scale's options go from the lowest value to the highest");
        }
        return options;
    }

    private List<Band> sumBands(SurveyYaml map, List<Question> questions, boolean texted, boolean questionsRead) {
        List<Question> scored = questions.stream().filter(q -> q.type().isNumeric()).toList();
        if (scored.isEmpty()) {
            map.problem("scoring", "a survey scored by sum needs at least one scale or zero-to-ten question");
            return List.of();
        }
        // an optional question left blank adds nothing
        int min = scored.stream().mapToInt(q -> q.required() ? q.minValue() : 0).sum();
        int max = scored.stream().mapToInt(Question::maxValue).sum();
        return bands(map, BigDecimal.valueOf(min), BigDecimal.valueOf(max), BigDecimal.ONE, texted, questionsRead);
    }

    /**
     * Reads {@code bands} and checks they cover every score from {@code min} to {@code max}, in order, with no gap
     * or overlap ({@code step} is the smallest difference between two scores: 1, or 0.01 for metric scores).
     */
    private List<Band> bands(SurveyYaml map, BigDecimal min, BigDecimal max, BigDecimal step, boolean texted,
            boolean checkCoverage) {
        List<SurveyYaml> entries = map.list("bands", true, "a band", BAND_KEYS);
        List<Band> bands = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (SurveyYaml entry : entries) {
            String id = entry.text("id", 40);
            BigDecimal from = entry.decimal("from");
            BigDecimal to = entry.decimal("to");
            String message = entry.text("message", 300);
            if (!id.isEmpty() && !ID.matcher(id).matches()) {
                entry.problem("id", "\"" + id + "\" should be lower-case letters and digits joined by hyphens");
            } else if (!id.isEmpty() && !ids.add(id)) {
                entry.problem("id", "two bands are called \"" + id + "\"");
            }
            boolean ok = from != null && to != null;
            if (from != null && from.remainder(step).signum() != 0) {
                entry.problem("from", notAStep(from, step));
                ok = false;
            }
            if (to != null && to.remainder(step).signum() != 0) {
                entry.problem("to", notAStep(to, step));
                ok = false;
            }
            if (ok && from.compareTo(to) > 0) {
                entry.problem("to", "is below from (" + from.toPlainString() + ")");
                ok = false;
            }
            Matcher placeholders = PLACEHOLDER.matcher(message);
            while (placeholders.find()) {
                if (!Band.SCORE.equals(placeholders.group())) {
                    entry.problem("message", placeholders.group() + " is not known; the only placeholder is "
                            + Band.SCORE);
                }
            }
            if (texted) {
                smsText(entry, "message", message.replace(Band.SCORE, max.toPlainString()));
            }
            if (ok && !id.isEmpty() && !message.isEmpty()) {
                bands.add(new Band(id, from, to, message));
            }
        }
        if (checkCoverage && bands.size() == entries.size() && !bands.isEmpty()) {
            coverage(map, bands, min, max, step);
        }
        return bands;
    }

    private static String notAStep(BigDecimal value, BigDecimal step) {
        return value.toPlainString() + (step.equals(BigDecimal.ONE) ? " should be a whole number"
                : " should have at most 2 decimal places");
    }

    private static void coverage(SurveyYaml map, List<Band> bands, BigDecimal min, BigDecimal max, BigDecimal step) {
        List<Band> sorted = bands.stream().sorted(Comparator.comparing(Band::from)).toList();
        String range = "scores run from " + min.toPlainString() + " to " + max.toPlainString();
        if (sorted.get(0).from().compareTo(min) != 0) {
            map.problem("bands", "the lowest band should start at " + min.toPlainString() + " (" + range + ")");
        }
        if (sorted.get(sorted.size() - 1).to().compareTo(max) != 0) {
            map.problem("bands", "the highest band should end at " + max.toPlainString() + " (" + range + ")");
        }
        for (int i = 1; i < sorted.size(); i++) {
            BigDecimal expected = sorted.get(i - 1).to().add(step);
            int compare = sorted.get(i).from().compareTo(expected);
            if (compare != 0) {
                map.problem("bands", "band " + sorted.get(i).id() + " should start at " + expected.toPlainString()
                        + ", just after band " + sorted.get(i - 1).id() + " ends; "
                        + (compare > 0 ? "scores in between have no band" : "the bands overlap"));
            }
        }
    }

    /** SWEMWBS may be used only as published: its copyright line and exactly 7 statements. */
    private static void swemwbs(SurveyYaml map, @Nullable String attribution, List<Question> questions,
            boolean questionsRead) {
        if (!Swemwbs.COPYRIGHT.equals(attribution)) {
            map.problem("attribution", "SWEMWBS must carry its copyright line exactly as published: \""
                    + Swemwbs.COPYRIGHT + "\"");
        }
        if (questionsRead && questions.size() != Swemwbs.ITEMS.size()) {
            map.problem("questions", "SWEMWBS has exactly 7 statements, as published; this file has "
                    + questions.size());
        }
    }

    /** Each SWEMWBS statement is worded as published, in order, with the 5 published options valued 1 to 5. */
    private static void swemwbsItem(SurveyYaml map, Question question, int index) {
        String item = Swemwbs.ITEMS.get(index);
        String statement = "statement " + (index + 1) + " of SWEMWBS must be worded exactly as published: \""
                + item + "\"";
        if (!question.text().equals(item)) {
            map.problem("text", statement);
        }
        if (!question.smsText().contains(item)) {
            map.problem("sms_text", statement);
        }
        boolean published = question.type() == QuestionType.SCALE
                && question.options().stream().map(Option::label).toList().equals(Swemwbs.OPTIONS)
                && question.options().stream().map(Option::value).toList().equals(List.of(1, 2, 3, 4, 5));
        if (!published) {
            map.problem(map.has("options") ? "options" : "type", "SWEMWBS statements are a scale with the "
                    + "published options valued 1 to 5: " + String.join(", ", Swemwbs.OPTIONS));
        }
        if (!question.required()) {
            map.problem("required", "every SWEMWBS statement must be answered");
        }
        if (question.reversed()) {
            map.problem("reversed", "no SWEMWBS statement is reversed");
        }
    }

    /** Text the survey sends by text message must be GSM-7 and fit in 2 messages. */
    private static void smsText(SurveyYaml map, String key, @Nullable String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        if (!SmsText.isGsm(text)) {
            String odd = text.codePoints().filter(c -> !SmsText.isGsm(Character.toString(c)))
                    .mapToObj(Character::toString).distinct().reduce("", String::concat);
            map.problem(key, "\"" + odd + "\" cannot go in a plain text message and this survey can be started by "
                    + "text (it has a keyword); use plain letters and punctuation"
                    + ("attribution".equals(key) ? ", or add sms_attribution" : ""));
        } else if (SmsText.segments(text) > MAX_SMS_SEGMENTS) {
            map.problem(key, "takes " + SmsText.segments(text) + " text messages"
                    + (key.endsWith("text") ? " with the reply options added" : "") + "; keep it to "
                    + MAX_SMS_SEGMENTS + " (306 characters)");
        }
    }
}
