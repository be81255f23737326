package uk.plymouth.wellbeing.signposting.callback.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.callback.AttemptOutcome;
import uk.plymouth.wellbeing.signposting.callback.Channel;
import uk.plymouth.wellbeing.signposting.catalogue.Category;

/**
 * The figures for a set of callback requests: those <b>made</b> in a week (or the whole period) at a hub (or
 * several). Every count follows the requests made then, whatever happened to them later; requests whose personal
 * details were erased count like any other.
 *
 * <p><b>First contact</b> is the first call attempt staff logged on a request, whatever its outcome (reached, no
 * answer, voicemail, ...). <b>Time to first contact</b> is calendar time from the moment the request was made to
 * that attempt, in hours (nights and closed days included, unlike the due time). A request is <b>within target</b>
 * when its first attempt was at or before its due time (as it stands now: marking a request urgent brings its due
 * time forward).
 *
 * @param requests requests made
 * @param urgent of those, marked urgent now
 * @param done closed as done
 * @param unableToContact closed after too many failed attempts
 * @param stillOpen new or claimed, not closed yet
 * @param channels requests per channel, every channel present
 * @param attempts call attempts logged on these requests per outcome, every outcome present
 * @param categories requests per category the resident chose, every category present
 * @param categoryNotGiven requests with no category (or one no longer known)
 * @param contacted requests with at least one call attempt
 * @param targetDue requests that have been attempted or whose due time has passed: the ones the target applies to
 *     so far (a request not yet due and not yet called is left out, neither met nor missed)
 * @param withinTarget requests first attempted at or before their due time
 * @param medianHoursToFirstContact the median time to first contact over the contacted requests; null when none
 * @param crisis the same first-contact figures for the <b>crisis requests</b> among them alone: those the system made
 *     urgent because the resident's words may have meant a crisis (they have a crisis kind), counted whether or not
 *     staff marked them not urgent later; requests staff marked urgent themselves are not among them
 */
public record CallbackFigures(
        int requests,
        int urgent,
        int done,
        int unableToContact,
        int stillOpen,
        Map<Channel, Integer> channels,
        Map<AttemptOutcome, Integer> attempts,
        Map<Category, Integer> categories,
        int categoryNotGiven,
        int contacted,
        int targetDue,
        int withinTarget,
        @Nullable Double medianHoursToFirstContact,
        FirstContact crisis) {

    public CallbackFigures {
        channels = complete(channels, Channel.class);
        attempts = complete(attempts, AttemptOutcome.class);
        categories = complete(categories, Category.class);
    }

    /** No requests at all. */
    public static CallbackFigures none() {
        return new CallbackFigures(0, 0, 0, 0, 0, Map.of(), Map.of(), Map.of(), 0, 0, 0, 0, null,
                FirstContact.none());
    }

    /** The share of {@link #targetDue} requests first attempted within target, 0 to 100; null when none was due. */
    public @Nullable Double percentWithinTarget() {
        return targetDue == 0 ? null : 100.0 * withinTarget / targetDue;
    }

    public int attemptsLogged() {
        return attempts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * These and {@code other} together; medians cannot be added up, so they are the ones given.
     *
     * @param median the median hours to first contact of them all
     * @param crisisMedian the same, of their crisis requests alone
     */
    CallbackFigures plus(CallbackFigures other, @Nullable Double median, @Nullable Double crisisMedian) {
        return new CallbackFigures(requests + other.requests, urgent + other.urgent, done + other.done,
                unableToContact + other.unableToContact, stillOpen + other.stillOpen, add(channels, other.channels,
                        Channel.class), add(attempts, other.attempts, AttemptOutcome.class),
                add(categories, other.categories, Category.class), categoryNotGiven + other.categoryNotGiven,
                contacted + other.contacted, targetDue + other.targetDue, withinTarget + other.withinTarget, median,
                crisis.plus(other.crisis, crisisMedian));
    }

    private static <K extends Enum<K>> Map<K, Integer> complete(Map<K, Integer> counts, Class<K> type) {
        EnumMap<K, Integer> all = new EnumMap<>(type);
        for (K key : type.getEnumConstants()) {
            Integer count = counts.get(key);
            all.put(key, count == null ? 0 : count);
        }
        return Collections.unmodifiableMap(all);
    }

    private static <K extends Enum<K>> Map<K, Integer> add(Map<K, Integer> a, Map<K, Integer> b, Class<K> type) {
        EnumMap<K, Integer> sum = new EnumMap<>(type);
        for (K key : type.getEnumConstants()) {
            sum.put(key, a.getOrDefault(key, 0) + b.getOrDefault(key, 0));
        }
        return sum;
    }
}
