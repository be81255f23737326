package uk.plymouth.wellbeing.signposting.assistant;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.plymouth.wellbeing.signposting.messaging.SmsText;

/**
 * A model's words made fit for the channel, or empty when they cannot be: markdown removed; on SMS the GSM-7
 * alphabet and at most {@value #SMS_SEGMENTS} segments; on the kiosk at most {@value #KIOSK_CHARACTERS} characters.
 * A reply that is too long keeps its whole sentences that fit; one whose first sentence does not fit is not sent.
 */
final class AssistantReplies {

    static final int SMS_SEGMENTS = 2;
    static final int KIOSK_CHARACTERS = 700;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)|\\n");

    private AssistantReplies() {}

    static Optional<String> shaped(String reply, AssistantChannel channel) {
        String plain = plain(reply);
        if (channel == AssistantChannel.SMS) {
            plain = SmsText.toGsm(plain).strip();
        }
        if (plain.isEmpty()) {
            return Optional.empty();
        }
        if (fits(plain, channel)) {
            return Optional.of(plain);
        }
        String kept = "";
        Matcher end = SENTENCE_END.matcher(plain);
        while (end.find()) {
            String candidate = plain.substring(0, end.end()).strip();
            if (!fits(candidate, channel)) {
                break;
            }
            kept = candidate;
        }
        return kept.isEmpty() ? Optional.empty() : Optional.of(kept);
    }

    private static boolean fits(String text, AssistantChannel channel) {
        return channel == AssistantChannel.SMS ? SmsText.segments(text) <= SMS_SEGMENTS
                : text.length() <= KIOSK_CHARACTERS;
    }

    /** Without markdown emphasis, headings, links' addresses or more than one blank line. */
    static String plain(String reply) {
        return reply.replace("**", "").replace("__", "").replace("`", "")
                .replaceAll("(?m)^#{1,6}\\s*", "")
                .replaceAll("(?m)^\\s*[*\\u2022]\\s+", "- ")
                .replaceAll("\\[([^\\]]+)]\\([^)]*\\)", "$1")
                .replaceAll("[ \\t]+\\n", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }
}
