package uk.plymouth.wellbeing.signposting.callback;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.plymouth.wellbeing.signposting.callback.store.CallbackRequest;
import uk.plymouth.wellbeing.signposting.callback.store.CallbackStore;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.crisis.CrisisKind;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;

/**
 * New requests for {@link CallbackQueue#request(NewCallback)}: checks what the resident told us, saves it with a
 * fresh reference and its due time, audits it and announces it ({@link CallbackRequested}). A request after crisis
 * words goes in urgent in the same step, so it is never in the queue as an ordinary one, not even for a moment.
 */
@Component
@Transactional
class CallbackIntake {

    private static final Logger log = LoggerFactory.getLogger(CallbackIntake.class);

    private final CallbackStore store;
    private final Catalogue catalogue;
    private final CallbackDeadlines deadlines;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CallbackReferences references = new CallbackReferences(new SecureRandom());

    CallbackIntake(CallbackStore store, Catalogue catalogue, CallbackDeadlines deadlines,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.catalogue = catalogue;
        this.deadlines = deadlines;
        this.events = events;
        this.clock = clock;
    }

    /**
     * See {@link CallbackQueue#request(NewCallback)}: a request with a crisis kind (or {@code urgentBySystem}) goes in
     * marked urgent by {@link CallbackQueue#SYSTEM}, and the audit trail says it was for crisis words and of what kind.
     */
    CallbackReceipt take(NewCallback details, boolean urgentBySystem) {
        NewCallback checked = checked(details);
        PhoneNumber phone = details.confirmationWanted() ? PhoneNumber.parseUkMobile(details.phone())
                : PhoneNumber.parseUk(details.phone());
        Instant now = clock.instant();
        String reference = references.next(store::isReferenceTaken);
        CallbackRequest request = CallbackRequest.create(UUID.randomUUID(), reference, checked, phone, now, deadlines);
        Instant toldResident = request.dueAt();
        boolean urgent = urgentBySystem || checked.crisis() != null;
        if (urgent) {
            request.markUrgent(true, now, deadlines);
        }
        store.add(request);
        audit(request, checked, urgent, now);
        events.publishEvent(new CallbackRequested(request.id(), reference, request.hubId(), request.status(),
                request.channel(), request.dueAt(), request.confirmationWanted()));
        log.info("Callback {} requested for hub {} via {}, due {}{}", reference, request.hubId(), request.channel(),
                request.dueAt(), urgent ? ", urgent for crisis words" : "");
        return new CallbackReceipt(request.id(), reference, toldResident);
    }

    /**
     * Who asked and how; and when the system made it urgent, why: "urgent, crisis words: suicidal thoughts, due ...",
     * the kind in plain words, never the resident's own.
     */
    private void audit(CallbackRequest request, NewCallback checked, boolean urgent, Instant now) {
        String actor = checked.channel() == Channel.STAFF ? "staff" : "resident";
        store.audit(request.id(), actor, AuditAction.REQUESTED, "via " + checked.channel(), now);
        if (urgent) {
            @Nullable CrisisKind kind = checked.crisis();
            store.audit(request.id(), CallbackQueue.SYSTEM.username(), AuditAction.MARKED_URGENT, "urgent, crisis words"
                    + (kind == null ? "" : ": " + kind.inWords()) + ", due " + request.dueAt(), now);
        }
    }

    private NewCallback checked(NewCallback details) {
        if (catalogue.hub(details.hubId()).isEmpty()) {
            throw new IllegalArgumentException("hub: there is no hub with id " + details.hubId());
        }
        if (!details.consentGiven()) {
            throw new IllegalArgumentException(
                    "consent: we can only keep the details and call back with the resident's consent");
        }
        String itemId = details.aboutItemId() == null || details.aboutItemId().isBlank() ? null
                : details.aboutItemId().strip();
        if (itemId != null && catalogue.item(itemId).isEmpty()) {
            throw new IllegalArgumentException("about item: there is no service or activity with id " + itemId);
        }
        return new NewCallback(details.hubId(), ResidentInput.oneLine(details.firstName(), "first name",
                CallbackQueue.MAX_FIRST_NAME), details.phone(), details.aboutCategory(),
                ResidentInput.text(details.aboutText(), "about text", CallbackQueue.MAX_ABOUT_TEXT), itemId,
                details.bestTime(), details.mayLeaveVoicemail(), details.maySayHub(), details.channel(), true,
                details.confirmationWanted(), details.crisis(), details.ringPhone());
    }
}
