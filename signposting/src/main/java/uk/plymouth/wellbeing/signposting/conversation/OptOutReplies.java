package uk.plymouth.wellbeing.signposting.conversation;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.callback.CallbackBookkeeping;
import uk.plymouth.wellbeing.signposting.callback.ResidentRequests;
import uk.plymouth.wellbeing.signposting.messaging.OptOuts;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;

/**
 * Opting out and back in by text, read before anything but crisis words ({@link Conversation}): a carrier's opt-out
 * word or plain words ("please stop texting me", "wrong number") opt the number out of every text and end any
 * dialogue, with one confirmation that says plainly no more texts will come and how to undo it (START); START (or YES
 * from a number that opted out) lifts it; while opted out, silence. A carrier's word alone (CANCEL, QUIT...) is always
 * an opt-out, as the carrier takes it; the same word with only politeness ("cancel please", "quit it") in a dialogue,
 * or from someone with an open callback request, means that dialogue or request instead ({@link LeavingWords},
 * {@link OwnRequestByText}). "wrong number" alone from someone who was just sent a listing's details is about that
 * listing's number, not an opt-out ({@link ProblemReplies}).
 */
@Component
class OptOutReplies {

    private static final Logger log = LoggerFactory.getLogger(OptOutReplies.class);
    /** Carrier words that, said politely, usually mean the thing in hand rather than every text. */
    private static final Pattern SOFT = Pattern.compile("\\b(cancel|quit|end)\\b");

    private final OptOuts optOuts;
    private final ConversationStore store;
    private final ModelReplies model;
    private final CallbackBookkeeping callbacks;
    private final ResidentRequests requests;

    OptOutReplies(OptOuts optOuts, ConversationStore store, ModelReplies model, CallbackBookkeeping callbacks,
            ResidentRequests requests) {
        this.optOuts = optOuts;
        this.store = store;
        this.model = model;
        this.callbacks = callbacks;
        this.requests = requests;
    }

    /** The reply when the text opts out or in, or the number opted out (silence); else empty: answer it. */
    Optional<ConversationReply> answer(PhoneNumber from, String body, @Nullable String word) {
        if (word != null && Keywords.OPT_OUT.contains(word)) {
            return Optional.of(optOut(from, word));
        }
        boolean optedOut = optOuts.isOptedOut(from);
        if (word != null && Keywords.OPT_IN.contains(word) && (optedOut || !word.equals("YES"))
                || optedOut && Keywords.asksToStartTexts(body)) {
            boolean lifted = optOuts.optIn(from);
            log.info("{} texted {}", from.masked(), word != null ? word : "plain words to opt in");
            return Optional.of(ConversationReply.of(lifted ? ReplyTexts.OPTED_IN : ReplyTexts.ALREADY_IN));
        }
        if (optedOut) {
            return Optional.of(ConversationReply.silence());
        }
        if (Keywords.asksToStopTexts(body) && !aboutListingJustSent(from, body) && !meansTheThingInHand(from, body)) {
            return Optional.of(optOut(from, "plain words"));
        }
        return Optional.empty();
    }

    private boolean aboutListingJustSent(PhoneNumber from, String body) {
        return ProblemWords.isWrongNumberAlone(body) && store.current(from).detailsSent() != null;
    }

    /** "cancel please" in a dialogue or with a callback request open: not the carrier's word alone. */
    private boolean meansTheThingInHand(PhoneNumber from, String body) {
        if (!Keywords.isPoliteOptOut(body) || !SOFT.matcher(Keywords.tidy(body)).find()) {
            return false;
        }
        ConversationState state = store.current(from);
        return state.inDialogue() || state.inSurvey() || state.urgent()
                || requests.openFrom(from, null).isPresent();
    }

    private ConversationReply optOut(PhoneNumber from, String how) {
        ConversationState state = store.find(from).orElseGet(ConversationState::fresh);
        store.forget(from);
        model.forget(from);
        if (!optOuts.optOut(from, how)) {
            return ConversationReply.silence();
        }
        callbacks.stopTexts(from);
        @Nullable String note = state.inSurvey() ? ReplyTexts.SURVEY_STOPPED
                : state.inDialogue() ? "No call booked: we kept nothing." : null;
        if (note == null) {
            return ConversationReply.of(ReplyTexts.OPTED_OUT);
        }
        // the resident may have meant only the questions: say plainly what the word did, and how to undo it
        return ConversationReply.of(DialogueTexts.optedOutIn(note, how.equals("plain words") ? null : how));
    }
}
