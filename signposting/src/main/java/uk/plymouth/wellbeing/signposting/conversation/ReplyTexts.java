package uk.plymouth.wellbeing.signposting.conversation;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.callback.BestTime;
import uk.plymouth.wellbeing.signposting.messaging.SmsText;

/**
 * Every text the conversation sends, in GSM-7 and within two segments (a template is checked by
 * {@code ConversationRepliesTest}; text built from content is cut to fit with {@link SmsText#fit(String, int)}).
 * The crisis lines are content ({@code crisis/lines.txt}, read by {@code CrisisLines}), not here.
 */
final class ReplyTexts {

    static final int MAX_SEGMENTS = 2;

    static final String NOT_UNDERSTOOD = "Sorry, we did not understand that. Text what you need help with in a few"
            + " words, e.g. food bank PL5 or help with debt. CALL for a callback, HELP for more.";
    static final String GREETING = "Hello, this is Plymouth Wellbeing Hubs. Text what you need help with in a few"
            + " words, e.g. food bank PL5 or help with debt. CALL for a callback, SURVEY to tell us how you are.";
    static final String THANKS = "You are welcome. Text us any time you need help, or CALL for a callback. In"
            + " danger? Call 999.";
    static final String NOTHING_FOUND = "Sorry, we found nothing for that. Try other words, e.g. food bank, debt"
            + " advice or walking group. Or reply CALL and we will ring you.";
    static final String EXPIRED = "Sorry, your last search has expired. Text what you need help with again, e.g."
            + " food bank PL5. CALL for a callback, HELP for more.";
    static final String NO_SEARCH = "Please text what you need help with first, e.g. food bank PL5 or help with"
            + " debt. Then reply with a number for details. CALL for a callback.";
    static final String SOMETHING_ELSE = "OK. What else do you need? Text it in a few words, e.g. food bank PL5 or"
            + " help with debt. CALL for a callback.";
    static final String ASK_WHICH_SERVICE = "Which service do you mean? Text what you need help with first, e.g."
            + " food bank PL5, then a number for details. CALL for a callback.";
    static final String NO_MORE = "That is all we found. Text other words to search again, or CALL for a callback.";
    static final String ITEM_GONE = "Sorry, that one is no longer listed. Text what you need help with to search"
            + " again, or CALL for a callback.";
    static final String OPTED_OUT = "You will not get any more texts from Plymouth Wellbeing Hubs. Text START to get"
            + " them again. In danger? Call 999.";
    static final String OPTED_IN = "Welcome back. You will get our replies again. Text what you need help with, or"
            + " HELP.";
    static final String ALREADY_IN = "You are already getting our texts. Text what you need help with, e.g. food"
            + " bank PL5, or HELP.";
    static final String SURVEY_STOPPED = "Survey stopped: we kept none of your answers.";
    static final String CALL_NOT_BOOKED = "OK, we have not booked a call and kept nothing you told us for it. Text"
            + " CALL any time.";
    static final String ALREADY_ARRANGING = "We are already arranging your call.";
    static final String ASK_NAME = "We can ring you back. What is your first name? Reply SKIP if you would rather"
            + " not say. Any time: BACK goes back, NO stops these questions, STOP ends all our texts.";
    static final String ASK_NAME_AGAIN = "Please reply with just your first name, or SKIP. Reply NO to stop asking.";
    static final String ASK_TIME = "When is best to ring? Reply 1 morning, 2 afternoon, 3 evening or 4 any time."
            + " Reply BACK to go back or NO to stop asking.";
    static final String ASK_TIME_AGAIN = "Sorry, please reply 1, 2, 3 or 4: 1 morning, 2 afternoon, 3 evening, 4"
            + " any time. Reply BACK to go back or NO to stop asking.";
    static final String ASK_URGENT_CONSENT = "We will ring you as soon as we can. We keep your number only to call"
            + " you and delete it after. Reply YES to agree, or NO if you do not want a call.";
    static final String DIALOGUE_STOPPED = "OK, we will not ring you and have kept nothing. Text what you need help"
            + " with any time, or CALL for a callback.";
    static final String PASSED_TO_STAFF = "Thanks, we have passed your message to the hub staff who texted you. To"
            + " search for help instead, text FIND and what you need. In danger? Call 999.";
    static final String NON_UK_NUMBER = "Sorry, we can only ring UK numbers.";
    static final String NOT_SAVED = "Sorry, we could not save your request.";
    static final String WRONG_WHICH = "Which one is wrong? Reply with its number to get its details, then text WRONG"
            + " and what is wrong, e.g. WRONG it has closed.";
    static final String WRONG_HOW = "To tell us a listing is wrong, search for it and reply with its number for the"
            + " details, then text WRONG and what is wrong. To search, text what you need, e.g. food bank PL5.";
    static final String SOMETHING_WRONG = "Sorry, something went wrong at our end. Please try again, or text HELP."
            + " In danger? Call 999.";

    private ReplyTexts() {}

    /** What you can text, and the hub's phone and hours; hours too long to fit are left out, never the 999 line. */
    static String help(@Nullable String hubName, @Nullable String hubPhone, @Nullable String hours) {
        String hub = hubName == null || hubPhone == null ? "" : " " + hubName + ": " + hubPhone;
        String commands = "Plymouth Wellbeing Hubs. Text what you need, e.g. food bank PL5, then a number for details."
                + " WRONG if they are wrong. CALL for a callback. SURVEY to say how you are. STOP to end texts.";
        String end = (hub.isEmpty() ? "" : ".") + " In danger? Call 999.";
        String withHours = SmsText.toGsm(commands + hub + (hub.isEmpty() || hours == null ? "" : ", " + hours) + end);
        return SmsText.segments(withHours) <= MAX_SEGMENTS ? withHours : fit(commands + hub + end);
    }

    /** Thanks for saying a listing is wrong: the same whether or not a rate limit let it be kept. */
    static String problemReported(@Nullable String hubName, String title) {
        return fit("Thank you for telling us about " + title + ". Staff at " + (hubName == null ? "the hub" : hubName)
                + " will check it. Text what you need to search again, or CALL for a callback.");
    }

    static String results(@Nullable String heading, List<String> lines, int firstNumber, boolean more) {
        StringBuilder text = new StringBuilder();
        if (heading != null) {
            text.append(heading).append('\n');
        }
        for (int i = 0; i < lines.size(); i++) {
            text.append(firstNumber + i).append(' ').append(lines.get(i)).append('\n');
        }
        int last = firstNumber + lines.size() - 1;
        String choose = last == 1 ? "Reply 1" : "Reply 1-" + last;
        text.append(choose).append(" for details, ").append(more ? "MORE for more, " : "").append("CALL for a"
                + " callback.");
        return fit(text.toString());
    }

    /** A question about "it" after a list, before one was chosen. */
    static String askWhichOne(int shown) {
        return "Which one do you mean? Reply " + (shown == 1 ? "1" : "a number from 1 to " + shown)
                + " for its details, then ask.";
    }

    static String numberOutOfRange(int shown) {
        return shown == 1 ? "Please reply 1 for details, MORE for more, or text a new search."
                : "Please reply a number from 1 to " + shown + " for details, MORE for more, or text a new search.";
    }

    static String askAbout(@Nullable String firstName) {
        return fit("Thanks" + (firstName == null ? "" : ", " + firstName) + ". In a few words, what would you like"
                + " to talk about? Reply BACK to go back or NO to stop asking.");
    }

    static String askConsent(long retentionDays) {
        return "Privacy: only hub staff see your name, number and what you told us, to call you back. We delete them "
                + retentionDays + " days after it is closed. Reply YES to agree, BACK to go back or NO to stop asking.";
    }

    static String askConsentAgain(boolean urgent) {
        return urgent ? "Please reply YES if you want us to ring you, or NO if not."
                : "Please reply YES to agree, BACK to go back or NO to stop asking.";
    }

    static String callbackBooked(@Nullable String firstName, String reference, @Nullable String hubName,
            @Nullable String hubPhone, BestTime bestTime, boolean urgent) {
        String thanks = "Thanks" + (firstName == null ? "" : ", " + firstName) + ". Your reference is " + reference
                + ". ";
        String who = hubName == null ? "We" : hubName;
        String when = urgent ? who + " will ring you as soon as we can." : who + " will ring you " + bestTime.inWords()
                + ".";
        String sooner = hubPhone == null ? "" : " Need us sooner? Call " + hubPhone + ".";
        String danger = urgent ? " In danger now? Call 999." : "";
        return fit(thanks + when + sooner + danger);
    }

    static String pleaseCall(String sorry, @Nullable String hubName, @Nullable String hubPhone) {
        return fit(sorry + (hubPhone == null ? " Please text HELP."
                : " Please call " + (hubName == null ? "us" : hubName) + " on " + hubPhone + "."));
    }

    /** At most {@code max} characters, cut at a word boundary with "..." when it must be cut, never mid-word. */
    static String shortened(String text, int max) {
        String plain = text.replaceAll("\\s+", " ").strip();
        if (plain.length() <= max) {
            return plain;
        }
        String cut = plain.substring(0, max - 3);
        int space = cut.lastIndexOf(' ');
        cut = space > max / 2 ? cut.substring(0, space) : cut;
        return cut.replaceAll("[\\s,;:.\\-]+$", "").replaceAll("\\s+(and|or|the|of|for|with|&|a|to)$", "") + "...";
    }

    /** GSM-7 and at most two segments. */
    static String fit(String text) {
        return SmsText.fit(SmsText.toGsm(text), MAX_SEGMENTS);
    }
}
