package uk.plymouth.wellbeing.signposting.conversation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.plymouth.wellbeing.signposting.messaging.SmsText;

/**
 * A text made of sentences that must go ({@link #essential}, in order) and sentences that may ({@link #optional}, in
 * order, each only if it still fits), in GSM-7 and at most {@value ReplyTexts#MAX_SEGMENTS} segments. When what must
 * go is too long, its longest part loses whole sentences from its end; only a single sentence too long to fit is cut,
 * after a whole word.
 */
final class FittedText {

    final List<String> essential = new ArrayList<>();
    final List<String> optional = new ArrayList<>();

    String fitted() {
        List<String> parts = new ArrayList<>(essential.stream().map(FittedText::plain).toList());
        String text = String.join(" ", parts);
        while (!fits(text)) {
            int longest = longestWithSentences(parts);
            if (longest < 0) {
                return ReplyTexts.fit(text);
            }
            List<String> sentences = sentences(parts.get(longest));
            parts.set(longest, String.join(" ", sentences.subList(0, sentences.size() - 1)));
            text = String.join(" ", parts);
        }
        for (String extra : optional) {
            String longer = text + " " + plain(extra);
            if (fits(longer)) {
                text = longer;
            }
        }
        return text;
    }

    private static int longestWithSentences(List<String> parts) {
        int longest = -1;
        for (int i = 0; i < parts.size(); i++) {
            if (sentences(parts.get(i)).size() > 1
                    && (longest < 0 || parts.get(i).length() > parts.get(longest).length())) {
                longest = i;
            }
        }
        return longest;
    }

    private static List<String> sentences(String text) {
        return Arrays.asList(text.split("(?<=[.!?])\\s+"));
    }

    private static boolean fits(String text) {
        return SmsText.segments(text) <= ReplyTexts.MAX_SEGMENTS;
    }

    private static String plain(String text) {
        return SmsText.toGsm(text.replaceAll("\\s+", " ").strip());
    }
}
