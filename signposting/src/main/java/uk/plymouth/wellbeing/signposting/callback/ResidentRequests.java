package uk.plymouth.wellbeing.signposting.callback;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.plymouth.wellbeing.signposting.callback.store.CallbackRequest;
import uk.plymouth.wellbeing.signposting.callback.store.CallbackStore;
import uk.plymouth.wellbeing.signposting.callback.store.CallbackTextStore;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;

/**
 * A resident changing their own open request by text: cancelling it, or asking for another time or another number to
 * ring. Only requests that came from the texting number, and only open ones. Staff see each change on the request:
 * the resident's words on its texts, a note saying plainly what changed, the audit trail, and the queue refreshed.
 */
@Service
@Transactional
public class ResidentRequests {

    private static final Logger log = LoggerFactory.getLogger(ResidentRequests.class);

    private final CallbackStore requests;
    private final CallbackTextStore texts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ResidentRequests(CallbackStore requests, CallbackTextStore texts, ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.texts = texts;
        this.events = events;
        this.clock = clock;
    }

    /** An open request of the resident's, as the conversation needs it. */
    public record OwnRequest(UUID id, String reference, String hubId, BestTime bestTime) {}

    /**
     * The open request this number asks about: the one with the reference in {@code typedReference} when it is
     * theirs, else (no reference) their newest; empty when none (or the reference is not one of theirs).
     */
    @Transactional(readOnly = true)
    public Optional<OwnRequest> openFrom(PhoneNumber from, @Nullable String typedReference) {
        Optional<String> reference = typedReference == null ? Optional.empty()
                : CallbackReferences.normalise(typedReference);
        if (typedReference != null && reference.isEmpty()) {
            return Optional.empty();
        }
        return requests.openFrom(from.e164()).stream()
                .filter(r -> reference.isEmpty() || r.reference().equals(reference.get()))
                .findFirst().map(r -> new OwnRequest(r.id(), r.reference(), r.hubId(), r.bestTime()));
    }

    /** Whether a reference as typed ("ply 4k7q") could be one of ours. */
    public static boolean looksLikeReference(String typed) {
        return CallbackReferences.normalise(typed).isPresent();
    }

    /** Cancels it; false when it is no longer open. */
    public boolean cancel(UUID id, String words) {
        return change(id, words, "cancelled the request by text", CallbackRequest::cancelByResident);
    }

    /** Another time to ring; false when it is no longer open. */
    public boolean changeBestTime(UUID id, BestTime time, String words) {
        return change(id, words, "asked by text for another time", (r, now) -> r.changeBestTimeByResident(time, now));
    }

    /** Another number to ring; false when it is no longer open. */
    public boolean ringOn(UUID id, PhoneNumber number, String words) {
        return change(id, words, "asked by text to be rung on another number",
                (r, now) -> r.ringOnByResident(number, now));
    }

    private interface Change {
        void apply(CallbackRequest request, Instant now);
    }

    private boolean change(UUID id, String words, String audited, Change change) {
        Optional<CallbackRequest> found = requests.find(id).filter(r -> r.status().isOpen()
                && r.personalDataErasedAt() == null);
        if (found.isEmpty()) {
            return false;
        }
        CallbackRequest request = found.get();
        Instant now = clock.instant();
        change.apply(request, now);
        texts.addFromResident(id, words.strip().isEmpty() ? "(an empty text)" : words.strip(), now);
        requests.audit(id, CallbackRequest.RESIDENT, AuditAction.RESIDENT_TEXTED, audited, now);
        requests.flush();
        events.publishEvent(new CallbackTextReceived(id, request.reference(), request.hubId(), request.status()));
        log.info("Callback {}: the resident {}", request.reference(), audited);
        return true;
    }
}
