package uk.plymouth.wellbeing.signposting.callback;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.Category;

/**
 * Which requests the staff queue lists. The queue never shows more than the staff member's own hubs, whatever
 * {@code hubId} says.
 *
 * @param hubId one hub only; null for all the staff member's hubs
 * @param statuses any of these; empty for every status
 * @param category requests about this kind of help only; null for all
 * @param overdueOnly only open requests past their due time
 * @param limit at most this many, 1 to {@value #MAX_LIMIT}
 */
public record QueueFilter(@Nullable String hubId, Set<CallbackStatus> statuses, @Nullable Category category,
        boolean overdueOnly, int limit) {

    public static final int DEFAULT_LIMIT = 200;
    public static final int MAX_LIMIT = 1000;

    public QueueFilter {
        statuses = Set.copyOf(statuses);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit: 1 to " + MAX_LIMIT + ", not " + limit);
        }
    }

    /** The open requests (NEW and CLAIMED) of all the staff member's hubs: the usual view. */
    public static QueueFilter open() {
        return new QueueFilter(null, EnumSet.of(CallbackStatus.NEW, CallbackStatus.CLAIMED), null, false,
                DEFAULT_LIMIT);
    }

    /** Requests in any status. */
    public static QueueFilter all() {
        return new QueueFilter(null, Set.of(), null, false, DEFAULT_LIMIT);
    }

    public QueueFilter hub(@Nullable String id) {
        return new QueueFilter(id, statuses, category, overdueOnly, limit);
    }

    public QueueFilter statuses(CallbackStatus... wanted) {
        return new QueueFilter(hubId, Set.of(wanted), category, overdueOnly, limit);
    }

    public QueueFilter category(@Nullable Category wanted) {
        return new QueueFilter(hubId, statuses, wanted, overdueOnly, limit);
    }

    public QueueFilter overdueOnly(boolean only) {
        return new QueueFilter(hubId, statuses, category, only, limit);
    }

    public QueueFilter limit(int most) {
        return new QueueFilter(hubId, statuses, category, overdueOnly, most);
    }
}
