package uk.plymouth.wellbeing.signposting.conversation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.callback.BestTime;
import uk.plymouth.wellbeing.signposting.callback.ResidentRequests;
import uk.plymouth.wellbeing.signposting.callback.ResidentRequests.OwnRequest;
import uk.plymouth.wellbeing.signposting.conversation.CallbackDialogue.Turn;
import uk.plymouth.wellbeing.signposting.conversation.ConversationState.Step;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;

/**
 * A resident changing their own open callback request by text, outside the callback questions: "cancel my callback",
 * "cancel PLY-4K7Q", "change the time" (then 1 to 4), "ring me in the evening instead", "ring me on 01752 668000
 * instead". It acts on the request named by its reference when that is one of this number's open requests, else on
 * the newest open request from this number; it never starts a new booking. Staff see each change on the request
 * ({@link ResidentRequests}).
 */
@Component
class OwnRequestByText {

    private static final Pattern REFERENCE = Pattern.compile("(?i)\\bply[\\s-]?[a-z0-9]{4}\\b");
    private static final Pattern CANCEL = Pattern.compile("^(please |pls |can you |could you |can i |i want to |"
            + "i would like to |id like to |i need to |just |ok |yes )*(cancel|cancell?ed)( (my|the|that|this|it|me"
            + "|your))?( (call ?back|call|request|booking|appointment|phone call|ring ?back|ply ?\\w{4}))?"
            + "( (request|for me|please|pls|thanks|thank you|now|x))*$");
    private static final Pattern NO_LONGER = Pattern.compile("\\b((dont|do not|no longer) need (the|a|my|that)"
            + " (call|callback|call back|ring ?back)|no need to (call|ring) me|(dont|do not) (call|ring) me"
            + " (any ?more|after all|now))\\b");
    private static final Pattern CHANGE_TIME = Pattern.compile("\\b((change|move) (the |my )?(call ?back |call )?"
            + "(time|day)|(ring|call) me (in the |this |tomorrow |on )?"
            + "(morning|afternoon|evening|any ?time|tonight)s? instead|(morning|afternoon|evening)s? (would be|is|are)"
            + " better)\\b");
    /** Words that make a text about a callback request even when there is none to change. */
    private static final Pattern ABOUT_A_REQUEST = Pattern.compile("\\b(call|callback|call back|ring|ring back"
            + "|request|booking|appointment|ply)\\b");
    private static final Pattern CHANGE_NUMBER = Pattern.compile("\\b(instead|change|new|different|other|another"
            + "|ring|call|phone|number|try)\\b");

    private final ResidentRequests requests;

    OwnRequestByText(ResidentRequests requests) {
        this.requests = requests;
    }

    /** The reply when the text changes their own request (or answers "when would be better?"); else empty. */
    Optional<Turn> answer(PhoneNumber from, ConversationState state, String text) {
        if (state.step() == Step.CHANGE_TIME) {
            Optional<BestTime> time = BestTimeWords.read(text);
            if (time.isPresent()) {
                return Optional.of(changeTime(from, state.at(Step.NONE), text, time.get(), null));
            }
            state = state.at(Step.NONE);
        }
        String words = Keywords.tidy(text);
        @Nullable String reference = reference(text);
        String withoutReference = reference == null ? words : Keywords.tidy(REFERENCE.matcher(text).replaceAll(" "));
        boolean cancels = CANCEL.matcher(withoutReference).matches() || NO_LONGER.matcher(words).find();
        boolean changesTime = !cancels && CHANGE_TIME.matcher(words).find();
        if (text.length() > 160 || !cancels && !changesTime) {
            return numberChange(from, state, text, words, reference);
        }
        Optional<OwnRequest> own = requests.openFrom(from, reference);
        if (own.isEmpty()) {
            boolean aboutOne = reference != null || ABOUT_A_REQUEST.matcher(words).find();
            return aboutOne ? Optional.of(new Turn(reference == null ? DialogueTexts.NO_OPEN_REQUEST
                    : DialogueTexts.NOT_YOURS, state)) : Optional.empty();
        }
        if (cancels) {
            return Optional.of(requests.cancel(own.get().id(), text)
                    ? new Turn(DialogueTexts.cancelled(own.get().reference()), state)
                    : new Turn(DialogueTexts.ALREADY_CLOSED, state));
        }
        Optional<BestTime> time = BestTimeWords.mentioned(text);
        return Optional.of(time.isPresent() ? changeTime(from, state, text, time.get(), reference)
                : new Turn(DialogueTexts.askNewTime(own.get().reference()), state.at(Step.CHANGE_TIME)));
    }

    private Optional<Turn> numberChange(PhoneNumber from, ConversationState state, String text, String words,
            @Nullable String reference) {
        Optional<PhoneNumber> number = NumberToRing.in(text);
        if (number.isPresent() && CHANGE_NUMBER.matcher(words).find()) {
            Optional<OwnRequest> own = requests.openFrom(from, reference);
            // with no open request, a number to ring is a new request ("call me on 01752 668000"): not ours
            return own.map(request -> requests.ringOn(request.id(), number.get(), text)
                    ? new Turn(DialogueTexts.numberChanged(request.reference(), number.get()), state)
                    : new Turn(DialogueTexts.ALREADY_CLOSED, state));
        }
        return Optional.empty();
    }

    private Turn changeTime(PhoneNumber from, ConversationState state, String text, BestTime time,
            @Nullable String reference) {
        Optional<OwnRequest> own = requests.openFrom(from, reference);
        if (own.isEmpty()) {
            return new Turn(reference == null ? DialogueTexts.NO_OPEN_REQUEST : DialogueTexts.NOT_YOURS, state);
        }
        return requests.changeBestTime(own.get().id(), time, text)
                ? new Turn(DialogueTexts.timeChanged(own.get().reference(), time.inWords()), state)
                : new Turn(DialogueTexts.ALREADY_CLOSED, state);
    }

    private static @Nullable String reference(String text) {
        Matcher found = REFERENCE.matcher(text);
        return found.find() ? found.group() : null;
    }
}
