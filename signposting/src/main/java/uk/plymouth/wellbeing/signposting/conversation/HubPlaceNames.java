package uk.plymouth.wellbeing.signposting.conversation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.HubNames;
import uk.plymouth.wellbeing.signposting.location.PostcodeDirectory;

/**
 * The names hubs and places go by in a text: a hub's short and full name, its id, its neighbourhood, the first line of
 * its address and any word of its name no other hub has ("greens", "library", "cutting"); then the neighbourhoods in
 * the postcode districts, which have no hub of their own unless one is named for them. Slips are forgiven in words of
 * six letters or more ("grens", "plimpton", "devenport"), and names may be run together ("fourgreens").
 */
final class HubPlaceNames {

    private final List<Name> names;

    private HubPlaceNames(List<Name> names) {
        this.names = List.copyOf(names);
    }

    /** A name a hub or place goes by, as words: "four greens" (a hub), "plympton" (a hub's), "keyham" (a place). */
    record Name(List<String> words, @Nullable String hubId, String spoken) {}

    /** Hubs' names first, then neighbourhoods with no hub; longer names before shorter. */
    static HubPlaceNames of(List<Hub> hubs, PostcodeDirectory places) {
        List<Name> names = new ArrayList<>();
        for (Hub hub : hubs) {
            for (String name : List.of(HubNames.shortName(hub), hub.name(), hub.id().replace('-', ' '),
                    hub.neighbourhood(), hub.address().isEmpty() ? "" : hub.address().get(0))) {
                names.add(new Name(List.of(Keywords.tidy(name).split(" ")), hub.id(), name));
            }
            for (String word : Keywords.tidy(HubNames.shortName(hub) + " " + hub.id().replace('-', ' ')).split(" ")) {
                if (word.length() >= 4 && !GENERIC.contains(word) && hubs.stream().filter(other -> List.of(
                        Keywords.tidy(other.name() + " " + other.id().replace('-', ' ')).split(" ")).contains(word))
                        .count() == 1) {
                    names.add(new Name(List.of(word), hub.id(), word));
                }
            }
        }
        for (String area : places.areaNames()) {
            names.add(new Name(List.of(area.split(" ")), null, area));
        }
        names.removeIf(name -> name.words().isEmpty() || name.words().get(0).isEmpty());
        // stable: at equal length, hubs' names stay ahead of places
        names.sort(Comparator.comparingInt((Name name) -> -name.words().size()));
        return new HubPlaceNames(names);
    }

    /** Words in hub names that name no hub alone: "central" is two hubs, "park" a place and a car park. */
    private static final Set<String> GENERIC = Set.of("central", "centre", "center", "community", "wellbeing",
            "family", "healthy", "living", "sports", "park", "four", "city", "plymouth", "trust", "road", "lane");

    /** The name at this word (one word or more), hubs' before places', longer before shorter; else empty. */
    Optional<Name> at(List<String> words, int at) {
        for (Name name : names) {
            List<String> wanted = name.words();
            if (at + wanted.size() <= words.size() && matches(words.subList(at, at + wanted.size()), wanted)) {
                return Optional.of(name);
            }
            if (wanted.size() > 1 && sameWord(words.get(at), String.join("", wanted))) {
                return Optional.of(new Name(List.of(words.get(at)), name.hubId(), name.spoken()));
            }
        }
        return Optional.empty();
    }

    private static boolean matches(List<String> typed, List<String> wanted) {
        for (int i = 0; i < wanted.size(); i++) {
            if (!sameWord(typed.get(i), wanted.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The same word, or (six letters or more) a slip of it: "grens", "plimpton", "devenport", "libary". */
    private static boolean sameWord(String typed, String known) {
        return typed.equals(known) || known.length() >= 6 && typed.length() >= 5 && HubWords.alike(typed, known);
    }
}
