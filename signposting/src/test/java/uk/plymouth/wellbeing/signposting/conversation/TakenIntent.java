package uk.plymouth.wellbeing.signposting.conversation;

import java.util.Optional;
import java.util.regex.Pattern;
import uk.plymouth.wellbeing.signposting.conversation.ConversationState.Step;

/**
 * Which intent the conversation took for one text, read from what a resident would see (the reply) and what it kept
 * (the opt-out and the stored state), so {@link IntentEvaluationTest} can compare it with the label. The names are
 * the labels of {@code content/intents/labelled.txt}; anything that is none of them gets its own name ("silence",
 * "not-understood", "more", "staff-reply", "error", "other") and so always counts as a miss.
 */
final class TakenIntent {

    /** The start of the HELP text, whatever hub it names. */
    private static final String HELP_START = ReplyTexts.help(null, null, null).substring(0, 40);
    /** A search's numbered list: "1 Food bank - Four Greens ... Reply 1-3 for details, ... CALL for a callback." */
    private static final Pattern RESULT_LIST = Pattern.compile("(?s)(.*\\n)?1 .*\\nReply 1(-\\d+)? for details, .*");
    /** The sign-off of an item's details ({@code ItemDetailsText}, in another package). */
    private static final String DETAILS_SIGN_OFF = "From Plymouth Wellbeing Hubs";

    private TakenIntent() {}

    /**
     * @param optedOutBefore whether the number had opted out before this text
     * @param optedOutAfter whether it has after the reply
     * @param stateAfter what the conversation stored for the number after the reply
     */
    static String of(ConversationReply reply, boolean optedOutBefore, boolean optedOutAfter,
            Optional<ConversationState> stateAfter) {
        if (reply.crisis()) {
            return "crisis";
        }
        if (optedOutAfter && !optedOutBefore) {
            return "opt-out";
        }
        if (reply.messages().isEmpty()) {
            return "silence";
        }
        String first = reply.messages().get(0);
        Step step = stateAfter.map(ConversationState::step).orElse(Step.NONE);
        if (first.equals(ReplyTexts.OPTED_IN) || first.equals(ReplyTexts.ALREADY_IN)) {
            return "opt-in";
        }
        if (first.startsWith(HELP_START)) {
            return "help";
        }
        if (first.equals(ReplyTexts.GREETING)) {
            return "greeting";
        }
        if (first.equals(ReplyTexts.THANKS)) {
            return "thanks";
        }
        if ((first.equals(ReplyTexts.ASK_NAME) && step == Step.NAME)
                || (first.equals(ReplyTexts.ASK_URGENT_CONSENT) && step == Step.CONSENT)) {
            return "callback";
        }
        if (stateAfter.map(ConversationState::inSurvey).orElse(false) || first.equals(SurveyTexts.NONE_OFFERED)) {
            return "survey";
        }
        if (RESULT_LIST.matcher(first).matches() || first.equals(ReplyTexts.NOTHING_FOUND)) {
            return "search";
        }
        if (first.contains(DETAILS_SIGN_OFF) || first.equals(ReplyTexts.ITEM_GONE)
                || first.equals(ReplyTexts.NO_SEARCH) || first.equals(ReplyTexts.EXPIRED)
                || first.startsWith("Please reply 1") || first.startsWith("Please reply a number from 1 to")) {
            // a number was read as a result's number, even if that result was not there to give
            return "details";
        }
        return whatElse(first);
    }

    private static String whatElse(String first) {
        if (first.equals(ReplyTexts.NOT_UNDERSTOOD)) {
            return "not-understood";
        }
        if (first.equals(ReplyTexts.NO_MORE) || first.startsWith("4 ")) {
            return "more";
        }
        if (first.equals(ReplyTexts.PASSED_TO_STAFF)) {
            return "staff-reply";
        }
        if (first.equals(ReplyTexts.SOMETHING_WRONG)) {
            return "error";
        }
        return "other";
    }
}
