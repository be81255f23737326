package uk.plymouth.wellbeing.signposting.conversation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.conversation.CallbackDialogue.Turn;
import uk.plymouth.wellbeing.signposting.conversation.ConversationState.Step;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;
import uk.plymouth.wellbeing.signposting.survey.Answer;
import uk.plymouth.wellbeing.signposting.survey.FollowUpDelay;
import uk.plymouth.wellbeing.signposting.survey.InvalidAnswerException;
import uk.plymouth.wellbeing.signposting.survey.Question;
import uk.plymouth.wellbeing.signposting.survey.QuestionType;
import uk.plymouth.wellbeing.signposting.survey.Scoring;
import uk.plymouth.wellbeing.signposting.survey.Survey;
import uk.plymouth.wellbeing.signposting.survey.SurveyDefinitions;
import uk.plymouth.wellbeing.signposting.survey.SurveyProperties;
import uk.plymouth.wellbeing.signposting.survey.SurveyResponses;
import uk.plymouth.wellbeing.signposting.survey.SurveyScorer;

/**
 * A survey by text, one question per message. SURVEY lists the surveys residents can answer (a survey's own keyword,
 * such as WELLBEING, starts it at once); then what it is and what happens to the answers, YES to start; the hub it is
 * about (when there is more than one); each question, answered with a number (or an option's words, or SKIP where
 * the survey allows); for surveys that measure change, whether we may text a follow-up in some weeks; and the result
 * in the survey's own kind words, with support offered for the lowest band. BACK goes back a question. A reply that
 * is not an allowed answer gets the question again with what a right answer looks like; plain words for leaving
 * ("stop this") or a clear new need leave it ({@link Conversation}). STOP is the carriers' opt-out: it ends the survey
 * with nothing kept, and every text. An unfinished survey is forgotten with the rest of the conversation
 * after {@code hub.conversation.idle-expiry}, and a late answer is told so.
 */
@Component
class SurveyDialogue {

    /** Words that list the surveys. */
    static final Set<String> LIST_WORDS = Set.of("SURVEY", "SURVEYS", "QUESTIONNAIRE");
    private static final Logger log = LoggerFactory.getLogger(SurveyDialogue.class);

    private final SurveyDefinitions definitions;
    private final SurveyProperties surveyProperties;
    private final SurveyScorer scorer;
    private final SurveyResponses responses;
    private final ConversationProperties conversationProperties;
    private final SurveyHubs hubs;
    private final SurveyRecording recording;

    SurveyDialogue(SurveyDefinitions definitions, SurveyProperties surveyProperties, SurveyScorer scorer,
            SurveyResponses responses, ConversationProperties conversationProperties, SurveyHubs hubs,
            SurveyRecording recording) {
        this.definitions = definitions;
        this.surveyProperties = surveyProperties;
        this.scorer = scorer;
        this.responses = responses;
        this.conversationProperties = conversationProperties;
        this.hubs = hubs;
        this.recording = recording;
    }

    /**
     * The turn a short text starts: a survey's keyword ("WELLBEING", "feedback please") starts it; SURVEY or a short
     * request for one ("can I do a survey") lists them; empty for anything else.
     */
    Optional<Turn> startedBy(ConversationState state, String text) {
        @Nullable String word = Keywords.mainWord(text);
        if (word != null) {
            Optional<Survey> keyword = definitions.offeredByKeyword(word);
            if (keyword.isPresent()) {
                return Optional.of(start(state, keyword.get()));
            }
        }
        if ((word != null && LIST_WORDS.contains(word)) || Keywords.asksForSurvey(text)) {
            return Optional.of(list(state));
        }
        return Optional.empty();
    }

    /** Whether the pending survey question takes words, so "call me" is an answer there, not a request. */
    boolean takesWords(ConversationState state) {
        return state.step() == Step.SURVEY_QUESTION && pending(state).map(q -> q.type() == QuestionType.FREE_TEXT)
                .orElse(false);
    }

    /** A text that comes after the survey it answers timed out. */
    Turn timedOut(ConversationState state, String surveyId) {
        String keyword = definitions.current(surveyId).map(Survey::keyword).orElse(null);
        return new Turn(SurveyTexts.timedOut(keyword, conversationProperties.idleExpiry().toMinutes()), state);
    }

    /** The answer to the survey step pending in {@code state}. */
    Turn answer(PhoneNumber from, ConversationState state, String text) {
        boolean back = "BACK".equals(Keywords.oneWord(text));
        if (state.step() == Step.SURVEY_CHOICE) {
            return choose(state, text);
        }
        SurveyInProgress answering = state.survey();
        Optional<Survey> asked = answering == null ? Optional.empty()
                : definitions.version(answering.surveyId(), answering.version());
        if (answering == null || asked.isEmpty()) {
            return new Turn(SurveyTexts.changed(null), SurveyRecording.over(state));
        }
        Survey survey = asked.get();
        switch (state.step()) {
            case SURVEY_CONSENT:
                return consent(state, survey, answering, text);
            case SURVEY_HUB:
                return back ? intro(state, survey) : hub(state, survey, answering, text);
            case SURVEY_QUESTION:
                return back ? backFrom(state, survey, answering) : question(from, state, survey, answering, text);
            case SURVEY_FOLLOW_UP:
                return back ? ask(state, survey, answering.back(), null) : followUp(from, state, survey, answering,
                        text);
            default:
                return list(state);
        }
    }

    /** The list of surveys residents can answer (or the only one, started). */
    Turn list(ConversationState state) {
        List<Survey> surveys = forResidents();
        if (surveys.isEmpty()) {
            return new Turn(SurveyTexts.NONE_OFFERED, state.surveyOver());
        }
        if (surveys.size() == 1) {
            return start(state, surveys.get(0));
        }
        return new Turn(SurveyTexts.menu(surveys), state.inSurvey(Step.SURVEY_CHOICE, null));
    }

    private List<Survey> forResidents() {
        return definitions.offered().stream().filter(s -> surveyProperties.forResidents(s.id())).toList();
    }

    private Turn choose(ConversationState state, String text) {
        if (Keywords.isNo(text)) {
            return new Turn(SurveyTexts.DECLINED, SurveyRecording.over(state));
        }
        List<Survey> surveys = forResidents();
        OptionalInt number = Keywords.number(text);
        if (number.isPresent() && number.getAsInt() >= 1 && number.getAsInt() <= surveys.size()) {
            return start(state, surveys.get(number.getAsInt() - 1));
        }
        return new Turn(SurveyTexts.CHOOSE_AGAIN + "\n" + SurveyTexts.menu(surveys), state);
    }

    private Turn start(ConversationState state, Survey survey) {
        log.info("Survey {} started by text", survey.id());
        return intro(state.inSurvey(Step.SURVEY_CONSENT, SurveyInProgress.start(survey)), survey);
    }

    private static Turn intro(ConversationState state, Survey survey) {
        List<String> intro = SurveyTexts.intro(survey);
        SurveyInProgress answering = java.util.Objects.requireNonNull(state.survey());
        return new Turn(intro.get(0), state.inSurvey(Step.SURVEY_CONSENT, answering), intro.subList(1, intro.size()));
    }

    private Turn consent(ConversationState state, Survey survey, SurveyInProgress answering, String text) {
        if (Keywords.isNo(text)) {
            return new Turn(SurveyTexts.DECLINED, SurveyRecording.over(state));
        }
        if (!Keywords.isYes(text)) {
            return new Turn(SurveyTexts.START_AGAIN, state);
        }
        Optional<Hub> only = hubs.onlyHub();
        if (only.isPresent()) {
            return ask(state, survey, answering.atHub(only.get().id()), null);
        }
        return askHub(state, answering);
    }

    private Turn askHub(ConversationState state, SurveyInProgress answering) {
        return new Turn(SurveyTexts.hubs(hubs.labels()), state.inSurvey(Step.SURVEY_HUB, answering));
    }

    private Turn hub(ConversationState state, Survey survey, SurveyInProgress answering, String text) {
        Optional<Hub> chosen = hubs.chosen(text);
        if (chosen.isEmpty()) {
            return new Turn(SurveyTexts.HUB_AGAIN + "\n" + SurveyTexts.hubs(hubs.labels()), state);
        }
        return ask(state, survey, answering.atHub(chosen.get().id()), null);
    }

    /** The next question (there is one), after what was wrong with the last answer, if anything. */
    private static Turn ask(ConversationState state, Survey survey, SurveyInProgress answering,
            @Nullable String problem) {
        return new Turn(SurveyTexts.question(survey, answering.next(), problem),
                state.inSurvey(Step.SURVEY_QUESTION, answering));
    }

    private Turn backFrom(ConversationState state, Survey survey, SurveyInProgress answering) {
        if (answering.next() == 0) {
            return hubs.onlyHub().isPresent() ? intro(state, survey) : askHub(state, answering);
        }
        return ask(state, survey, answering.back(), null);
    }

    private Turn question(PhoneNumber from, ConversationState state, Survey survey, SurveyInProgress answering,
            String text) {
        Question question = survey.questions().get(answering.next());
        Optional<Answer> answer;
        try {
            answer = scorer.read(question, text);
        } catch (InvalidAnswerException wrong) {
            return ask(state, survey, answering, "Sorry, " + lowerFirst(wrong.getMessage()));
        }
        SurveyInProgress more = answering.with(answer);
        if (more.next() < survey.questions().size()) {
            return ask(state, survey, more, null);
        }
        // a follow-up is offered only where a later answer can be compared (scored surveys), and only to a mobile
        boolean measuresChange = survey.scoring() != Scoring.NONE;
        if (measuresChange && from.isMobile()) {
            return new Turn(SurveyTexts.followUp(FollowUpDelay.of(responses.followUpAfter()).inEnglish()),
                    state.inSurvey(Step.SURVEY_FOLLOW_UP, more));
        }
        return recording.record(from, state, survey, more, false);
    }

    private Turn followUp(PhoneNumber from, ConversationState state, Survey survey, SurveyInProgress answering,
            String text) {
        if (Keywords.isYes(text)) {
            return recording.record(from, state, survey, answering, true);
        }
        if (Keywords.isNo(text)) {
            return recording.record(from, state, survey, answering, false);
        }
        return new Turn(SurveyTexts.FOLLOW_UP_AGAIN, state);
    }

    private Optional<Question> pending(ConversationState state) {
        SurveyInProgress answering = state.survey();
        if (answering == null) {
            return Optional.empty();
        }
        return definitions.version(answering.surveyId(), answering.version())
                .filter(s -> answering.next() < s.questions().size())
                .map(s -> s.questions().get(answering.next()));
    }

    private static String lowerFirst(@Nullable String message) {
        if (message == null || message.isEmpty()) {
            return "that is not an answer to this question";
        }
        return message.substring(0, 1).toLowerCase(Locale.UK) + message.substring(1);
    }
}
