package uk.plymouth.wellbeing.signposting.callback;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import uk.plymouth.wellbeing.signposting.messaging.SmsSender;
import uk.plymouth.wellbeing.signposting.messaging.TextMessage;

/**
 * Texts residents who asked for it their reference, once their request is saved (never for a request that was
 * rolled back). A carrier that fails does not fail the request: the confirmation is marked FAILED, which staff see,
 * and the failure is logged without the number or the text. The request is read and the outcome written in
 * transactions of their own, with no transaction open while the carrier is called.
 */
@Component
class CallbackConfirmationSender {

    private static final Logger log = LoggerFactory.getLogger(CallbackConfirmationSender.class);
    private static final String ACTOR = "system";

    private final CallbackStore store;
    private final Catalogue catalogue;
    private final SmsSender sender;
    private final Clock clock;
    private final TransactionTemplate newTransaction;

    CallbackConfirmationSender(CallbackStore store, Catalogue catalogue, SmsSender sender, Clock clock,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.catalogue = catalogue;
        this.sender = sender;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void confirm(CallbackRequested requested) {
        if (!requested.confirmationWanted()) {
            return;
        }
        Optional<TextMessage> text = newTransaction.execute(status -> store.find(requested.requestId())
                .filter(request -> !request.optedOut())
                .flatMap(this::confirmationFor));
        if (text == null || text.isEmpty()) {
            record(requested, ConfirmationStatus.OPTED_OUT, AuditAction.CONFIRMATION_FAILED, "opted out or erased");
            return;
        }
        try {
            sender.send(text.get());
        } catch (RuntimeException carrierFailed) {
            // the carrier's message may quote the number: log what failed, not what it said
            log.warn("Confirmation text for callback {} failed: {}", requested.reference(),
                    carrierFailed.getClass().getName());
            record(requested, ConfirmationStatus.FAILED, AuditAction.CONFIRMATION_FAILED,
                    carrierFailed.getClass().getSimpleName());
            return;
        }
        int segments = text.get().segments();
        log.info("Confirmation text for callback {} sent ({} segments)", requested.reference(), segments);
        record(requested, ConfirmationStatus.SENT, AuditAction.CONFIRMATION_SENT, segments + " segments");
    }

    private Optional<TextMessage> confirmationFor(CallbackRequest request) {
        Hub hub = request.maySayHub() ? catalogue.hub(request.hubId()).orElse(null) : null;
        return request.phone().map(phone -> new TextMessage(phone, CallbackConfirmationText.of(request.firstName(),
                request.bestTime(), hub, request.reference())));
    }

    private void record(CallbackRequested requested, ConfirmationStatus status, AuditAction action, String detail) {
        newTransaction.executeWithoutResult(tx -> {
            store.recordConfirmation(requested.requestId(), status);
            store.audit(requested.requestId(), ACTOR, action, detail, clock.instant());
        });
    }
}
