package uk.plymouth.wellbeing.staff.surveys.entry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.staff.StaffIdentity;
import uk.plymouth.wellbeing.signposting.survey.Answer;
import uk.plymouth.wellbeing.signposting.survey.InvalidAnswerException;
import uk.plymouth.wellbeing.signposting.survey.NewSurveyResponse;
import uk.plymouth.wellbeing.signposting.survey.Question;
import uk.plymouth.wellbeing.signposting.survey.QuestionType;
import uk.plymouth.wellbeing.signposting.survey.Survey;
import uk.plymouth.wellbeing.signposting.survey.SurveyChannel;
import uk.plymouth.wellbeing.signposting.survey.SurveyDefinitions;
import uk.plymouth.wellbeing.signposting.survey.SurveyScorer;

/**
 * What entering a paper or phone survey needs beyond layout, for one member of staff: the surveys and versions they
 * can enter, the hubs they may enter them for, and turning what they entered into a {@link NewSurveyResponse} (or
 * the problems to show next to each question).
 *
 * <p>A response entered here is {@link SurveyChannel#STAFF_ASSISTED}, with the staff member's username as
 * {@code enteredBy}, in English (every survey file is in English), and dated when it is saved: the store has no
 * separate "answered on" date.
 */
class AssistedEntry {

    /** The problem key for the hub choice; every other key is a question id. */
    static final String HUB = "hub";
    /** The key of a problem with the date answered. */
    static final String DATE = "answered-on";
    static final String LANGUAGE = "en";

    private final SurveyDefinitions definitions;
    private final SurveyScorer scorer;
    private final StaffIdentity staff;
    private final Map<String, String> hubs = new LinkedHashMap<>();

    /**
     * @param directoryHubs every hub in the directory, id to name, in the order to list them
     */
    AssistedEntry(SurveyDefinitions definitions, SurveyScorer scorer, Map<String, String> directoryHubs,
            StaffIdentity staff) {
        this.definitions = definitions;
        this.scorer = scorer;
        this.staff = staff;
        directoryHubs.forEach((id, name) -> {
            if (staff.canSee(id)) {
                hubs.put(id, name);
            }
        });
    }

    /** The surveys that take responses now, by title. */
    List<Survey> surveys() {
        return definitions.offered();
    }

    /** Every version of a survey staff can enter, the one asked now first, then older kept ones, newest first. */
    List<Survey> versions(String surveyId) {
        List<Survey> versions = new ArrayList<>(definitions.versions(surveyId));
        Collections.reverse(versions);
        return versions;
    }

    /** "Version 2 (current)", "Version 1". */
    String versionLabel(Survey version) {
        boolean current = definitions.current(version.id()).map(s -> s.version() == version.version()).orElse(false);
        return "Version " + version.version() + (current ? " (current)" : "");
    }

    /** The hubs this member of staff may enter responses for, id to name: their own hubs, or every hub for admins. */
    Map<String, String> hubs() {
        return Collections.unmodifiableMap(hubs);
    }

    /**
     * Reads a filled-in form.
     *
     * @param typed each question's answer as entered (an option's value as a number, or the words), by question id;
     *     a question left blank has none, or an empty string
     * @return the response to record, or the problems by {@link #HUB} or question id, in the form's order
     */
    Checked check(Survey version, @Nullable String hubId, Map<String, String> typed) {
        return check(version, hubId, null, null, typed);
    }

    /**
     * As {@link #check(Survey, String, Map)}, for a form answered on {@code answeredOn} (null: today), which may be
     * up to a year before {@code today} and never after it.
     */
    Checked check(Survey version, @Nullable String hubId, @Nullable LocalDate answeredOn, @Nullable LocalDate today,
            Map<String, String> typed) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (answeredOn != null && today != null && answeredOn.isAfter(today)) {
            problems.put(DATE, "The date answered cannot be in the future");
        } else if (answeredOn != null && today != null && answeredOn.isBefore(today.minusYears(1))) {
            problems.put(DATE, "The date answered must be within the last year");
        }
        if (hubId == null || hubId.isBlank()) {
            problems.put(HUB, "Choose the hub the response is for");
        } else if (!hubs.containsKey(hubId)) {
            problems.put(HUB, "You can only enter responses for the hubs you work for");
        }
        List<Answer> answers = new ArrayList<>();
        for (Question question : version.questions()) {
            String text = typed.getOrDefault(question.id(), "");
            if (question.required() && text.isBlank()) {
                problems.put(question.id(), question.type() == QuestionType.FREE_TEXT ? "Write an answer"
                        : "Choose an answer");
                continue;
            }
            try {
                scorer.read(question, text).ifPresent(answers::add);
            } catch (InvalidAnswerException wrong) {
                problems.put(question.id(), wrong.getMessage());
            }
        }
        if (!problems.isEmpty() || hubId == null) {
            return new Checked(null, problems);
        }
        return new Checked(new NewSurveyResponse(version.id(), version.version(), hubId,
                SurveyChannel.STAFF_ASSISTED, LANGUAGE, answers, null, staff.username(),
                answeredOn == null || answeredOn.equals(today) ? null : answeredOn), Map.of());
    }

    /** A form read: either a response to record or the problems with it. */
    record Checked(@Nullable NewSurveyResponse response, Map<String, String> problems) {

        Checked {
            problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
        }
    }
}
