package uk.plymouth.wellbeing.signposting.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers mentioned in a reply: UK numbers written any usual way ("01752 123456", "+44 1752 123456",
 * "0800-111-222") and short numbers after a word that dials them ("call 116 123", "text SHOUT to 85258").
 */
final class PhoneMentions {

    /** The crisis lines every reply may give: 999, NHS 111, Samaritans 116 123, Shout 85258. */
    static final Set<String> CRISIS_LINES = Set.of("999", "111", "116123", "85258");

    private static final Pattern UK_NUMBER = Pattern.compile(
            "(?<![\\d+])(?:\\+44\\s?\\(?0?\\)?\\s?|0)\\d[\\d\\s\\-()]{7,14}\\d");
    private static final Pattern SHORT_NUMBER = Pattern.compile(
            "(?i)\\b(?:call|ring|phone|dial|text|txt|to|on)\\s+(?:[A-Z]+\\s+to\\s+)?(\\d[\\d ]{1,6}\\d)\\b");

    private PhoneMentions() {}

    /** Digits only, in UK national form: "+44 (0)1752 123456" as "01752123456". */
    static String digits(String number) {
        String digits = number.replaceAll("[^\\d+]", "");
        if (digits.startsWith("+44")) {
            digits = "0" + digits.substring(3);
            if (digits.startsWith("00")) {
                digits = digits.substring(1);
            }
        }
        return digits.replace("+", "");
    }

    /** Every phone number in the text, as digits in national form. */
    static List<String> in(String text) {
        List<String> found = new ArrayList<>();
        Matcher uk = UK_NUMBER.matcher(text);
        while (uk.find()) {
            String digits = digits(uk.group());
            if (digits.length() >= 10 && digits.length() <= 11) {
                found.add(digits);
            }
        }
        String withoutUk = UK_NUMBER.matcher(text).replaceAll(" ");
        Matcher dialled = SHORT_NUMBER.matcher(withoutUk);
        while (dialled.find()) {
            found.add(digits(dialled.group(1)));
        }
        return found;
    }
}
