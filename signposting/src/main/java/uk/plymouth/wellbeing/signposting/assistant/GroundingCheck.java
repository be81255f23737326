package uk.plymouth.wellbeing.signposting.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a reply written in words (by a language model) against what our own tools returned in the conversation:
 * every phone number must be one the tools gave (or a crisis line), every time of day one they gave, and every
 * directory name it mentions one they returned. A reply that fails is not sent: the caller sends the deterministic
 * reply instead. Never throws for anything the reply holds.
 */
public final class GroundingCheck {

    private GroundingCheck() {}

    /** What is wrong with the reply; empty when every fact in it is grounded. */
    public static Grounding check(String reply, GroundingFacts facts) {
        List<Grounding.Problem> problems = new ArrayList<>();
        for (String phone : PhoneMentions.in(reply)) {
            if (!facts.phones().contains(phone) && !PhoneMentions.CRISIS_LINES.contains(phone)) {
                problems.add(new Grounding.Problem(Grounding.Kind.PHONE, phone));
            }
        }
        for (int minutes : TimeMentions.in(reply)) {
            if (!facts.times().contains(minutes)) {
                problems.add(new Grounding.Problem(Grounding.Kind.TIME, String.format(Locale.UK, "%02d:%02d",
                        minutes / 60, minutes % 60)));
            }
        }
        // a returned name may hold another directory name ("Emergency Food Bank" holds "Food Bank"): a mention
        // inside a returned name's is that name, not the other
        String lower = reply.toLowerCase(Locale.UK);
        List<int[]> returned = new ArrayList<>();
        facts.names().forEach(name -> returned.addAll(mentions(lower, name)));
        for (String name : facts.knownNames()) {
            if (!facts.names().contains(name) && mentions(lower, name).stream().anyMatch(span -> returned.stream()
                    .noneMatch(outer -> outer[0] <= span[0] && span[1] <= outer[1]))) {
                problems.add(new Grounding.Problem(Grounding.Kind.NAME, name));
            }
        }
        return new Grounding(problems);
    }

    /** Where the name is in the text as whole words (so "Art" is not found in "Hearts"), as [start, end). */
    private static List<int[]> mentions(String text, String name) {
        List<int[]> spans = new ArrayList<>();
        if (name.isBlank() || !text.contains(name)) {
            return spans;
        }
        Matcher found = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(name) + "(?![\\p{L}\\d])").matcher(text);
        while (found.find()) {
            spans.add(new int[] {found.start(), found.end()});
        }
        return spans;
    }
}
