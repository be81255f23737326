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
 * @param understood words of another language we understood, with the English searched for them (empty for English)
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
        String searchedText,
        List<QueryTranslation.Understood> understood) {

    public SearchResults(List<SearchHit> hits, int total, int page, int pageSize, Map<Category, Integer> categoryCounts,
            Map<String, Integer> hubCounts, @Nullable PlaceLookup place, List<SpellingFix> fixes,
            @Nullable String didYouMean, String searchedText) {
        this(hits, total, page, pageSize, categoryCounts, hubCounts, place, fixes, didYouMean, searchedText, List.of());
    }

    public SearchResults {
        understood = List.copyOf(understood);
        hits = List.copyOf(hits);
        categoryCounts = Map.copyOf(categoryCounts);
        hubCounts = Map.copyOf(hubCounts);
        fixes = List.copyOf(fixes);
    }

    /** The same results, saying which words of another language were understood. */
    public SearchResults understanding(List<QueryTranslation.Understood> words) {
        return new SearchResults(hits, total, page, pageSize, categoryCounts, hubCounts, place, fixes, didYouMean,
                searchedText, words);
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
