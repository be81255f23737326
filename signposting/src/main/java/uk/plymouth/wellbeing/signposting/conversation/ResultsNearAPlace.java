package uk.plymouth.wellbeing.signposting.conversation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.conversation.ConversationState.Result;
import uk.plymouth.wellbeing.signposting.location.PlaceLookup;

/** A place texted alone after a search ("we r in whitleigh"): the same results, the best nearest there first. */
@Component
class ResultsNearAPlace {

    /** Words around a place that ask for nothing else: "we r in whitleigh", "im near plympton". */
    private static final Set<String> PLACE_WORDS = Set.of("we", "r", "are", "im", "i", "am", "in", "near", "at",
            "from", "live", "living", "around", "the", "area", "my", "postcode", "is", "its", "it", "ok", "but",
            "actually", "nearer", "closer", "to", "me", "what", "about", "anything", "and", "so", "by");

    /** How many of the best results a place re-orders among themselves: two texts' worth. */
    static final int BEST = 6;

    private final Catalogue catalogue;

    ResultsNearAPlace(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** "we r in whitleigh", "PL5", "im near plympton": the place and nothing else that could be a need. */
    static boolean onlyAPlace(String body, PlaceLookup.Found at) {
        String rest = (" " + Keywords.tidy(body) + " ").replace(" " + Keywords.tidy(at.place()) + " ", " ");
        return Arrays.stream(rest.strip().split(" ")).allMatch(word -> word.isEmpty() || PLACE_WORDS.contains(word));
    }

    /**
     * The results each at the item's hub nearest the place: the best {@value #BEST} nearest first, then the rest
     * nearest first, so a place never lifts a poor match above a good one.
     */
    List<Result> sorted(List<Result> results, PlaceLookup.Found at) {
        List<Result> near = results.stream().map(result -> nearestHub(result, at)).toList();
        int best = Math.min(BEST, near.size());
        return Stream.concat(byDistance(near.subList(0, best)), byDistance(near.subList(best, near.size())))
                .toList();
    }

    private static Stream<Result> byDistance(List<Result> results) {
        return results.stream().sorted(Comparator.comparingDouble(result -> Objects.requireNonNullElse(
                result.distanceKm(), Double.MAX_VALUE)));
    }

    private Result nearestHub(Result result, PlaceLookup.Found at) {
        List<String> hubIds = catalogue.item(result.itemId()).map(DirectoryItem::hubIds).orElse(List.of());
        return hubIds.stream().map(catalogue::hub).flatMap(Optional::stream)
                .map(hub -> new Result(result.itemId(), hub.id(), hub.location().distanceKm(at.point())))
                .min(Comparator.comparingDouble(Result::distanceKm)).orElse(result);
    }
}
