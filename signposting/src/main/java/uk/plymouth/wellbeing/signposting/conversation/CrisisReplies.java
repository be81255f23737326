package uk.plymouth.wellbeing.signposting.conversation;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.callback.CallbackTexts;
import uk.plymouth.wellbeing.signposting.conversation.CallbackDialogue.Turn;
import uk.plymouth.wellbeing.signposting.conversation.ConversationState.Step;
import uk.plymouth.wellbeing.signposting.crisis.CrisisAssessment;
import uk.plymouth.wellbeing.signposting.crisis.CrisisAssessment.Level;
import uk.plymouth.wellbeing.signposting.crisis.CrisisKind;
import uk.plymouth.wellbeing.signposting.crisis.CrisisLines;
import uk.plymouth.wellbeing.signposting.messaging.OptOuts;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;

/**
 * How a text that may mean a crisis is answered ({@link Conversation} asks before anything else): the lines for its
 * kind of danger first ({@link CrisisLines}: 999 first for danger now, an overdose or a medical emergency, Samaritans
 * for suicidal thoughts, the abuse helpline for abuse...), in the text's language, then what else was asked. Sure and
 * asking nothing else: an offer of an urgent call. Sure and asking something else: the answer to that. Unsure: the
 * usual answer too, as it may be an ordinary request after all. Either way a CALL now is urgent and keeps the kind.
 * A number that opted out still gets the lines, and nothing else.
 */
@Component
class CrisisReplies {

    private static final Logger log = LoggerFactory.getLogger(CrisisReplies.class);
    private static final java.util.regex.Pattern ACCEPTS = java.util.regex.Pattern.compile("^(yes |yeah |yep |ok |"
            + "okay |sure |alright |go on |oh )*(please|pls|plz|yes|yeah|ok|okay|go on|go ahead|alright|sure|do it)"
            + "( (please|pls|then|thanks|thank you|call|ring|me|x|now|asap))*$");

    private final CrisisLines lines;
    private final OptOuts optOuts;
    private final ConversationStore store;
    private final SearchReplies searches;
    private final CallbackDialogue dialogue;
    private final CallbackTexts staffTexts;

    CrisisReplies(CrisisLines lines, OptOuts optOuts, ConversationStore store, SearchReplies searches,
            CallbackDialogue dialogue, CallbackTexts staffTexts) {
        this.lines = lines;
        this.optOuts = optOuts;
        this.store = store;
        this.searches = searches;
        this.dialogue = dialogue;
        this.staffTexts = staffTexts;
    }

    /**
     * The reply to words that may mean a crisis.
     *
     * @param usual the reply the text would get if it were not a crisis (asked only when unsure)
     */
    ConversationReply reply(PhoneNumber from, String body, CrisisAssessment crisis, Supplier<ConversationReply> usual) {
        CrisisKind kind = Objects.requireNonNull(crisis.kind());
        String first = lines.text(kind, crisis.language());
        if (crisis.level() == Level.CLEAR) {
            staffTexts.awaitingReplyFrom(from).ifPresent(request -> staffTexts.residentReplied(request, body));
        }
        if (optOuts.isOptedOut(from)) {
            log.info("Crisis lines ({}) sent by text (opted out of other texts)", kind.id());
            return ConversationReply.crisis(lines.optedOut(kind, crisis.language()));
        }
        String offer = lines.offer(crisis.language());
        if (crisis.level() == Level.POSSIBLE) {
            ConversationReply answer = usual.get();
            store.find(from).filter(state -> state.step() != Step.EXPIRED)
                    .ifPresent(state -> store.save(from, state.markedUrgent(kind)));
            log.info("Crisis lines ({}, unsure) sent by text before the usual answer", kind.id());
            return ConversationReply.crisis(first, answer.messages().equals(List.of(
                    ReplyTexts.NOTHING_FOUND)) ? List.of(offer) : answer.messages());
        }
        ConversationState before = store.current(from);
        // a survey is no place for someone who may be in danger: it ends, and a CALL now is urgent
        ConversationState state = (before.inSurvey() ? SurveyRecording.over(before) : before).markedUrgent(kind);
        if (state.inDialogue()) {
            Turn urgent = dialogue.start(state);
            store.save(from, urgent.state());
            log.info("Crisis lines ({}) sent by text, urgent callback asked", kind.id());
            return ConversationReply.crisis(first, urgent.text());
        }
        if (!crisis.alone()) {
            Turn asked = searches.search(state, crisis.otherWords());
            if (!asked.text().equals(ReplyTexts.NOTHING_FOUND) && !asked.text().equals(ReplyTexts.NOT_UNDERSTOOD)) {
                store.save(from, asked.state());
                log.info("Crisis lines ({}) sent by text, then what else they asked", kind.id());
                return ConversationReply.crisis(first, List.of(asked.messages()));
            }
        }
        store.save(from, state);
        log.info("Crisis lines ({}) sent by text, urgent callback offered", kind.id());
        return ConversationReply.crisis(first, offer);
    }

    /**
     * Whether a reply to the offer of an urgent call ("Reply CALL and we will ring you") accepts it: CALL or "call me",
     * and "yes", "ok", "please", "yes please", "ok call me", "yes ring me".
     */
    static boolean acceptsOffer(String text) {
        return Keywords.asksForCall(text) || Keywords.isYes(text)
                || text.length() <= 60 && ACCEPTS.matcher(Keywords.tidy(text)).matches();
    }

    /** The lines alone: when anything else failed, they still go. */
    ConversationReply linesAlone(CrisisAssessment crisis) {
        return ConversationReply.crisis(lines.text(Objects.requireNonNull(crisis.kind()), crisis.language()));
    }
}
