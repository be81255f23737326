package uk.plymouth.wellbeing.openreferral;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.location.GeoPoint;
import uk.plymouth.wellbeing.signposting.search.DayFilter;
import uk.plymouth.wellbeing.signposting.search.SearchRequest;

/**
 * A list request once its parameters have been checked.
 *
 * @param postcode the postcode as we read it ("PL5 3AB" or "PL5"), with {@code origin} its centre point
 * @param radiusKm from {@code proximity}, which is in metres
 * @param page counting from 1, as Open Referral does
 * @param modifiedAfter only items published after this moment (HSDA's {@code modified_after})
 */
record ListParams(
        String text,
        Set<Category> categories,
        @Nullable String hubId,
        @Nullable DayOfWeek day,
        boolean freeOnly,
        @Nullable String postcode,
        @Nullable GeoPoint origin,
        @Nullable Double radiusKm,
        int page,
        int perPage,
        @Nullable Instant modifiedAfter) {

    static final int DEFAULT_PER_PAGE = 50;
    static final int MAX_PER_PAGE = SearchRequest.MAX_PAGE_SIZE;

    ListParams {
        categories = Set.copyOf(categories);
    }

    /** The search to run for one page of items ({@code zeroBasedPage}, as the search counts). */
    SearchRequest searchRequest(int zeroBasedPage, int size) {
        SearchRequest request = SearchRequest.forText(text);
        for (Category category : categories) {
            request = request.withCategory(category);
        }
        if (hubId != null) {
            request = request.withHub(hubId);
        }
        if (postcode != null) {
            request = request.near(postcode, radiusKm);
        }
        if (day != null) {
            request = request.on(new DayFilter.OnWeekday(day));
        }
        return request.freeOnly(freeOnly).page(zeroBasedPage, size);
    }
}
