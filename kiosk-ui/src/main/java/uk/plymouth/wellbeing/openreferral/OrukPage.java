package uk.plymouth.wellbeing.openreferral;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.function.Function;

/**
 * The paged envelope of every Open Referral list endpoint. Pages count from 1; {@code size} is the number of
 * entities on this page.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record OrukPage<T>(
        long totalItems,
        int totalPages,
        int pageNumber,
        int size,
        boolean firstPage,
        boolean lastPage,
        boolean empty,
        List<T> contents) {

    /** One page of a result whose other pages were not fetched. */
    static <T> OrukPage<T> of(List<T> contents, long totalItems, int page, int perPage) {
        int totalPages = (int) ((totalItems + perPage - 1) / perPage);
        return new OrukPage<>(totalItems, totalPages, page, contents.size(), page == 1, page >= totalPages,
                contents.isEmpty(), List.copyOf(contents));
    }

    /** One page cut from the whole result. */
    static <T> OrukPage<T> slice(List<T> all, int page, int perPage) {
        long from = (long) (page - 1) * perPage;
        List<T> contents = from >= all.size() ? List.of()
                : all.subList((int) from, (int) Math.min(all.size(), from + perPage));
        return of(contents, all.size(), page, perPage);
    }

    /** The same page with each entry turned into something else. */
    <R> OrukPage<R> map(Function<T, R> mapping) {
        return new OrukPage<>(totalItems, totalPages, pageNumber, size, firstPage, lastPage, empty,
                contents.stream().map(mapping).toList());
    }
}
