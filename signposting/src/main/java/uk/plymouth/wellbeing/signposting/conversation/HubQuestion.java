package uk.plymouth.wellbeing.signposting.conversation;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.conversation.HubWords.Role;
import uk.plymouth.wellbeing.signposting.location.PlaceLookup;
import uk.plymouth.wellbeing.signposting.location.Postcode;
import uk.plymouth.wellbeing.signposting.location.PostcodeDirectory;

/**
 * A text asking about a hub itself rather than for help: "what time does devonport hub open", "is plympton open on
 * sunday", "where is that", "which hub is nearest PL6", "whats the phone number for jan cutting". Read only when every
 * word is a hub's name, a place, a day or an asking word ({@link HubWords}); a need anywhere ("football in
 * southway", "food bank") leaves the text to the search.
 *
 * @param aspects what they ask about; never empty ({@link Aspect#GENERAL} when only the hub is named)
 * @param hubId the hub named (by name, short name or neighbourhood), or null
 * @param place a place named that is not a hub's (a neighbourhood without a hub, a postcode), or null
 * @param day the day asked about ("on sunday", "tomorrow"), or null
 * @param hubWord whether the text says "hub" (or "centre", "you"): with no hub or place, which hub to ask
 * @param anyHub whether it asks across the hubs ("which hubs are open on sunday", "any hub open today")
 * @param pointsBack whether it says "it", "that", "there", "you" ("where is that"), not only what ("parking?")
 * @param yesOrNo whether a day's hours are asked as yes or no ("is it open on sunday", not "when is it open...")
 */
record HubQuestion(Set<Aspect> aspects, @Nullable String hubId, @Nullable PlaceLookup place, @Nullable AskedDay day,
        boolean hubWord, boolean anyHub, boolean pointsBack, boolean yesOrNo) {

    /** The longest text read as a question about a hub. */
    static final int MAX_LENGTH = 160;

    /** What is asked about the hub. */
    enum Aspect {
        HOURS, ADDRESS, TRAVEL, PHONE, ONLINE, ACCESS, GENERAL, NEAREST
    }

    /** A day asked about. */
    enum AskedDay {
        TODAY, TOMORROW, WEEKEND, BANK_HOLIDAY, MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY;

        @Nullable DayOfWeek dayOfWeek() {
            return ordinal() >= MONDAY.ordinal() ? DayOfWeek.of(ordinal() - MONDAY.ordinal() + 1) : null;
        }
    }

    HubQuestion {
        aspects = Set.copyOf(aspects);
    }

    /** Whether it names neither a hub nor a place: "where is that", "is it open on sunday". */
    boolean refersBack() {
        return hubId == null && place == null;
    }

    /** A question about a hub in the text, or empty when it is something else (a search, a keyword...). */
    static Optional<HubQuestion> read(String text, List<Hub> hubs, PostcodeDirectory places) {
        if (text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        List<String> words = HubWords.words(text);
        HubPlaceNames names = HubPlaceNames.of(hubs, places);
        Set<Aspect> aspects = EnumSet.noneOf(Aspect.class);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        String hubId = null;
        PlaceLookup place = null;
        AskedDay day = null;
        for (int i = 0; i < words.size(); i++) {
            Optional<HubPlaceNames.Name> name = names.at(words, i);
            if (name.isPresent()) {
                hubId = hubId != null ? hubId : name.get().hubId();
                place = place != null || name.get().hubId() != null ? place : places.lookup(name.get().spoken());
                i += name.get().words().size() - 1;
                continue;
            }
            Optional<Postcode> postcode = postcodeAt(words, i);
            if (postcode.isPresent()) {
                place = place != null ? place : places.lookup(postcode.get());
                String inward = postcode.get().inward();
                // "pl6 5ab" is two words, "pl65ab" one
                i += inward != null && !words.get(i).endsWith(inward.toLowerCase(Locale.UK)) ? 1 : 0;
                continue;
            }
            String word = HubWords.mended(words.get(i));
            Aspect aspect = HubWords.aspect(word);
            AskedDay asked = HubWords.day(word);
            Role role = HubWords.role(word);
            if (aspect == null && asked == null && role == null) {
                return Optional.empty();
            }
            if (aspect != null) {
                aspects.add(aspect);
            } else if (asked != null) {
                day = day != null ? day : asked;
            } else {
                roles.add(role);
            }
        }
        boolean named = hubId != null || place != null;
        boolean hubWord = roles.contains(Role.HUB) || words.contains("you") || words.contains("your");
        if (roles.contains(Role.NEAREST) || roles.contains(Role.NEAR) && hubWord && hubId == null) {
            aspects.add(Aspect.NEAREST);
        }
        if (roles.contains(Role.TIMES) && (named || hubWord)) {
            aspects.add(Aspect.HOURS);
        }
        if (aspects.isEmpty() && !(hubWord && named)) {
            return Optional.empty();
        }
        if (aspects.isEmpty()) {
            aspects.add(Aspect.GENERAL);
        }
        boolean anyHub = !named && (words.contains("hubs") || roles.contains(Role.HUB)
                && (words.contains("which") || words.contains("any")));
        boolean yesOrNo = words.stream().noneMatch(word -> List.of("when", "what", "whats", "whattime").contains(word));
        return Optional.of(new HubQuestion(aspects, hubId, hubId != null ? null : place, day, hubWord, anyHub,
                roles.contains(Role.CONTEXT), yesOrNo));
    }

    /** "pl6", "pl6 5ab", "pl65ab" at this word: a Plymouth (PL) postcode or district. */
    private static Optional<Postcode> postcodeAt(List<String> words, int at) {
        String word = words.get(at);
        if (!word.matches("pl\\d[a-z0-9]?(\\d[a-z]{2})?")) {
            return Optional.empty();
        }
        if (at + 1 < words.size() && words.get(at + 1).matches("\\d[a-z]{2}")) {
            Optional<Postcode> full = Postcode.parse(word + " " + words.get(at + 1));
            if (full.isPresent()) {
                return full;
            }
        }
        return Postcode.parse(word.toUpperCase(Locale.UK));
    }
}
