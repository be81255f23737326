package uk.plymouth.wellbeing.signposting.problems;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.callback.Channel;

/**
 * A report as staff see it.
 *
 * @param itemTitle the item's title in the directory now; null when it is no longer listed
 * @param note the resident's few words, phone numbers and email addresses taken out; plain text, never markup
 * @param resolution how staff dealt with it; null while it is open
 */
public record ReportedProblem(UUID id, String itemId, @Nullable String itemTitle, String hubId, ProblemKind kind,
        @Nullable String note, Channel channel, Instant reportedAt, @Nullable Resolution resolution,
        @Nullable String resolvedBy, @Nullable Instant resolvedAt) {

    public boolean open() {
        return resolution == null;
    }

    ReportedProblem titled(@Nullable String title) {
        return new ReportedProblem(id, itemId, title, hubId, kind, note, channel, reportedAt, resolution, resolvedBy,
                resolvedAt);
    }
}
