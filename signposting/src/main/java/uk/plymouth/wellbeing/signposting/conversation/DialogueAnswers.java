package uk.plymouth.wellbeing.signposting.conversation;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.conversation.CallbackDialogue.Turn;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;

/**
 * A text while a dialogue waits for an answer (the callback questions, a survey) or after the crisis offer, as
 * {@link Conversation} hands it over: keywords mean what they say, plain words for leaving leave
 * ({@link LeavingWords}), a clear new need leaves with its answer ({@link DialogueExits}); anything else is the
 * dialogue's to answer.
 */
@Component
class DialogueAnswers {

    private final CallbackDialogue dialogue;
    private final SurveyDialogue surveys;
    private final SearchReplies searches;
    private final DialogueExits exits;

    DialogueAnswers(CallbackDialogue dialogue, SurveyDialogue surveys, SearchReplies searches, DialogueExits exits) {
        this.dialogue = dialogue;
        this.surveys = surveys;
        this.searches = searches;
        this.exits = exits;
    }

    /**
     * In the callback questions. A keyword means what it says, not an answer ("SURVEY" is not a first name): CALL
     * repeats the question (the call is already being arranged); FIND and words, or SURVEY, leave the questions with
     * nothing booked or kept, and do that. An answer that is not one there but a clear new need ("food bank pl5")
     * leaves them with the answer to it. STOP, HELP and crisis words are read before this.
     */
    Turn inCallback(PhoneNumber from, ConversationState state, String body, @Nullable String word) {
        if (word != null && Keywords.CALL.contains(word)) {
            return dialogue.repeat(state);
        }
        ConversationState over = DialogueExits.callOver(state);
        @Nullable String searchWords = Keywords.searchWords(body);
        if (searchWords != null) {
            return searches.search(over, searchWords).after(ReplyTexts.CALL_NOT_BOOKED);
        }
        Optional<Turn> survey = surveys.startedBy(over, body);
        if (survey.isPresent()) {
            return survey.get().after(ReplyTexts.CALL_NOT_BOOKED);
        }
        Turn answered = dialogue.answer(from, state, body);
        if (!answered.state().equals(state)) {
            return answered;
        }
        return exits.forNeed(over, body, ReplyTexts.CALL_NOT_BOOKED).orElse(answered);
    }

    /**
     * While a survey is being answered: plain words for leaving ("stop this", "i want to stop") leave it with nothing
     * kept; CALL (where the question does not take words) asks for a callback instead; FIND and words, or a clear new
     * need where the answer was not one, search instead; NO where it is not an answer stops it.
     */
    Turn inSurvey(PhoneNumber from, ConversationState state, String body) {
        boolean takesWords = surveys.takesWords(state);
        if (LeavingWords.leaves(body)) {
            return new Turn(DialogueTexts.SURVEY_LEFT, SurveyRecording.over(state));
        }
        if (Keywords.asksForCall(body) && !takesWords) {
            return dialogue.start(state.surveyOver(), body);
        }
        @Nullable String instead = takesWords ? null : Keywords.searchWords(body);
        if (instead != null) {
            return searches.search(SurveyRecording.over(state), instead).after(ReplyTexts.SURVEY_STOPPED);
        }
        Turn answered = surveys.answer(from, state, body);
        if (!answered.state().equals(state) || takesWords) {
            return answered;
        }
        if (Keywords.isNo(body)) {
            return new Turn(DialogueTexts.SURVEY_LEFT, SurveyRecording.over(state));
        }
        return exits.forNeed(SurveyRecording.over(state), body, ReplyTexts.SURVEY_STOPPED).orElse(answered);
    }

    /**
     * After the crisis offer ("Reply CALL and we will ring you"): CALL, "yes", "ok", "please" start the urgent call
     * (with a number to ring, if the text gave one); "no thanks" or "never mind" is answered kindly. Else empty.
     */
    Optional<Turn> afterCrisisOffer(ConversationState state, String body) {
        if (!state.urgent()) {
            return Optional.empty();
        }
        if (CrisisReplies.acceptsOffer(body)) {
            return Optional.of(dialogue.start(state, body));
        }
        boolean declines = Keywords.isNo(body) || LeavingWords.leaves(body);
        return declines ? Optional.of(new Turn(DialogueTexts.OFFER_DECLINED, state)) : Optional.empty();
    }
}
