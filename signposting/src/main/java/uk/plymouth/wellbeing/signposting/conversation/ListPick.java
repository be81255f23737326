package uk.plymouth.wellbeing.signposting.conversation;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which listed result a resident means, in their words: "the 2nd one", "2nd", "number 3", "no 2", "second", "the
 * last one", "the food bank one", "and the food bank?". A bare number is read by {@link Keywords#number(String)};
 * this reads the rest, and only in short texts (a longer one is a new need, not a pick).
 */
final class ListPick {

    private static final int LONGEST = 60;
    private static final Map<String, Integer> ORDINAL_WORDS = Map.ofEntries(Map.entry("first", 1),
            Map.entry("frist", 1), Map.entry("second", 2), Map.entry("secnd", 2), Map.entry("seccond", 2),
            Map.entry("third", 3), Map.entry("thrid", 3), Map.entry("fourth", 4), Map.entry("forth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6));
    private static final Set<String> LAST = Set.of("last", "bottom", "final");
    /** "2nd", "3rd", "1st", "4th", and text-speak "2th". */
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,2})(st|nd|rd|th)");
    /** "number one", "no one" (never "one" alone: "the food bank one"). */
    private static final Pattern NUMBER_ONE = Pattern.compile("\\b(number|no|num|nr|option) one\\b");
    /** How a resident points at a listed one by name: "and the food bank?", "the walking one", "what about X". */
    private static final Pattern POINTING = Pattern.compile("^(and|what about|wot about|how about|the)\\b|\\bone$");
    /** Words around a pick that say nothing about which one: "can i have the 2nd one please". */
    private static final Set<String> AROUND = Set.of("the", "one", "on", "no", "num", "number", "nr", "option",
            "please", "pls", "plz", "can", "i", "have", "get", "see", "show", "me", "tell", "more", "about",
            "details", "detail", "info", "for", "of", "what", "whats", "and", "how", "ok", "okay", "that",
            "id", "like", "want", "wanna", "just", "then", "yes", "yeah", "go", "with", "pick", "choose", "take",
            "x", "thanks", "ta", "list", "in", "from", "your", "is", "it");
    /** Title words too common to say which one ("the advice one" could be any). */
    private static final Set<String> TOO_COMMON = Set.of("and", "the", "for", "with", "hub", "group", "club",
            "service", "services", "support", "help", "advice", "plymouth", "session", "sessions", "drop", "in",
            "a", "of", "to", "at", "on", "community", "centre", "wellbeing", "your");

    private ListPick() {}

    /**
     * The position (1-based) among {@code titles} (the results listed so far, in order) that the text picks by an
     * ordinal or "the last one"; empty when it names no position.
     */
    static OptionalInt byPosition(String text, int listed) {
        String[] words = words(text);
        if (words.length == 0 || text.length() > LONGEST) {
            return OptionalInt.empty();
        }
        int picked = 0;
        for (String word : words) {
            Matcher numbered = NUMBERED.matcher(word);
            int position = numbered.matches() ? Integer.parseInt(numbered.group(1))
                    : LAST.contains(word) ? listed
                    : ORDINAL_WORDS.getOrDefault(word, word.matches("\\d{1,2}") ? Integer.parseInt(word) : 0);
            if (position > 0) {
                if (picked != 0) {
                    return OptionalInt.empty();
                }
                picked = position;
            } else if (!AROUND.contains(word)) {
                return OptionalInt.empty();
            }
        }
        if (picked == 0 && NUMBER_ONE.matcher(Keywords.tidy(text)).find()) {
            return OptionalInt.of(1);
        }
        return picked > 0 ? OptionalInt.of(picked) : OptionalInt.empty();
    }

    /**
     * The position (1-based) of the one listed title that the text names ("the food bank one", "and the food bank?",
     * "the walking football"); empty when it names none, or more than one equally.
     */
    static OptionalInt byName(String text, List<String> titles) {
        if (text.length() > LONGEST || !POINTING.matcher(Keywords.tidy(text)).find()) {
            return OptionalInt.empty();
        }
        Set<String> named = Arrays.stream(words(text)).filter(word -> !AROUND.contains(word))
                .filter(word -> !TOO_COMMON.contains(word)).collect(Collectors.toSet());
        if (named.isEmpty() || named.size() > 4) {
            return OptionalInt.empty();
        }
        int best = 0;
        int bestCount = 0;
        boolean tie = false;
        for (int i = 0; i < titles.size(); i++) {
            // a title may repeat a word ("Food bank" with its kind's words "food bank parcel"): not Set.of
            Set<String> titleWords = new HashSet<>(Arrays.asList(words(titles.get(i))));
            long matched = named.stream().filter(word -> titleWords.contains(word) || titleWords.contains(word + "s")
                    || word.endsWith("s") && titleWords.contains(word.substring(0, word.length() - 1))).count();
            if (matched == named.size() && matched > bestCount) {
                best = i + 1;
                bestCount = (int) matched;
                tie = false;
            } else if (matched == named.size() && matched == bestCount && matched > 0) {
                tie = true;
            }
        }
        return best > 0 && !tie ? OptionalInt.of(best) : OptionalInt.empty();
    }

    private static String[] words(String text) {
        String tidy = Keywords.tidy(text);
        return tidy.isEmpty() ? new String[0] : tidy.split(" ");
    }
}
