package uk.plymouth.wellbeing.signposting.conversation;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;
import uk.plymouth.wellbeing.signposting.callback.CallbackTexts;
import uk.plymouth.wellbeing.signposting.conversation.CallbackDialogue.Turn;
import uk.plymouth.wellbeing.signposting.conversation.ConversationState.Step;
import uk.plymouth.wellbeing.signposting.crisis.CrisisAssessment;
import uk.plymouth.wellbeing.signposting.crisis.CrisisAssessment.Level;
import uk.plymouth.wellbeing.signposting.crisis.CrisisCheck;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;

/**
 * Answers a resident's text, whatever channel it came by: search, details, a callback request, help, opt-out and
 * opt-in, crisis lines first. State per phone number lives in the database and expires after
 * {@code hub.conversation.idle-expiry} (30 minutes) idle.
 *
 * <p>In this order:
 * <ol>
 *   <li><b>Crisis language</b> ({@link CrisisCheck}: the rules of every language, then meaning) comes before
 *       anything else: the lines for its kind of danger ({@link CrisisReplies}: 999 first for danger now, an overdose
 *       or a medical emergency, Samaritans for suicidal thoughts, the abuse helpline for abuse...), in the language
 *       the text is in. Then: when the check is sure and the text asks nothing else, an offer of an urgent callback;
 *       when it is sure and asks something else ("he hits me, need a food bank"), the answer to that; when unsure,
 *       the usual answer to the whole text. A CALL within the idle time asks only for consent and puts the request
 *       at the top of the queue. <b>Even a number that opted out gets the crisis lines</b>. A crisis text that
 *       answers a staff text is also put on that request: they told us not to text them, but a message that may
 *       mean a life is at risk outweighs that, and the reply goes only in answer to what they sent. (The carrier
 *       may still block it if they opted out with the carrier.) A survey being answered ends there.
 *   <li>{@link OptOutReplies}: <b>opt-out</b>: a single-word STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT, REVOKE
 *       or OPTOUT (any case, punctuation around it, as carriers read them; CANCEL too, even in the callback
 *       dialogue) or plain words ("please stop texting me") opt the number out and end any dialogue, saying plainly
 *       that no more texts will come and that START undoes it. One confirmation, only
 *       when newly opted out; a repeat gets silence. <b>Opt-in</b>: START, UNSTOP, or YES from a number that opted
 *       out, lifts it and confirms. While opted out, <b>silence</b> for everything else.
 *   <li>HELP or INFO; an answer in the callback dialogue; SURVEY or a survey's keyword, and the answers to a survey
 *       ({@link SurveyDialogue}), where plain words ("stop this", "never mind") leave the dialogue without opting out
 *       and a clear new need ("food bank pl5") leaves it with its answer ({@link DialogueAnswers}); a change to their
 *       own open callback request ({@link OwnRequestByText}: "cancel my callback", "change the time", "ring me on
 *       01752 668000 instead"); FIND (or SEARCH) and words, always a search; WRONG ("that's wrong", "it was
 *       closed": {@link ProblemWords}) after an item's details were sent: a report about it
 *       ({@link ProblemReplies}); a reply to a staff text ({@link CallbackTexts#awaitingReplyFrom}: staff texted
 *       this number from a callback request in the last days): passed to those staff on the request, whatever it
 *       says, with a short acknowledgement; CALL ("call me", "can someone ring me"; after the crisis offer "yes",
 *       "ok" or "please" too), a UK number in the text offered as the number to ring; WRONG with no details sent
 *       lately: which one, or how; after a list ({@link ListFollowUps}): MORE, a number, an ordinal ("the 2nd
 *       one") or a listed name ("and the food bank?") for that item's details, "go back", "something else"; a
 *       greeting ("hi") or thanks ("thank you x") gets a short friendly answer; a question about a hub itself ("is
 *       plympton open on sunday", "where is that": {@link HubDetailsReply}); a question about the item just
 *       described ("is it free", "can i just turn up": {@link ListFollowUps}); then the language model, when one is
 *       configured ({@link ModelReplies}: its reply only if it passed every check); then meaning
 *       ({@link MeaningIntents}: "could you ring me back", "how does this work"); anything else is searched. What
 *       cannot be understood gets a short reply with the
 *       commands.
 * </ol>
 * Never throws, and never logs what was written or the full number.
 */
@Service
public class Conversation {

    private static final Logger log = LoggerFactory.getLogger(Conversation.class);

    private final CrisisCheck crisisCheck;
    private final CrisisReplies crisisReplies;
    private final OptOutReplies optOuts;
    private final ConversationStore store;
    private final SearchReplies searches;
    private final HelpReply help;
    private final CallbackDialogue dialogue;
    private final ProblemReplies problems;
    private final CallbackTexts staffTexts;
    private final SurveyDialogue surveys;
    private final MeaningIntents intents;
    private final ModelReplies model;
    private final OneTextAtATime oneAtATime;
    private final ListFollowUps followUps;
    private final TextingLanguage languages;
    private final HubDetailsReply hubDetails;
    private final DialogueAnswers dialogues;
    private final OwnRequestByText ownRequests;

    Conversation(CrisisCheck crisisCheck, CrisisReplies crisisReplies, OptOutReplies optOuts,
            ConversationStore store, SearchReplies searches, HelpReply help,
            CallbackDialogue dialogue, ProblemReplies problems, CallbackTexts staffTexts, SurveyDialogue surveys,
            MeaningIntents intents, ModelReplies model, OneTextAtATime oneAtATime, ListFollowUps followUps,
            TextingLanguage languages, HubDetailsReply hubDetails, DialogueAnswers dialogues,
            OwnRequestByText ownRequests) {
        this.crisisCheck = crisisCheck;
        this.crisisReplies = crisisReplies;
        this.optOuts = optOuts;
        this.store = store;
        this.searches = searches;
        this.help = help;
        this.dialogue = dialogue;
        this.problems = problems;
        this.staffTexts = staffTexts;
        this.surveys = surveys;
        this.intents = intents;
        this.model = model;
        this.oneAtATime = oneAtATime;
        this.followUps = followUps;
        this.languages = languages;
        this.hubDetails = hubDetails;
        this.dialogues = dialogues;
        this.ownRequests = ownRequests;
    }

    /**
     * The reply to one text; never throws for anything the resident wrote. A crisis gets its lines whatever fails.
     *
     * @throws DataAccessException when the database fails (so the text can be answered later, not lost)
     * @throws TransactionException likewise
     */
    public ConversationReply reply(IncomingText text) {
        // declared non-null, but a channel's bug must not stop the crisis check or the reply
        String body = Objects.requireNonNullElse(text.body(), "");
        CrisisAssessment crisis = crisisCheck.assess(body);
        // "don't text me any more" is close in meaning to despair, but it is an opt-out: only a phrase overrides it
        boolean answersCrisis = crisis.level() == Level.CLEAR
                || crisis.level() == Level.POSSIBLE && !Keywords.asksToStopTexts(body);
        try {
            return oneAtATime.answer(text.from(), () -> answersCrisis
                    ? crisisReplies.reply(text.from(), body, crisis, () -> answer(text.from(), body))
                    : answer(text.from(), body));
        } catch (DataAccessException | TransactionException infrastructure) {
            if (answersCrisis) {
                return crisisReplies.linesAlone(crisis);
            }
            // the inbox answers "we will reply shortly" and tries again later; the text is not lost
            throw infrastructure;
        } catch (RuntimeException failed) {
            // the exception may quote the text or the number: log where it failed, not what it said
            StackTraceElement[] trace = failed.getStackTrace();
            log.error("Answering a text from {} failed: {} at {}", text.from().masked(), failed.getClass().getName(),
                    trace.length > 0 ? trace[0] : "?");
            return answersCrisis ? crisisReplies.linesAlone(crisis) : ConversationReply.of(ReplyTexts.SOMETHING_WRONG);
        }
    }

    private ConversationReply answer(PhoneNumber from, String text) {
        TextingLanguage.Reading reading = languages.read(from, text);
        return languages.replied(from, reading, answerIn(from, reading.body()));
    }

    private ConversationReply answerIn(PhoneNumber from, String body) {
        @Nullable String word = Keywords.oneWord(body);
        Optional<ConversationReply> optingOut = optOuts.answer(from, body, word);
        if (optingOut.isPresent()) {
            return optingOut.get();
        }
        Optional<ConversationState> stored = store.find(from);
        boolean expired = stored.map(state -> state.step() == Step.EXPIRED).orElse(false);
        ConversationState state = stored.filter(s -> s.step() != Step.EXPIRED).orElseGet(ConversationState::fresh);
        @Nullable String timedOutSurvey = stored.filter(s -> s.step() == Step.EXPIRED)
                .map(ConversationState::survey).map(SurveyInProgress::surveyId).orElse(null);
        Turn turn = next(from, state, expired, timedOutSurvey, body, word);
        store.save(from, turn.state());
        return ConversationReply.of(turn.messages());
    }

    private Turn next(PhoneNumber from, ConversationState state, boolean expired, @Nullable String timedOutSurvey,
            String body, @Nullable String word) {
        if (word != null && Keywords.HELP.contains(word)) {
            return new Turn(help.text(state.nearHubId()), state);
        }
        if (state.inDialogue()) {
            return dialogues.inCallback(from, state, body, word);
        }
        Optional<Turn> survey = state.inSurvey() && surveys.takesWords(state) ? Optional.empty()
                : surveys.startedBy(state, body);
        if (survey.isPresent()) {
            return survey.get();
        }
        if (state.inSurvey()) {
            return dialogues.inSurvey(from, state, body);
        }
        Optional<Turn> ownRequest = ownRequests.answer(from, state, body);
        if (ownRequest.isPresent()) {
            return ownRequest.get();
        }
        // "change the time" asked when; anything but a time is read as usual
        state = state.step() == Step.CHANGE_TIME ? state.at(Step.NONE) : state;
        if (timedOutSurvey != null && (word != null || Keywords.number(body).isPresent())) {
            return surveys.timedOut(state, timedOutSurvey);
        }
        @Nullable String searchWords = Keywords.searchWords(body);
        if (searchWords != null) {
            return searches.search(state, searchWords);
        }
        @Nullable ProblemWords problem = ProblemWords.read(body);
        if (problem != null && state.detailsSent() != null) {
            return problems.report(from, state, problem);
        }
        boolean asksForCall = Keywords.asksForCall(body);
        // the crisis offer said "reply CALL" ("yes", "ok", "please" too): that comes first, even to a staff text
        Optional<Turn> offer = dialogues.afterCrisisOffer(state, body);
        if (offer.isPresent()) {
            return offer.get();
        }
        Optional<UUID> staffWaiting = staffTexts.awaitingReplyFrom(from);
        if (staffWaiting.isPresent() && staffTexts.residentReplied(staffWaiting.get(), body)) {
            return new Turn(ReplyTexts.PASSED_TO_STAFF, state);
        }
        if (asksForCall) {
            return dialogue.start(state, body);
        }
        if (problem != null) {
            return problems.whichOne(state);
        }
        ConversationState now = state;
        Optional<Turn> followUp = followUps.pick(now, body, word, expired)
                .or(() -> Keywords.isGreeting(body) ? Optional.of(new Turn(ReplyTexts.GREETING, now))
                        : Keywords.isThanks(body) ? Optional.of(new Turn(ReplyTexts.THANKS, now)) : Optional.empty())
                .or(() -> hubDetails.answer(now, body))
                .or(() -> followUps.aboutItem(now, body, expired))
                .or(() -> model.reply(from, now, body));
        if (followUp.isPresent()) {
            return followUp.get();
        }
        Optional<MeaningIntents.Intent> meant = intents.of(body);
        if (meant.isPresent()) {
            return meant(state, meant.get());
        }
        return searches.search(state, body);
    }

    /** What a text clearly meant, though no keyword or rule said so ("could you ring me back"). */
    private Turn meant(ConversationState state, MeaningIntents.Intent intent) {
        switch (intent) {
            case CALLBACK:
                return dialogue.start(state);
            case HELP:
                return new Turn(help.text(state.nearHubId()), state);
            case SURVEY:
                return surveys.list(state);
            case GREETING:
                return new Turn(ReplyTexts.GREETING, state);
            default:
                return new Turn(ReplyTexts.THANKS, state);
        }
    }
}
