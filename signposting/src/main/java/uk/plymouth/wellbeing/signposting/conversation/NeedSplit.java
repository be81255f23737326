package uk.plymouth.wellbeing.signposting.conversation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The parts of a text that may ask for several things at once: "need stop smoking, a food bank and some help with my
 * cv", "loads of debt and no food in the house till payday". Only where the words are split: whether the parts
 * really are different needs ("arts and crafts" is one) is for the search to say. At most {@value #MOST} parts.
 */
final class NeedSplit {

    static final int MOST = 3;
    private static final int LONGEST = 200;
    private static final Pattern BETWEEN = Pattern.compile("\\s*(?:[,;+&\\n]|\\band\\b|\\balso\\b|\\bplus\\b|"
            + "\\bas well as\\b|\\band also\\b)\\s*", Pattern.CASE_INSENSITIVE);
    /** Words that carry no need on their own. */
    private static final Set<String> EMPTY = Set.of("i", "im", "need", "needs", "want", "some", "help", "with", "a",
            "an", "the", "my", "me", "for", "please", "pls", "and", "also", "too", "got", "get", "have", "ive", "to",
            "of", "any", "in", "on", "is", "it", "can", "you", "find", "looking", "info", "about", "advice", "support",
            "there", "what", "whats", "where", "thing", "things", "like", "would", "id", "be", "do", "does",
            "will", "just", "really", "x", "thanks", "hi", "hello", "so", "but", "or", "then", "now", "loads", "lots");

    private NeedSplit() {}

    /** The text's parts that each carry a need of their own; one part (the whole text) when it does not split. */
    static List<String> parts(String text) {
        if (text.length() > LONGEST) {
            return List.of(text);
        }
        List<String> parts = new ArrayList<>();
        for (String part : BETWEEN.split(text)) {
            String trimmed = part.strip();
            if (carriesANeed(trimmed)) {
                parts.add(trimmed);
            }
        }
        return parts.size() < 2 || parts.size() > MOST ? List.of(text) : List.copyOf(parts);
    }

    private static boolean carriesANeed(String part) {
        String tidy = Keywords.tidy(part);
        return !tidy.isEmpty() && Arrays.stream(tidy.split(" "))
                .anyMatch(word -> word.length() >= 2 && !EMPTY.contains(word) && !word.matches("\\d+"));
    }
}
