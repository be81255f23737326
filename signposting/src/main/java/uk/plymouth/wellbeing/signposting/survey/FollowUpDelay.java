package uk.plymouth.wellbeing.signposting.survey;

import java.time.Duration;

/**
 * How long after a response its follow-up survey is texted, as people say it: in whole weeks when it divides into
 * them, else in days (at least one).
 *
 * @param count how many weeks or days
 * @param weeks true for weeks, false for days
 */
public record FollowUpDelay(long count, boolean weeks) {

    public static FollowUpDelay of(Duration after) {
        long days = Math.max(1, after.toDays());
        return days % 7 == 0 ? new FollowUpDelay(days / 7, true) : new FollowUpDelay(days, false);
    }

    /** "8 weeks", "10 days", "1 day": English, as the follow-up texts are. */
    public String inEnglish() {
        return count + (weeks ? " week" : " day") + (count == 1 ? "" : "s");
    }
}
