package uk.plymouth.wellbeing.signposting.callback;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.crisis.CrisisKind;

/**
 * One line of the staff queue: enough to pick a request, without the number or the resident's words. Its
 * {@link #toString()} leaves out the first name.
 *
 * @param crisisKind why the system made it urgent: the kind of danger the resident's words may mean (never the
 *     words); null when crisis words did not make it urgent. Kept when staff mark it not urgent after all
 * @param textedBack the resident texted about the request and no staff text or call has followed yet
 */
public record QueueEntry(
        UUID id,
        String reference,
        String hubId,
        CallbackStatus status,
        boolean urgent,
        @Nullable CrisisKind crisisKind,
        boolean overdue,
        Instant dueAt,
        Instant createdAt,
        Channel channel,
        @Nullable String firstName,
        @Nullable Category aboutCategory,
        BestTime bestTime,
        @Nullable String claimedBy,
        int failedAttempts,
        boolean personalDataErased,
        boolean textedBack) {

    /** The same line, with {@code textedBack} as given. */
    public QueueEntry textedBack(boolean textedBackNow) {
        return new QueueEntry(id, reference, hubId, status, urgent, crisisKind, overdue, dueAt, createdAt, channel,
                firstName, aboutCategory, bestTime, claimedBy, failedAttempts, personalDataErased, textedBackNow);
    }

    @Override
    public String toString() {
        return "QueueEntry[reference=" + reference + ", hubId=" + hubId + ", status=" + status + ", urgent=" + urgent
                + ", dueAt=" + dueAt + ", textedBack=" + textedBack + "]";
    }
}
