package uk.plymouth.wellbeing.signposting.callback.report;

import org.jspecify.annotations.Nullable;

/**
 * How soon staff first rang some of the requests: what first contact, time to first contact and within target mean
 * is in {@link CallbackFigures}, counted the same way.
 *
 * @param requests requests made
 * @param contacted of those, rung at least once
 * @param targetDue attempted, or due by now: the ones the target applies to so far
 * @param withinTarget first attempted at or before their due time
 * @param medianHours the median time to first contact over the contacted ones, in hours; null when none
 */
public record FirstContact(int requests, int contacted, int targetDue, int withinTarget,
        @Nullable Double medianHours) {

    /** No requests at all. */
    public static FirstContact none() {
        return new FirstContact(0, 0, 0, 0, null);
    }

    /** The share of {@link #targetDue} requests first attempted within target, 0 to 100; null when none was due. */
    public @Nullable Double percentWithinTarget() {
        return targetDue == 0 ? null : 100.0 * withinTarget / targetDue;
    }

    /** These and {@code other} together, with the median given (medians cannot be added up). */
    FirstContact plus(FirstContact other, @Nullable Double median) {
        return new FirstContact(requests + other.requests, contacted + other.contacted, targetDue + other.targetDue,
                withinTarget + other.withinTarget, median);
    }
}
