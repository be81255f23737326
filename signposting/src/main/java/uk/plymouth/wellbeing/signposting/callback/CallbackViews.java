package uk.plymouth.wellbeing.signposting.callback;

import java.time.Instant;
import uk.plymouth.wellbeing.signposting.callback.store.CallbackAttempt;
import uk.plymouth.wellbeing.signposting.callback.store.CallbackNote;
import uk.plymouth.wellbeing.signposting.callback.store.CallbackRequest;

/** Requests as the records the facade hands out (entities never leave a transaction). */
final class CallbackViews {

    private CallbackViews() {}

    static CallbackDetails details(CallbackRequest r, Instant now) {
        return new CallbackDetails(r.id(), r.reference(), r.hubId(), r.status(), r.urgent(), r.crisisKind(),
                r.isOverdue(now), r.dueAt(), r.channel(), r.firstName(), r.phone().orElse(null),
                r.ringPhone().orElse(null), r.aboutCategory(),
                r.aboutText(), r.aboutItemId(), r.bestTime(), r.mayLeaveVoicemail(), r.maySayHub(), r.claimedBy(),
                r.claimedAt(), r.failedAttempts(), r.confirmationWanted(), r.confirmationStatus(), r.optedOut(),
                r.consentGivenAt(), r.createdAt(), r.updatedAt(), r.closedAt(), r.personalDataErasedAt(),
                r.attempts().stream().map(CallbackViews::attempt).toList(),
                r.notes().stream().map(CallbackViews::note).toList());
    }

    static QueueEntry entry(CallbackRequest r, Instant now) {
        return new QueueEntry(r.id(), r.reference(), r.hubId(), r.status(), r.urgent(), r.crisisKind(),
                r.isOverdue(now), r.dueAt(), r.createdAt(), r.channel(), r.firstName(), r.aboutCategory(), r.bestTime(),
                r.claimedBy(), r.failedAttempts(), r.personalDataErasedAt() != null, false);
    }

    private static CallbackDetails.Attempt attempt(CallbackAttempt a) {
        return new CallbackDetails.Attempt(a.staff(), a.attemptedAt(), a.outcome(), a.notes());
    }

    private static CallbackDetails.Note note(CallbackNote n) {
        return new CallbackDetails.Note(n.author(), n.writtenAt(), n.body());
    }
}
