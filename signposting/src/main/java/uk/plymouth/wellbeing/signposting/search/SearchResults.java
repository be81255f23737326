package uk.plymouth.wellbeing.signposting.search;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.location.PlaceLookup;

/**
 * A page of results with what a screen needs around it.
 *
 * @param total how many results there are over all pages
 * @param categoryCounts results per category, counted as if no category filter were set (so chips show choices)
 * @param hubCounts results per hub id, counted as if no hub filter were set
 * @param place what we made of the postcode or place, with a message for the resident; null if none was given
 * @param fixes words we took for typing slips
 * @param didYouMean the search with the slips mended, when that differs from what was typed
 * @param searchedText the words searched for once any postcode, place or day was taken out
 */
public record SearchResults(
        List<SearchHit> hits,
        int total,
        int page,
        int pageSize,
        Map<Category, Integer> categoryCounts,
        Map<String, Integer> hubCounts,
        @Nullable PlaceLookup place,
        List<SpellingFix> fixes,
        @Nullable String didYouMean,
        String searchedText) {

    public SearchResults {
        hits = List.copyOf(hits);
        categoryCounts = Map.copyOf(categoryCounts);
        hubCounts = Map.copyOf(hubCounts);
        fixes = List.copyOf(fixes);
    }

    public boolean isEmpty() {
        return hits.isEmpty();
    }

    public int totalPages() {
        return total == 0 ? 0 : (total + pageSize - 1) / pageSize;
    }

    public boolean hasNextPage() {
        return page + 1 < totalPages();
    }
}
