package uk.plymouth.wellbeing.signposting.conversation;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.messaging.SmsText;
import uk.plymouth.wellbeing.signposting.survey.Question;
import uk.plymouth.wellbeing.signposting.survey.Survey;

/**
 * What the survey by text says: plain words, GSM-7, each message at most two segments. Published wording (SWEMWBS)
 * is never cut: {@code SurveyTextsTest} checks every shipped survey's texts fit whole.
 */
final class SurveyTexts {

    static final String DECLINED = "OK, no survey. Text SURVEY any time if you change your mind, or text what you"
            + " need help with.";
    static final String CHOOSE_AGAIN = "Please reply with the number of a survey from the list, or NO to stop.";
    static final String START_AGAIN = "Please reply YES to start the survey, or NO if you would rather not.";
    static final String HUB_AGAIN = "Please reply with the number of the hub from the list, or BACK to go back.";
    static final String FOLLOW_UP_AGAIN = "Please reply YES if we may text you to ask again, or NO.";
    static final String NONE_OFFERED = "Sorry, there are no surveys to answer by text just now. Text what you need"
            + " help with, or HELP.";
    static final String FOLLOW_UP_LINKED = "We have put these answers with the ones you gave before, so the hub can"
            + " see what has changed.";

    /** What the words do, said once, as the survey starts: leaving it is not opting out of texts. */
    static final String KEYWORDS = "While answering: BACK goes back a question, NO stops the survey, STOP ends all"
            + " our texts.";

    private SurveyTexts() {}

    /** "Which survey? Reply with its number: 1 How you have been feeling (7 questions) ...". */
    static String menu(List<Survey> surveys) {
        StringBuilder text = new StringBuilder("Which survey would you like to answer? Reply with its number:");
        for (int i = 0; i < surveys.size(); i++) {
            Survey survey = surveys.get(i);
            int questions = survey.questions().size();
            String count = questions + (questions == 1 ? " question" : " questions");
            text.append('\n').append(i + 1).append(' ').append(survey.title());
            if (!survey.title().contains(count)) {
                text.append(" (").append(count).append(')');
            }
        }
        return ReplyTexts.fit(text.toString());
    }

    /**
     * What the survey is, the licence line (if any), then what happens to the answers and how to start, packed into
     * as few messages as fit.
     */
    static List<String> intro(Survey survey) {
        List<String> parts = new ArrayList<>();
        parts.add(survey.title() + ". " + survey.intro().strip());
        String attribution = survey.attributionForSms();
        if (attribution != null) {
            parts.add(attribution.strip());
        }
        parts.add(KEYWORDS);
        parts.add(survey.consent().strip() + " Reply YES to start or NO if you would rather not.");
        return packed(parts);
    }

    /** "Which hub is this about? Reply with its number: 1 Central Library ...". */
    static String hubs(List<String> names) {
        StringBuilder text = new StringBuilder("Which hub is this about? Reply with its number:");
        for (int i = 0; i < names.size(); i++) {
            text.append('\n').append(i + 1).append(' ').append(names.get(i));
        }
        return ReplyTexts.fit(text.toString());
    }

    /** "Question 2 of 7: I've been feeling useful\nReply 1 None of the time, ..." with BACK offered from the second. */
    static String question(Survey survey, int index, @Nullable String problem) {
        Question question = survey.questions().get(index);
        String prefix = problem == null ? "" : problem + ".\n";
        String back = index == 0 ? "" : " (BACK to go back)";
        return gsm(prefix + "Question " + (index + 1) + " of " + survey.questions().size() + ": "
                + question.smsText().strip() + "\n" + question.replyHint() + back);
    }

    /** The offer of a follow-up text, after the last answer. */
    static String followUp(String after) {
        return "Last question: may we text you in " + after + " to ask these again, so you can see what has"
                + " changed? We keep your number only to send that one text. Reply YES or NO.";
    }

    /**
     * The result: the survey's own kind words with the score, then support for the lowest band, what became of the
     * follow-up, and the licence line.
     */
    static List<String> result(Survey survey, String message, boolean lowest, @Nullable String followUpLine) {
        List<String> parts = new ArrayList<>();
        message.strip().lines().filter(line -> !line.isBlank()).forEach(line -> parts.add(byText(line.strip())));
        if (lowest) {
            parts.add("If you would like some support, reply CALL and we will ring you, or text FIND and what"
                    + " would help.");
        }
        if (followUpLine != null) {
            parts.add(followUpLine);
        }
        String attribution = survey.attributionForSms();
        if (attribution != null) {
            parts.add(attribution.strip());
        }
        return packed(parts);
    }

    /**
     * The parts in order, joined with spaces into as few messages of at most two segments as they fit (a part is
     * never split; one longer than two segments goes on its own, to be cut only as a last resort).
     */
    static List<String> packed(List<String> parts) {
        List<String> messages = new ArrayList<>();
        String current = "";
        for (String part : parts) {
            String gsm = gsm(part);
            String joined = current.isEmpty() ? gsm : current + " " + gsm;
            if (SmsText.segments(joined) <= ReplyTexts.MAX_SEGMENTS) {
                current = joined;
            } else {
                if (!current.isEmpty()) {
                    messages.add(current);
                }
                current = gsm;
            }
        }
        if (!current.isEmpty()) {
            messages.add(current);
        }
        return messages.stream().map(ReplyTexts::fit).toList();
    }

    static String followUpBooked(String after) {
        return "We will text you in " + after + ".";
    }

    /** A late answer to a survey that timed out. */
    static String timedOut(@Nullable String keyword, long minutes) {
        return "Sorry, your survey timed out after " + minutes + " minutes without a reply, so we kept none of"
                + " your answers. Text " + (keyword == null ? "SURVEY" : keyword) + " to start again.";
    }

    /** The survey could not be saved because it changed or was switched off while being answered. */
    static String changed(@Nullable String keyword) {
        return "Sorry, this survey was changed while you were answering, so we could not keep your answers. Text "
                + (keyword == null ? "SURVEY" : keyword) + " to start again.";
    }

    /** A result written for the kiosk, made true by text: there is no "here" in a text ("staff here can help"). */
    static String byText(String line) {
        return line.replace("staff here at the hub", "hub staff").replace("staff here", "hub staff");
    }

    /** GSM-7 and never cut: a published wording too long for two segments is a content problem, found by tests. */
    private static String gsm(String text) {
        return SmsText.toGsm(text);
    }
}
