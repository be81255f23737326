package uk.plymouth.wellbeing.signposting.conversation;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.callback.CallbackBookkeeping;
import uk.plymouth.wellbeing.signposting.messaging.OptOuts;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;

/**
 * Opting out and back in by text, read before anything but crisis words ({@link Conversation}): a carrier's opt-out
 * word or plain words ("please stop texting me", "wrong number") opt the number out of every text and end any
 * dialogue, with one confirmation; START (or YES from a number that opted out) lifts it; while opted out, silence.
 * "wrong number" alone from someone who was just sent a listing's details is about that listing's number, not an
 * opt-out ({@link ProblemReplies}).
 */
@Component
class OptOutReplies {

    private static final Logger log = LoggerFactory.getLogger(OptOutReplies.class);

    private final OptOuts optOuts;
    private final ConversationStore store;
    private final ModelReplies model;
    private final CallbackBookkeeping callbacks;

    OptOutReplies(OptOuts optOuts, ConversationStore store, ModelReplies model, CallbackBookkeeping callbacks) {
        this.optOuts = optOuts;
        this.store = store;
        this.model = model;
        this.callbacks = callbacks;
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
        if (Keywords.asksToStopTexts(body) && !aboutListingJustSent(from, body)) {
            return Optional.of(optOut(from, "plain words"));
        }
        return Optional.empty();
    }

    private boolean aboutListingJustSent(PhoneNumber from, String body) {
        return ProblemWords.isWrongNumberAlone(body) && store.current(from).detailsSent() != null;
    }

    private ConversationReply optOut(PhoneNumber from, String how) {
        boolean inSurvey = store.find(from).map(ConversationState::inSurvey).orElse(false);
        store.forget(from);
        model.forget(from);
        if (!optOuts.optOut(from, how)) {
            return ConversationReply.silence();
        }
        callbacks.stopTexts(from);
        return ConversationReply.of(inSurvey ? ReplyTexts.SURVEY_STOPPED + " " + ReplyTexts.OPTED_OUT
                : ReplyTexts.OPTED_OUT);
    }
}
