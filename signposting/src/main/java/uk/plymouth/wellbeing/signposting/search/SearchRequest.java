package uk.plymouth.wellbeing.signposting.search;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;

/**
 * A search as a resident or a screen asks it. Text may be anything at all (slang, typos, a postcode, emoji); the
 * filters are exact. Build with {@link #forText(String)} or {@link #browse()} and the {@code with...} methods.
 *
 * @param place a postcode, district or Plymouth neighbourhood to measure distance from (also found inside text)
 * @param radiusKm only items within this distance of the place (null: any distance)
 * @param preferredHubId the hub the kiosk stands in: its items rank a little higher
 * @param sort null: by distance when there is a place, else by relevance
 */
public record SearchRequest(
        String text,
        Set<Category> categories,
        Set<String> hubIds,
        Set<DirectoryItem.Kind> kinds,
        @Nullable String place,
        @Nullable Double radiusKm,
        DayFilter day,
        boolean freeOnly,
        @Nullable String preferredHubId,
        @Nullable SortOrder sort,
        int page,
        int pageSize) {

    public static final int MAX_PAGE_SIZE = 100;

    public SearchRequest {
        categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
        hubIds = Set.copyOf(hubIds);
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        if (page < 0) {
            throw new IllegalArgumentException("Page must be 0 or more, not " + page);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("Page size must be 1 to " + MAX_PAGE_SIZE + ", not " + pageSize);
        }
        if (radiusKm != null && !(radiusKm > 0)) {
            throw new IllegalArgumentException("Radius must be more than 0 km, not " + radiusKm);
        }
    }

    public static SearchRequest forText(String text) {
        return new SearchRequest(text, Set.of(), Set.of(), Set.of(), null, null, DayFilter.any(), false, null, null,
                0, 10);
    }

    public static SearchRequest browse() {
        return forText("");
    }

    /** The same search for other words (a translation of what was typed). */
    public SearchRequest withText(String words) {
        return new SearchRequest(words, categories, hubIds, kinds, place, radiusKm, day, freeOnly, preferredHubId,
                sort, page, pageSize);
    }

    public SearchRequest withCategory(Category category) {
        Set<Category> more = new HashSet<>(categories);
        more.add(category);
        return new SearchRequest(text, more, hubIds, kinds, place, radiusKm, day, freeOnly, preferredHubId, sort,
                page, pageSize);
    }

    public SearchRequest withHub(String hubId) {
        Set<String> more = new HashSet<>(hubIds);
        more.add(hubId);
        return new SearchRequest(text, categories, more, kinds, place, radiusKm, day, freeOnly, preferredHubId, sort,
                page, pageSize);
    }

    public SearchRequest withKind(DirectoryItem.Kind kind) {
        return new SearchRequest(text, categories, hubIds, Set.of(kind), place, radiusKm, day, freeOnly,
                preferredHubId, sort, page, pageSize);
    }

    public SearchRequest near(String postcodeOrPlace, @Nullable Double withinKm) {
        return new SearchRequest(text, categories, hubIds, kinds, postcodeOrPlace, withinKm, day, freeOnly,
                preferredHubId, sort, page, pageSize);
    }

    public SearchRequest on(DayFilter dayFilter) {
        return new SearchRequest(text, categories, hubIds, kinds, place, radiusKm, dayFilter, freeOnly,
                preferredHubId, sort, page, pageSize);
    }

    public SearchRequest freeOnly(boolean onlyFree) {
        return new SearchRequest(text, categories, hubIds, kinds, place, radiusKm, day, onlyFree, preferredHubId,
                sort, page, pageSize);
    }

    public SearchRequest preferringHub(@Nullable String hubId) {
        return new SearchRequest(text, categories, hubIds, kinds, place, radiusKm, day, freeOnly, hubId, sort, page,
                pageSize);
    }

    public SearchRequest sortedBy(@Nullable SortOrder order) {
        return new SearchRequest(text, categories, hubIds, kinds, place, radiusKm, day, freeOnly, preferredHubId,
                order, page, pageSize);
    }

    public SearchRequest page(int number, int size) {
        return new SearchRequest(text, categories, hubIds, kinds, place, radiusKm, day, freeOnly, preferredHubId,
                sort, number, size);
    }
}
