package uk.plymouth.wellbeing.signposting.callback;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import uk.plymouth.wellbeing.signposting.callback.store.CallbackRequest;
import uk.plymouth.wellbeing.signposting.callback.store.CallbackStore;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.messaging.DeliveryState;
import uk.plymouth.wellbeing.signposting.messaging.OutgoingText;
import uk.plymouth.wellbeing.signposting.messaging.OutgoingTextChanged;
import uk.plymouth.wellbeing.signposting.messaging.Outbox;
import uk.plymouth.wellbeing.signposting.messaging.TextPurpose;

/**
 * Texts residents who asked for it their reference. The text is queued in the {@link Outbox} inside the request's
 * own transaction, so it exists if and only if the request was saved; the outbox makes the first attempt as soon as
 * that commits and retries after that. The confirmation status stays PENDING until the outbox says how the text went
 * ({@link OutgoingTextChanged}, which this listens to, so messaging never depends on callbacks): taken by the carrier
 * is SENT, refused for good or given up on is FAILED (staff see it and say the reference on the call), held back
 * because the number opted out is OPTED_OUT. Each change of status is audited once, without the number or the text.
 */
@Component
class CallbackConfirmationSender {

    private static final Logger log = LoggerFactory.getLogger(CallbackConfirmationSender.class);
    private static final String ACTOR = "system";

    private final CallbackStore store;
    private final Catalogue catalogue;
    private final Outbox outbox;
    private final Clock clock;
    private final TransactionTemplate newTransaction;

    CallbackConfirmationSender(CallbackStore store, Catalogue catalogue, Outbox outbox, Clock clock,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.catalogue = catalogue;
        this.outbox = outbox;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Runs inside the transaction that saves the request: a rolled-back request leaves no text behind. */
    @EventListener
    void queue(CallbackRequested requested) {
        if (!requested.confirmationWanted()) {
            return;
        }
        Optional<OutgoingText> text = store.find(requested.requestId())
                .filter(request -> !request.optedOut())
                .flatMap(this::confirmationFor);
        if (text.isEmpty()) {
            store.recordConfirmation(requested.requestId(), ConfirmationStatus.OPTED_OUT);
            store.audit(requested.requestId(), ACTOR, AuditAction.CONFIRMATION_FAILED, "opted out or erased",
                    clock.instant());
            return;
        }
        UUID textId = outbox.enqueue(text.get());
        outbox.sendAsSoonAsCommitted(textId);
        log.info("Confirmation text for callback {} queued as text {}", requested.reference(), textId);
    }

    /** Follows the confirmation text through the outbox; other texts are not its business. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void follow(OutgoingTextChanged changed) {
        UUID requestId = changed.callbackId();
        ConfirmationStatus status = statusFor(changed.state());
        if (changed.purpose() != TextPurpose.CALLBACK_CONFIRMATION || requestId == null || status == null) {
            return;
        }
        try {
            newTransaction.executeWithoutResult(tx -> store.find(requestId)
                    .filter(request -> request.confirmationStatus() != status)
                    .ifPresent(request -> record(request, status, detail(changed))));
        } catch (RuntimeException trouble) {
            // the text's own state is safe in the outbox, which staff also see; only this summary is behind
            log.warn("Could not record confirmation {} on callback {}: {}", status, requestId,
                    trouble.getClass().getSimpleName());
        }
    }

    private void record(CallbackRequest request, ConfirmationStatus status, String detail) {
        store.recordConfirmation(request.id(), status);
        store.audit(request.id(), ACTOR, status == ConfirmationStatus.SENT ? AuditAction.CONFIRMATION_SENT
                : AuditAction.CONFIRMATION_FAILED, detail, clock.instant());
        log.info("Confirmation text for callback {}: {}", request.reference(), status);
    }

    private static @Nullable ConfirmationStatus statusFor(DeliveryState state) {
        switch (state) {
            case QUEUED:
            case SENT:
            case DELIVERED:
                return ConfirmationStatus.SENT;
            case UNDELIVERED:
            case FAILED:
                return ConfirmationStatus.FAILED;
            case SUPPRESSED:
                return ConfirmationStatus.OPTED_OUT;
            default:
                return null;
        }
    }

    private static String detail(OutgoingTextChanged changed) {
        return "text " + changed.state() + (changed.errorCode() == null ? "" : ", carrier error "
                + changed.errorCode());
    }

    private Optional<OutgoingText> confirmationFor(CallbackRequest request) {
        Hub hub = request.maySayHub() ? catalogue.hub(request.hubId()).orElse(null) : null;
        return request.phone().map(phone -> new OutgoingText(phone, CallbackConfirmationText.of(request.firstName(),
                request.bestTime(), hub, request.reference()), TextPurpose.CALLBACK_CONFIRMATION, request.id()));
    }
}
