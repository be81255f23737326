package uk.plymouth.wellbeing.signposting.assistant;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a reply may mention: the phone numbers, times and names the tools returned in this conversation, and every
 * name the directory knows (so a known service that the tools did not return is caught too).
 *
 * @param phones phone numbers as digits only, UK national form ("01752 123456" as "01752123456")
 * @param times times of day in minutes after midnight (10:30 as 630)
 * @param names service, activity and hub names the tools returned, lower case
 * @param knownNames every service, activity and hub name in the directory, lower case
 */
public record GroundingFacts(Set<String> phones, Set<Integer> times, Set<String> names, Set<String> knownNames) {

    public GroundingFacts {
        phones = Set.copyOf(phones);
        times = Set.copyOf(times);
        names = Set.copyOf(names);
        knownNames = Set.copyOf(knownNames);
    }

    /** Nothing returned yet, for a directory with these names. */
    public static GroundingFacts none(Collection<String> knownNames) {
        return new GroundingFacts(Set.of(), Set.of(), Set.of(), lowerCase(knownNames));
    }

    /** These facts and a tool's further ones. */
    public GroundingFacts with(Collection<String> morePhones, Collection<Integer> moreTimes,
            Collection<String> moreNames) {
        Set<String> allPhones = new HashSet<>(phones);
        morePhones.forEach(phone -> allPhones.add(PhoneMentions.digits(phone)));
        Set<Integer> allTimes = new HashSet<>(times);
        allTimes.addAll(moreTimes);
        Set<String> allNames = new HashSet<>(names);
        allNames.addAll(lowerCase(moreNames));
        return new GroundingFacts(allPhones, allTimes, allNames, knownNames);
    }

    private static Set<String> lowerCase(Collection<String> names) {
        Set<String> lower = new HashSet<>();
        names.forEach(name -> lower.add(name.strip().toLowerCase(Locale.UK)));
        return lower;
    }
}
