package uk.plymouth.wellbeing.signposting.directory.edit;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.plymouth.wellbeing.signposting.database.EventsToOtherInstances;
import uk.plymouth.wellbeing.signposting.database.SharedNotices;

/**
 * Carries every {@link DirectoryItemChanged} to the other app instances (as JSON: kind, id, version, published), sent
 * in the transaction that saved it so it goes only if that commits; on each other instance it comes back as a
 * {@link DirectoryItemChangedElsewhere}. (Search and the kiosks follow the directory's change log instead, which
 * loses nothing; these notices only keep staff screens fresh.)
 */
@Component
class DirectoryEventsAcrossInstances extends EventsToOtherInstances<DirectoryItemChanged> {

    static final String CHANNEL = "hub_directory_events";

    DirectoryEventsAcrossInstances(SharedNotices notices, ApplicationEventPublisher events) {
        super(notices, events, CHANNEL, DirectoryItemChanged.class, DirectoryItemChangedElsewhere::new);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void tellOtherInstances(DirectoryItemChanged event) throws JsonProcessingException {
        send(event);
    }
}
