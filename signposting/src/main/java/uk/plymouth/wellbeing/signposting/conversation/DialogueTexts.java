package uk.plymouth.wellbeing.signposting.conversation;

import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;

/**
 * What the dialogues say when a resident leaves them, gives a number to ring, or changes their own request by text:
 * plain words, GSM-7, within two segments ({@code DialogueTextsTest}).
 */
final class DialogueTexts {

    static final String CALL_LEFT = "OK, we have stopped the questions: no call is booked and we kept nothing. You"
            + " still get our replies. Text what you need help with any time, or CALL for a callback.";
    static final String SURVEY_LEFT = "OK, survey stopped: we kept none of your answers. You still get our replies."
            + " Text SURVEY to start again, or text what you need help with.";
    static final String OFFER_DECLINED = "OK, we will not ring you. The numbers we sent are there any time. Text"
            + " what you need help with, or CALL if you change your mind. In danger? Call 999.";
    static final String ABOUT_AGAIN = "Please tell us in a few words what you would like to talk about, e.g. money"
            + " worries or housing. Reply SKIP if you would rather not say, or NO to stop asking.";
    static final String RINGING_THIS = "OK, we will ring the number you are texting from.";
    static final String CAN_RING = "We can ring you back.";
    static final String NO_OPEN_REQUEST = "We have no open callback request from this number, so there is nothing"
            + " to change. Text CALL if you would like us to ring you.";
    static final String NOT_YOURS = "We could not find that reference among the open callback requests from this"
            + " number. Please check it, or text CANCEL MY CALLBACK for your latest one.";
    static final String ALREADY_CLOSED = "That callback request is already closed, so there is nothing to change."
            + " Text CALL if you would like us to ring you.";

    private DialogueTexts() {}

    /** "Shall we ring 01752 668000? Reply YES or NO." */
    static String ringOffer(String before, PhoneNumber number) {
        return ReplyTexts.fit((before.isEmpty() ? "" : before + " ") + "Shall we ring " + number.national()
                + "? Reply YES or NO.");
    }

    static String ringAgain(PhoneNumber number) {
        return "Please reply YES if we should ring " + number.national() + ", or NO to ring the number you are"
                + " texting from.";
    }

    static String ringing(PhoneNumber number) {
        return "OK, we will ring " + number.national() + ".";
    }

    /**
     * A carrier's opt-out word (or "stop texting me") in a dialogue: the dialogue ends, and every text with it; how to
     * undo that, and how to leave only the questions another time.
     *
     * @param word the word texted, or null for plain words
     */
    static String optedOutIn(String dialogueNote, @Nullable String word) {
        String why = word == null ? "You asked us to stop texting you" : "You texted " + word;
        return ReplyTexts.fit(dialogueNote + " " + why + ", so we will send no more texts to this number, not even"
                + " replies. To get them again, text START. To stop only the questions another time, text NO. In"
                + " danger? Call 999.");
    }

    static String cancelled(String reference) {
        return "Done: we have cancelled your callback request " + reference + ". Nobody will ring you about it. Text"
                + " CALL any time if you need us.";
    }

    static String timeChanged(String reference, String when) {
        return "Done: we will ring you " + when + " about " + reference + " instead. Text CANCEL MY CALLBACK if you"
                + " no longer need the call.";
    }

    static String numberChanged(String reference, PhoneNumber number) {
        return "Done: we will ring " + number.national() + " about " + reference + " instead. Texts from us still"
                + " come to this number.";
    }

    static String askNewTime(String reference) {
        return "When would be better for " + reference + "? Reply 1 morning, 2 afternoon, 3 evening or 4 any time.";
    }
}
