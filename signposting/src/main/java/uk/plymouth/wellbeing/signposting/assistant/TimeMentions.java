package uk.plymouth.wellbeing.signposting.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times of day mentioned in a reply, in minutes after midnight: "10am", "10.30 am", "2pm", "14:00", "9.30", "noon",
 * "midday". A bare number ("reply 2") is not a time.
 */
final class TimeMentions {

    private static final Pattern TWELVE_HOUR = Pattern.compile(
            "(?i)\\b(1[0-2]|0?[1-9])(?:[:.]([0-5]\\d))?\\s?(a\\.?m\\.?|p\\.?m\\.?)(?![a-z])");
    /** "14:00", "9:30", and "9.30" as the British write it (but not a price: "£3.50"). */
    private static final Pattern TWENTY_FOUR_HOUR = Pattern.compile(
            "(?<![£$€\\d.,])\\b([01]?\\d|2[0-3])[:.]([0-5]\\d)\\b(?![.,]\\d)");
    private static final Pattern NOON = Pattern.compile("(?i)\\b(noon|midday)\\b");

    private TimeMentions() {}

    static List<Integer> in(String text) {
        List<Integer> found = new ArrayList<>();
        Matcher twelve = TWELVE_HOUR.matcher(text);
        while (twelve.find()) {
            int hour = Integer.parseInt(twelve.group(1)) % 12;
            int minute = twelve.group(2) == null ? 0 : Integer.parseInt(twelve.group(2));
            boolean pm = twelve.group(3).toLowerCase(Locale.UK).startsWith("p");
            found.add((pm ? hour + 12 : hour) * 60 + minute);
        }
        String rest = TWELVE_HOUR.matcher(text).replaceAll(" ");
        Matcher twentyFour = TWENTY_FOUR_HOUR.matcher(rest);
        while (twentyFour.find()) {
            found.add(Integer.parseInt(twentyFour.group(1)) * 60 + Integer.parseInt(twentyFour.group(2)));
        }
        Matcher noon = NOON.matcher(rest);
        while (noon.find()) {
            found.add(12 * 60);
        }
        return found;
    }
}
