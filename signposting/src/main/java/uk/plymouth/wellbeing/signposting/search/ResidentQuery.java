package uk.plymouth.wellbeing.signposting.search;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a resident's text asks for besides words: a postcode or neighbourhood ("near PL5", "in Plympton") and days
 * ("tuesday", "today", "2day", "weekend"). Postcodes (a district's sector digit too: "PL11 2") and days are taken out
 * of the words; a neighbourhood's name stays in {@code words}, because it may also name a hub ("southway"), and is
 * left out of {@code need}, so that "debt advice plympton" searches for debt advice, nearest Plympton first.
 *
 * @param words the text left to search
 * @param place the postcode or place found, as typed
 * @param days days named in the text
 * @param need the words without the neighbourhood's name (the same as {@code words} without one)
 */
record ResidentQuery(String words, @Nullable String place, Set<DayOfWeek> days, String need) {

    private static final Pattern FULL_POSTCODE =
            Pattern.compile("\\b([A-Za-z]{1,2}[0-9][A-Za-z0-9]?)\\s*([0-9][A-Za-z]{2})\\b");
    /** A Plymouth district, and its sector's digit if given ("PL11 2"): never words to search for. */
    private static final Pattern PLYMOUTH_DISTRICT =
            Pattern.compile("\\b([Pp][Ll][0-9]{1,2})(?:\\s+[0-9][A-Za-z]?)?\\b");
    private static final Pattern DAY_WORD = Pattern.compile("\\b(today|2day|tonight|2nite|2night|tomorrow|2moro"
            + "|2morrow|tmrw|this weekend|weekends?"
            + "|mondays?|tuesdays?|tues|wednesdays?|weds|thursdays?|thurs|fridays?|saturdays?|sundays?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, DayOfWeek> DAY_STARTS = Map.of("mon", DayOfWeek.MONDAY, "tue",
            DayOfWeek.TUESDAY, "wed", DayOfWeek.WEDNESDAY, "thu", DayOfWeek.THURSDAY, "fri", DayOfWeek.FRIDAY, "sat",
            DayOfWeek.SATURDAY, "sun", DayOfWeek.SUNDAY);

    static ResidentQuery read(String text, Set<String> areaNames, LocalDate today) {
        String rest = text;
        String place = null;
        Matcher full = FULL_POSTCODE.matcher(rest);
        if (full.find()) {
            place = full.group(1) + " " + full.group(2);
            rest = rest.substring(0, full.start()) + " " + rest.substring(full.end());
        } else {
            Matcher district = PLYMOUTH_DISTRICT.matcher(rest);
            if (district.find()) {
                place = district.group(1);
                rest = rest.substring(0, district.start()) + " " + rest.substring(district.end());
            }
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Matcher day = DAY_WORD.matcher(rest);
        StringBuilder words = new StringBuilder();
        while (day.find()) {
            days.addAll(daysFor(day.group(1).toLowerCase(Locale.UK), today));
            day.appendReplacement(words, " ");
        }
        day.appendTail(words);
        String need = words.toString();
        if (place == null) {
            place = areaIn(need, areaNames);
            need = place == null ? need : withoutArea(need, place);
        }
        return new ResidentQuery(tidy(words.toString()), place, days, tidy(need));
    }

    private static String tidy(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** The text without the area's name, as whole words in any case ("Plympton", "st budeaux"). */
    private static String withoutArea(String text, String area) {
        String name = Pattern.quote(area).replace(" ", "\\E[^\\p{L}\\p{N}]+\\Q");
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + name + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE
                | Pattern.UNICODE_CASE).matcher(text).replaceAll(" ");
    }

    private static Set<DayOfWeek> daysFor(String word, LocalDate today) {
        return switch (word) {
            case "today", "2day", "tonight", "2nite", "2night" -> EnumSet.of(today.getDayOfWeek());
            case "tomorrow", "2moro", "2morrow", "tmrw" -> EnumSet.of(today.plusDays(1).getDayOfWeek());
            case "this weekend", "weekend", "weekends" -> EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            default -> EnumSet.of(DAY_STARTS.get(word.substring(0, 3)));
        };
    }

    private static @Nullable String areaIn(String text, Set<String> areaNames) {
        String padded = " " + text.toLowerCase(Locale.UK).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        String best = null;
        for (String area : areaNames) {
            if (area.length() >= 4 && padded.contains(" " + area + " ")
                    && (best == null || area.length() > best.length())) {
                best = area;
            }
        }
        return best;
    }
}
