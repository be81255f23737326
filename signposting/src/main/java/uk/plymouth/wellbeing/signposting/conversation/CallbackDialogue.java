package uk.plymouth.wellbeing.signposting.conversation;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.callback.BestTime;
import uk.plymouth.wellbeing.signposting.callback.CallbackProperties;
import uk.plymouth.wellbeing.signposting.callback.CallbackQueue;
import uk.plymouth.wellbeing.signposting.conversation.ConversationState.Step;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;

/**
 * "CALL" by text: first name (or SKIP), what it is about, best time (1 to 4), then YES to the privacy note, and the
 * request goes in the callback queue ({@link CallbackBooking}). After crisis language the dialogue is only the consent
 * question, and the request goes in urgent. Each answer is checked for sense ({@link NameAnswer}): a greeting or
 * "ok" is not a name, a name alone is not what it is about. A UK number written anywhere, first text included ("call
 * me on my home phone 01752 668000"), is offered as the number to ring. BACK goes back a question; NO or plain words
 * ({@link LeavingWords}) stop asking; CANCEL alone is a carrier's opt-out word, so the prompts never offer it.
 */
@Component
class CallbackDialogue {

    static final String URGENT_ABOUT = CallbackBooking.URGENT_ABOUT;

    private final CallbackProperties callbackProperties;
    private final HubChoice hubs;
    private final CallbackBooking booking;

    CallbackDialogue(CallbackProperties callbackProperties, HubChoice hubs, CallbackBooking booking) {
        this.callbackProperties = callbackProperties;
        this.hubs = hubs;
        this.booking = booking;
    }

    /**
     * What a reply holds: the text, any further messages after it, and the state to keep.
     *
     * @param more messages sent after {@code text}, in order (a survey's introduction and its consent, say)
     */
    record Turn(String text, ConversationState state, List<String> more) {

        Turn {
            more = List.copyOf(more);
        }

        Turn(String text, ConversationState state) {
            this(text, state, List.of());
        }

        /** This turn with a message before its own (why it came, e.g. "we have not booked a call"). */
        Turn after(String note) {
            List<String> then = new java.util.ArrayList<>();
            then.add(text);
            then.addAll(more);
            return new Turn(note, state, then);
        }

        /** Every message, in order. */
        String[] messages() {
            String[] all = new String[1 + more.size()];
            all[0] = text;
            for (int i = 0; i < more.size(); i++) {
                all[i + 1] = more.get(i);
            }
            return all;
        }
    }

    Turn start(ConversationState state) {
        return start(state, "");
    }

    /** CALL, perhaps with a number to ring in the same text: that number is offered first. */
    Turn start(ConversationState state, String text) {
        ConversationState fresh = state.withFirstName(null).withAbout(null).withBestTime(null).withRingNumber(null);
        Optional<PhoneNumber> number = NumberToRing.in(text);
        return number.isPresent() ? offer(fresh, number.get(), DialogueTexts.CAN_RING) : next(fresh, "");
    }

    /** The answer to the question pending in {@code state}. */
    Turn answer(PhoneNumber from, ConversationState state, String text) {
        if (state.step() == Step.RING_NUMBER) {
            return ringNumber(state, text);
        }
        if (Keywords.isNo(text)) {
            return new Turn(ReplyTexts.DIALOGUE_STOPPED, state.dialogueOver());
        }
        if (LeavingWords.leaves(text)) {
            return new Turn(DialogueTexts.CALL_LEFT, state.dialogueOver());
        }
        Optional<PhoneNumber> number = NumberToRing.in(text)
                .filter(n -> !n.equals(from) && !n.e164().equals(state.ringNumber()));
        if (number.isPresent()) {
            String rest = NumberToRing.without(text);
            boolean about = state.step() == Step.ABOUT && !NameAnswer.saysNothingAbout(rest, state.firstName());
            return offer(about ? state.withAbout(limited(rest)) : state, number.get(), "");
        }
        boolean back = "BACK".equals(Keywords.oneWord(text));
        switch (state.step()) {
            case NAME:
                return back ? new Turn(ReplyTexts.ASK_NAME, state) : name(state, text);
            case ABOUT:
                return back ? new Turn(ReplyTexts.ASK_NAME, state.at(Step.NAME)) : about(state, text);
            case TIME:
                return back ? new Turn(ReplyTexts.askAbout(state.firstName()), state.at(Step.ABOUT))
                        : time(state, text);
            case CONSENT:
                if (back && !state.urgent()) {
                    return new Turn(ReplyTexts.ASK_TIME, state.at(Step.TIME));
                }
                return Keywords.isYes(text) ? booking.book(from, state)
                        : new Turn(ReplyTexts.askConsentAgain(state.urgent()), state);
            default:
                return start(state);
        }
    }

    /** CALL while the questions are being asked: the call is already being arranged, so the question again. */
    Turn repeat(ConversationState state) {
        String question = state.step() == Step.RING_NUMBER && state.ringNumber() != null
                ? DialogueTexts.ringAgain(new PhoneNumber(state.ringNumber())) : question(state);
        return new Turn(ReplyTexts.ALREADY_ARRANGING, state, List.of(question));
    }

    private String question(ConversationState state) {
        return switch (state.step()) {
            case ABOUT -> ReplyTexts.askAbout(state.firstName());
            case TIME -> ReplyTexts.ASK_TIME;
            case CONSENT -> state.urgent() ? ReplyTexts.ASK_URGENT_CONSENT
                    : ReplyTexts.askConsent(callbackProperties.retention().toDays());
            default -> ReplyTexts.ASK_NAME;
        };
    }

    private static Turn offer(ConversationState state, PhoneNumber number, String before) {
        return new Turn(DialogueTexts.ringOffer(before, number), state.withRingNumber(number.e164())
                .at(Step.RING_NUMBER));
    }

    /** YES or NO to the number offered; then the next question not yet answered. */
    private Turn ringNumber(ConversationState state, String text) {
        @Nullable String offered = state.ringNumber();
        if (offered == null || Keywords.isNo(text)) {
            return next(state.withRingNumber(null), DialogueTexts.RINGING_THIS);
        }
        if (Keywords.isYes(text)) {
            return next(state, DialogueTexts.ringing(new PhoneNumber(offered)));
        }
        if (LeavingWords.leaves(text)) {
            return new Turn(DialogueTexts.CALL_LEFT, state.dialogueOver());
        }
        return new Turn(DialogueTexts.ringAgain(new PhoneNumber(offered)), state);
    }

    /** The first question not yet answered, after {@code before} (if any). */
    private Turn next(ConversationState state, String before) {
        Step step = state.urgent() || state.bestTime() != null ? Step.CONSENT
                : state.aboutText() != null ? Step.TIME : state.firstName() != null ? Step.ABOUT : Step.NAME;
        ConversationState at = state.at(step);
        return new Turn(ReplyTexts.fit((before.isEmpty() ? "" : before + " ") + question(at)), at);
    }

    private Turn name(ConversationState state, String text) {
        if (NameAnswer.isSkip(text)) {
            return new Turn(ReplyTexts.askAbout(null), state.withFirstName(null).at(Step.ABOUT));
        }
        @Nullable String name = NameAnswer.firstName(text);
        return name == null ? new Turn(ReplyTexts.ASK_NAME_AGAIN, state)
                : new Turn(ReplyTexts.askAbout(name), state.withFirstName(name).at(Step.ABOUT));
    }

    private Turn about(ConversationState state, String text) {
        if ("SKIP".equals(Keywords.oneWord(text)) || NameAnswer.isSkip(text)) {
            return new Turn(ReplyTexts.ASK_TIME, state.withAbout(null).at(Step.TIME));
        }
        String word = Keywords.tidy(text);
        if (NameAnswer.saysNothingAbout(text, state.firstName())
                || word.matches("\\p{L}+") && !booking.knows(word)) {
            return new Turn(DialogueTexts.ABOUT_AGAIN, state);
        }
        String about = limited(text.strip());
        return new Turn(ReplyTexts.ASK_TIME, state.withAbout(about).nearHub(hubs.nearestTo(about).orElse(null))
                .at(Step.TIME));
    }

    private static String limited(String about) {
        return about.length() > CallbackQueue.MAX_ABOUT_TEXT ? about.substring(0, CallbackQueue.MAX_ABOUT_TEXT)
                : about;
    }

    private Turn time(ConversationState state, String text) {
        Optional<BestTime> time = BestTimeWords.read(text);
        return time.isEmpty() ? new Turn(ReplyTexts.ASK_TIME_AGAIN, state)
                : new Turn(ReplyTexts.askConsent(callbackProperties.retention().toDays()),
                        state.withBestTime(time.get()).at(Step.CONSENT));
    }
}
