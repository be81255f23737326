package uk.plymouth.wellbeing.signposting.callback;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.crisis.CrisisKind;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;

/**
 * One callback request as staff see it, with its attempts and notes (oldest first). The resident's details
 * ({@code firstName}, {@code phone}, {@code aboutText}, note and attempt texts) are null once erased; its
 * {@link #toString()} leaves them out.
 *
 * @param crisisKind why the system made it urgent: the kind of danger the resident's words may mean (never the
 *     words); null when crisis words did not make it urgent. Kept when staff mark it not urgent after all, and when
 *     the resident's details are erased
 * @param phone the number the request came from (and texts go to)
 * @param ringPhone a number the resident asked to be rung on instead of {@code phone}; null to ring that one
 * @param overdue still open after {@code dueAt}
 */
public record CallbackDetails(
        UUID id,
        String reference,
        String hubId,
        CallbackStatus status,
        boolean urgent,
        @Nullable CrisisKind crisisKind,
        boolean overdue,
        Instant dueAt,
        Channel channel,
        @Nullable String firstName,
        @Nullable PhoneNumber phone,
        @Nullable PhoneNumber ringPhone,
        @Nullable Category aboutCategory,
        @Nullable String aboutText,
        @Nullable String aboutItemId,
        BestTime bestTime,
        boolean mayLeaveVoicemail,
        boolean maySayHub,
        @Nullable String claimedBy,
        @Nullable Instant claimedAt,
        int failedAttempts,
        boolean confirmationWanted,
        ConfirmationStatus confirmationStatus,
        boolean optedOut,
        Instant consentGivenAt,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant closedAt,
        @Nullable Instant personalDataErasedAt,
        List<Attempt> attempts,
        List<Note> notes) {

    public CallbackDetails {
        attempts = List.copyOf(attempts);
        notes = List.copyOf(notes);
    }

    public boolean isPersonalDataErased() {
        return personalDataErasedAt != null;
    }

    /** A call made to the resident. */
    public record Attempt(String staff, Instant at, AttemptOutcome outcome, @Nullable String notes) {
        @Override
        public String toString() {
            return "Attempt[staff=" + staff + ", at=" + at + ", outcome=" + outcome + "]";
        }
    }

    /** A note staff wrote on the request. */
    public record Note(String author, Instant at, @Nullable String text) {
        @Override
        public String toString() {
            return "Note[author=" + author + ", at=" + at + "]";
        }
    }

    @Override
    public String toString() {
        return "CallbackDetails[id=" + id + ", reference=" + reference + ", hubId=" + hubId + ", status=" + status
                + ", urgent=" + urgent + ", dueAt=" + dueAt + ", phone=" + phone + ", attempts=" + attempts.size()
                + ", notes=" + notes.size() + "]";
    }
}
