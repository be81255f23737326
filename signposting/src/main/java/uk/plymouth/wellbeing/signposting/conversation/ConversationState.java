package uk.plymouth.wellbeing.signposting.conversation;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.callback.BestTime;
import uk.plymouth.wellbeing.signposting.crisis.CrisisKind;

/**
 * Where one number's conversation has got to: only what the next reply needs. Its {@link #toString()} leaves out
 * the resident's answers.
 *
 * @param results the last search's results, best first (at most {@link #MAX_RESULTS})
 * @param shown how many of them have been listed so far
 * @param nearHubId the hub nearest a place the resident gave, for a callback
 * @param urgent crisis language was seen: a callback asked for now is urgent
 * @param crisis the kind of danger the crisis language was about (null when not urgent, or from before kinds)
 * @param survey the survey being answered by text, or after {@link Step#EXPIRED} the one that timed out (its id
 *     only); else null
 * @param detailsSent the item whose details were last sent, and the hub they were shown for: what WRONG reports.
 *     Cleared by a new search and once reported
 * @param ringNumber callback dialogue: the number (E.164) offered to ring at {@link Step#RING_NUMBER}, and once the
 *     resident said YES, the number to ring instead of the one they text from; null for that one
 */
record ConversationState(
        Step step,
        List<Result> results,
        int shown,
        @Nullable String nearHubId,
        boolean urgent,
        @Nullable CrisisKind crisis,
        @Nullable String firstName,
        @Nullable String aboutText,
        @Nullable BestTime bestTime,
        @Nullable SurveyInProgress survey,
        @Nullable Result detailsSent,
        @Nullable String ringNumber) {

    static final int MAX_RESULTS = 24;

    /** Where in the conversation the next text is read. */
    enum Step {
        /** No question pending: a text is a search, a number, MORE, CALL... */
        NONE,
        /** Callback dialogue: waiting for a first name or SKIP. */
        NAME,
        /** Callback dialogue: waiting for what it is about. */
        ABOUT,
        /** Callback dialogue: waiting for the best time, 1 to 4. */
        TIME,
        /** Callback dialogue: waiting for YES to the privacy note. */
        CONSENT,
        /** Callback dialogue: waiting for YES or NO to "Shall we ring 01752 668000?". */
        RING_NUMBER,
        /** After "change the time" for an open request: waiting for the new time, 1 to 4. */
        CHANGE_TIME,
        /** Survey: waiting for the number of a survey from the list SURVEY texted. */
        SURVEY_CHOICE,
        /** Survey: waiting for YES to start, after what it is and what happens to the answers. */
        SURVEY_CONSENT,
        /** Survey: waiting for the hub it is about. */
        SURVEY_HUB,
        /** Survey: waiting for the answer to the next question. */
        SURVEY_QUESTION,
        /** Survey: every question answered; waiting for YES or NO to a follow-up text in some weeks. */
        SURVEY_FOLLOW_UP,
        /** The conversation went idle for too long; everything in it was erased. */
        EXPIRED
    }

    /** One search result: the item, the hub it was shown for, and how far that hub was from the place given. */
    record Result(String itemId, String hubId, @Nullable Double distanceKm) {}

    ConversationState {
        results = List.copyOf(results.size() > MAX_RESULTS ? results.subList(0, MAX_RESULTS) : results);
    }

    static ConversationState fresh() {
        return new ConversationState(Step.NONE, List.of(), 0, null, false, null, null, null, null, null, null, null);
    }

    /** What is left of a conversation that went idle too long: the id of a survey it was in the middle of. */
    static ConversationState expired(@Nullable String surveyId) {
        return new ConversationState(Step.EXPIRED, List.of(), 0, null, false, null, null, null, null,
                surveyId == null ? null : SurveyInProgress.timedOut(surveyId), null, null);
    }

    boolean inDialogue() {
        return step == Step.NAME || step == Step.ABOUT || step == Step.TIME || step == Step.CONSENT
                || step == Step.RING_NUMBER;
    }

    boolean inSurvey() {
        return step == Step.SURVEY_CHOICE || step == Step.SURVEY_CONSENT || step == Step.SURVEY_HUB
                || step == Step.SURVEY_QUESTION || step == Step.SURVEY_FOLLOW_UP;
    }

    ConversationState at(Step next) {
        return new ConversationState(next, results, shown, nearHubId, urgent, crisis, firstName, aboutText, bestTime,
                survey, detailsSent, ringNumber);
    }

    ConversationState withResults(List<Result> found, int shownNow, @Nullable String nearHub) {
        return new ConversationState(Step.NONE, found, shownNow, nearHub == null ? nearHubId : nearHub, urgent,
                crisis, null, null, null, null, null, null);
    }

    ConversationState showing(int shownNow) {
        return new ConversationState(step, results, shownNow, nearHubId, urgent, crisis, firstName, aboutText, bestTime,
                survey, detailsSent, ringNumber);
    }

    ConversationState nearHub(@Nullable String hubId) {
        return new ConversationState(step, results, shown, hubId == null ? nearHubId : hubId, urgent, crisis, firstName,
                aboutText, bestTime, survey, detailsSent, ringNumber);
    }

    /** A crisis of this kind was seen: a callback asked for now is urgent. */
    ConversationState markedUrgent(CrisisKind kind) {
        return new ConversationState(step, results, shown, nearHubId, true, kind, firstName, aboutText, bestTime,
                survey, detailsSent, ringNumber);
    }

    ConversationState withFirstName(@Nullable String name) {
        return new ConversationState(step, results, shown, nearHubId, urgent, crisis, name, aboutText, bestTime,
                survey, detailsSent, ringNumber);
    }

    ConversationState withAbout(@Nullable String text) {
        return new ConversationState(step, results, shown, nearHubId, urgent, crisis, firstName, text, bestTime,
                survey, detailsSent, ringNumber);
    }

    ConversationState withBestTime(@Nullable BestTime time) {
        return new ConversationState(step, results, shown, nearHubId, urgent, crisis, firstName, aboutText, time,
                survey, detailsSent, ringNumber);
    }

    /** The number offered, or agreed, to ring (E.164); null for the one they text from. */
    ConversationState withRingNumber(@Nullable String e164) {
        return new ConversationState(step, results, shown, nearHubId, urgent, crisis, firstName, aboutText, bestTime,
                survey, detailsSent, e164);
    }

    /** The dialogue is over (done or abandoned): its answers go, and a crisis is no longer pending. */
    ConversationState dialogueOver() {
        return new ConversationState(Step.NONE, results, shown, nearHubId, false, null, null, null, null, null,
                detailsSent, null);
    }

    /** Answering a survey (or choosing one, with null), at the given step. */
    ConversationState inSurvey(Step next, @Nullable SurveyInProgress answering) {
        return new ConversationState(next, results, shown, nearHubId, urgent, crisis, null, null, null, answering,
                detailsSent, null);
    }

    /** The survey is over (recorded, stopped or interrupted): its answers go. */
    ConversationState surveyOver() {
        return new ConversationState(Step.NONE, results, shown, nearHubId, urgent, crisis, null, null, null, null,
                detailsSent, null);
    }

    /** The details of this result were just sent (or, with null, the item they were about has been reported). */
    ConversationState detailsSent(@Nullable Result sent) {
        return new ConversationState(step, results, shown, nearHubId, urgent, crisis, firstName, aboutText, bestTime,
                survey, sent, ringNumber);
    }

    @Override
    public String toString() {
        return "ConversationState[step=" + step + ", results=" + results.size() + ", shown=" + shown + ", urgent="
                + urgent + ", survey=" + (survey == null ? null : survey.surveyId()) + ", detailsSent="
                + (detailsSent != null) + "]";
    }
}
